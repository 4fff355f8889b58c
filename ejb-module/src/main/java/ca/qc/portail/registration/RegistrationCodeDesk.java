package ca.qc.portail.registration;

import ca.qc.portail.account.Accounts;
import ca.qc.portail.account.InternalRole;
import ca.qc.portail.account.UserAccount;
import ca.qc.portail.audit.AuditAction;
import ca.qc.portail.audit.AuditLog;
import ca.qc.portail.audit.AuditOutcome;
import ca.qc.portail.audit.AuditRecord;
import ca.qc.portail.calendar.BusinessCalendar;
import ca.qc.portail.notification.MailTemplates;
import ca.qc.portail.notification.Outbox;
import ca.qc.portail.security.AccessRefusedException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Central's actions on registration codes (R-C3) for a given caller account: find a person's code,
 * extend it once by {@value #EXTENSION_BUSINESS_DAYS} business days after checking the partial SIN
 * (R-A5), lift a suspension (R-A6). Only Actif agents of the central security group; anyone else is
 * refused and audited. Reached through {@link RegistrationCodeService} ({@code MANDATORY}).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class RegistrationCodeDesk {

  /** R-A5: the one extension of a registration code. */
  public static final int EXTENSION_BUSINESS_DAYS = 2;

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

  @PersistenceContext private EntityManager em;
  @Inject private Accounts accounts;
  @Inject private Outbox outbox;
  @Inject private AuditLog audit;
  @Inject private BusinessCalendar calendar;
  @Inject private Clock clock;

  /**
   * People without a user code whose name or e-mail contains {@code query} (accents kept, case
   * ignored), each with their latest code; at most 50.
   */
  public List<PendingRegistration> search(long callerId, String query, String clientAddress) {
    central(callerId, clientAddress, "Codes d'enregistrement");
    String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
    if (q.isEmpty() || q.length() > 100) {
      return List.of();
    }
    String like = "%" + q.replace("\\", "").replace("%", "").replace("_", "") + "%";
    List<Object[]> rows =
        em.createQuery(
                "SELECT a, c FROM UserAccount a, RegistrationCode c WHERE c.accountId = a.id"
                    + " AND a.userCode IS NULL AND c.id = (SELECT MAX(c2.id) FROM RegistrationCode"
                    + " c2 WHERE c2.accountId = a.id) AND (LOWER(a.lastName) LIKE :q"
                    + " OR LOWER(a.firstName) LIKE :q OR a.emailKey LIKE :q"
                    + " OR LOWER(CONCAT(a.firstName, ' ', a.lastName)) LIKE :q)"
                    + " ORDER BY a.lastName, a.firstName, a.id",
                Object[].class)
            .setParameter("q", like)
            .setMaxResults(50)
            .getResultList();
    return rows.stream().map(row -> view((UserAccount) row[0], (RegistrationCode) row[1])).toList();
  }

  /** The person's latest code, for the page after an action; empty when none. */
  public Optional<PendingRegistration> of(long callerId, long accountId, String clientAddress) {
    central(callerId, clientAddress, "Codes d'enregistrement");
    return accounts.find(accountId).flatMap(a -> latest(accountId).map(c -> view(a, c)));
  }

  /**
   * R-A5, R-C3: extends the person's latest code once, to {@value #EXTENSION_BUSINESS_DAYS}
   * business days after its last valid day or after today, whichever is later, once the partial SIN
   * the person gave on the phone matches. An expired code becomes usable again; the person is
   * e-mailed the new last day.
   */
  public Optional<CodeRefusal> extend(
      long callerId, long accountId, String partialSin, String clientAddress) {
    UserAccount agent = central(callerId, clientAddress, "Prolongation d'un code d'enregistrement");
    UserAccount person = pending(agent, accountId, clientAddress);
    RegistrationCode code = lockedLatest(agent, person, clientAddress);
    AuditRecord refused =
        AuditRecord.of(AuditAction.REGISTRATION_CODE_EXTENDED, AuditOutcome.REFUSED)
            .by(agent.loginName(), agent.getId())
            .from(clientAddress)
            .on(person.getId(), person.partnerId());
    String sin = RegistrationCodes.partialSin(partialSin);
    Optional<CodeRefusal> refusal = Optional.empty();
    if (sin == null || !sin.equals(person.getPartialSin())) {
      refusal = Optional.of(CodeRefusal.SIN_MISMATCH);
    } else if (code.getState() == RegistrationCodeState.UTILISE) {
      refusal = Optional.of(CodeRefusal.USED);
    } else if (code.getState() == RegistrationCodeState.SUSPENDU) {
      refusal = Optional.of(CodeRefusal.SUSPENDED);
    } else if (code.isExtended()) {
      refusal = Optional.of(CodeRefusal.ALREADY_EXTENDED);
    }
    if (refusal.isPresent()) {
      audit.write(refused.detail("Prolongation refusée : " + refusal.get()));
      return refusal;
    }
    LocalDate today = LocalDate.now(clock);
    LocalDate from = code.getValidUntil().isAfter(today) ? code.getValidUntil() : today;
    LocalDate lastDay = calendar.plusBusinessDays(from, EXTENSION_BUSINESS_DAYS);
    code.extendTo(lastDay, clock.instant());
    outbox.enqueue(
        MailTemplates.email(
            person.getEmail(),
            person.getPreferredLanguage(),
            "registrationCodeExtended",
            DAY.format(lastDay)));
    audit.write(
        AuditRecord.of(AuditAction.REGISTRATION_CODE_EXTENDED, AuditOutcome.SUCCESS)
            .by(agent.loginName(), agent.getId())
            .from(clientAddress)
            .on(person.getId(), person.partnerId())
            .detail("Code d'enregistrement prolongé jusqu'au " + DAY.format(lastDay)));
    return Optional.empty();
  }

  /** R-A6, R-C3: a suspended code becomes Actif again, its mismatch count back to zero. */
  public Optional<CodeRefusal> liftSuspension(long callerId, long accountId, String clientAddress) {
    UserAccount agent = central(callerId, clientAddress, "Levée de suspension d'un code");
    UserAccount person = pending(agent, accountId, clientAddress);
    RegistrationCode code = lockedLatest(agent, person, clientAddress);
    if (code.getState() != RegistrationCodeState.SUSPENDU) {
      audit.write(
          AuditRecord.of(AuditAction.REGISTRATION_CODE_UNSUSPENDED, AuditOutcome.REFUSED)
              .by(agent.loginName(), agent.getId())
              .from(clientAddress)
              .on(person.getId(), person.partnerId())
              .detail("Levée refusée : code " + code.getState()));
      return Optional.of(CodeRefusal.NOT_SUSPENDED);
    }
    code.liftSuspension(clock.instant());
    audit.write(
        AuditRecord.of(AuditAction.REGISTRATION_CODE_UNSUSPENDED, AuditOutcome.SUCCESS)
            .by(agent.loginName(), agent.getId())
            .from(clientAddress)
            .on(person.getId(), person.partnerId())
            .detail("Suspension du code d'enregistrement levée"));
    return Optional.empty();
  }

  private UserAccount pending(UserAccount agent, long accountId, String clientAddress) {
    UserAccount person = accounts.find(accountId).orElse(null);
    if (person == null || person.getUserCode() != null) {
      refuse(agent, clientAddress, accountId, "Aucun code d'enregistrement pour ce compte");
    }
    return person;
  }

  private RegistrationCode lockedLatest(
      UserAccount agent, UserAccount person, String clientAddress) {
    RegistrationCode code = latest(person.getId()).orElse(null);
    if (code == null) {
      refuse(agent, clientAddress, person.getId(), "Aucun code d'enregistrement pour ce compte");
    }
    // Locked and read again: two agents acting at once see each other's extension.
    em.refresh(code, LockModeType.PESSIMISTIC_WRITE);
    return code;
  }

  private Optional<RegistrationCode> latest(long accountId) {
    return em.createQuery(
            "SELECT c FROM RegistrationCode c WHERE c.accountId = :id ORDER BY c.id DESC",
            RegistrationCode.class)
        .setParameter("id", accountId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  private PendingRegistration view(UserAccount a, RegistrationCode c) {
    RegistrationCodeState state = c.getState();
    if (state == RegistrationCodeState.ACTIF && !c.usableOn(LocalDate.now(clock))) {
      // Past its last day, not yet marked by the nightly job (R-J4): shown as it is.
      state = RegistrationCodeState.EXPIRE;
    }
    return new PendingRegistration(
        a.getId(),
        a.getFirstName(),
        a.getLastName(),
        a.getEmail(),
        a.getPartner() == null ? null : a.getPartner().getName(),
        state,
        c.getIssuedAt(),
        c.getValidUntil(),
        c.isExtended(),
        c.getMismatchCount());
  }

  private UserAccount central(long callerId, String clientAddress, String page) {
    UserAccount caller =
        accounts.find(callerId).orElseThrow(() -> new AccessRefusedException("Unknown caller"));
    if (!caller.isActiveWith(InternalRole.AGENT_CENTRAL)) {
      refuse(caller, clientAddress, caller.getId(), page + " : réservé au central");
    }
    return caller;
  }

  private void refuse(UserAccount caller, String clientAddress, Long target, String detail) {
    audit.write(
        AuditRecord.of(AuditAction.ACCESS_REFUSED, AuditOutcome.REFUSED)
            .by(caller.loginName(), caller.getId())
            .from(clientAddress)
            .on(target, null)
            .detail(detail));
    throw new AccessRefusedException(detail);
  }
}
