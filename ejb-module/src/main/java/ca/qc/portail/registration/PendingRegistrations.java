package ca.qc.portail.registration;

import ca.qc.portail.account.Accounts;
import ca.qc.portail.account.SearchKey;
import ca.qc.portail.account.UserAccount;
import ca.qc.portail.audit.AuditAction;
import ca.qc.portail.audit.AuditLog;
import ca.qc.portail.audit.AuditOutcome;
import ca.qc.portail.audit.AuditRecord;
import ca.qc.portail.calendar.BusinessCalendar;
import ca.qc.portail.notification.MailTemplates;
import ca.qc.portail.notification.Outbox;
import ca.qc.portail.security.Caller;
import ca.qc.portail.security.Callers;
import ca.qc.portail.security.Requires;
import ca.qc.portail.security.Standing;
import jakarta.ejb.Stateless;
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
 * Central's work on the people approved who have not registered yet (R-C3): find a person and their
 * latest registration code, extend it once by {@value #EXTENSION_BUSINESS_DAYS} business days after
 * checking the partial SIN (R-A5), lift a suspension (R-A6). Every operation is for an Actif agent
 * of the central security group only ({@link Requires}); anyone else is refused and the attempt
 * audited before anything is read.
 */
@Stateless
@Requires(value = Standing.CENTRAL, operation = "Codes d'enregistrement")
public class PendingRegistrations {

  /** R-A5: the one extension of a registration code. */
  public static final int EXTENSION_BUSINESS_DAYS = 2;

  private static final String EXTEND = "Prolongation d'un code d'enregistrement";
  private static final String LIFT = "Levée de suspension d'un code";
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

  @PersistenceContext private EntityManager em;
  @Inject private Callers callers;
  @Inject private Accounts accounts;
  @Inject private Outbox outbox;
  @Inject private AuditLog audit;
  @Inject private BusinessCalendar calendar;
  @Inject private Clock clock;

  /**
   * Lets the page open: nothing to do beyond the declaration, which refuses (audited) anyone but a
   * central agent before the page shows anything.
   */
  public void checkAccess() {}

  /**
   * People without a user code whose name or e-mail contains {@code query} (accents and case
   * ignored in names, issue 13 point 7: {@link SearchKey}), each with their latest code; at most
   * 50.
   */
  public List<PendingRegistration> search(String query) {
    String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
    if (q.isEmpty() || q.length() > 100) {
      return List.of();
    }
    String like = contains(q);
    String folded = contains(SearchKey.of(q));
    List<Object[]> rows =
        em.createQuery(
                "SELECT a, c FROM UserAccount a, RegistrationCode c WHERE c.accountId = a.id"
                    + " AND a.userCode IS NULL AND c.id = (SELECT MAX(c2.id) FROM RegistrationCode"
                    + " c2 WHERE c2.accountId = a.id) AND (a.lastNameKey LIKE :folded"
                    + " OR a.firstNameKey LIKE :folded OR a.emailKey LIKE :q"
                    + " OR CONCAT(a.firstNameKey, ' ', a.lastNameKey) LIKE :folded)"
                    + " ORDER BY a.lastNameKey, a.firstNameKey, a.id",
                Object[].class)
            .setParameter("q", like)
            .setParameter("folded", folded)
            .setMaxResults(50)
            .getResultList();
    return rows.stream().map(row -> view((UserAccount) row[0], (RegistrationCode) row[1])).toList();
  }

  private static String contains(String value) {
    return "%" + value.replace("\\", "").replace("%", "").replace("_", "") + "%";
  }

  /**
   * R-A5, R-C3: extends the person's latest code once, to {@value #EXTENSION_BUSINESS_DAYS}
   * business days after its last valid day or after today, whichever is later, once the partial SIN
   * the person gave on the phone matches. An expired code becomes usable again; the person is
   * e-mailed the new last day.
   */
  @Requires(value = Standing.CENTRAL, operation = EXTEND)
  public Optional<CodeRefusal> extend(long accountId, String partialSin) {
    Caller agent = callers.current();
    UserAccount person = pending(agent, EXTEND, accountId);
    RegistrationCode code = lockedLatest(agent, EXTEND, person);
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
      audit.write(
          record(agent, AuditAction.REGISTRATION_CODE_EXTENDED, AuditOutcome.REFUSED, person)
              .detail("CODE_EXTENSION_REFUSED", "@" + refusal.get().messageKey()));
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
        record(agent, AuditAction.REGISTRATION_CODE_EXTENDED, AuditOutcome.SUCCESS, person)
            .detail("CODE_EXTENDED", DAY.format(lastDay)));
    return Optional.empty();
  }

  /** R-A6, R-C3: a suspended code becomes Actif again, its mismatch count back to zero. */
  @Requires(value = Standing.CENTRAL, operation = LIFT)
  public Optional<CodeRefusal> liftSuspension(long accountId) {
    Caller agent = callers.current();
    UserAccount person = pending(agent, LIFT, accountId);
    RegistrationCode code = lockedLatest(agent, LIFT, person);
    if (code.getState() != RegistrationCodeState.SUSPENDU) {
      audit.write(
          record(agent, AuditAction.REGISTRATION_CODE_UNSUSPENDED, AuditOutcome.REFUSED, person)
              .detail("CODE_LIFT_REFUSED", "@codes.state." + code.getState()));
      return Optional.of(CodeRefusal.NOT_SUSPENDED);
    }
    code.liftSuspension(clock.instant());
    audit.write(
        record(agent, AuditAction.REGISTRATION_CODE_UNSUSPENDED, AuditOutcome.SUCCESS, person)
            .detail("CODE_SUSPENSION_LIFTED"));
    return Optional.empty();
  }

  /** The person, who has not registered yet; refused (audited) when there is none such. */
  private UserAccount pending(Caller agent, String operation, long accountId) {
    UserAccount person = accounts.find(accountId).orElse(null);
    if (person == null || person.getUserCode() != null) {
      throw callers.refuse(agent, operation, noCode(accountId));
    }
    return person;
  }

  private RegistrationCode lockedLatest(Caller agent, String operation, UserAccount person) {
    RegistrationCode code =
        latest(person.getId())
            .orElseThrow(() -> callers.refuse(agent, operation, noCode(person.getId())));
    // Locked and read again: two agents acting at once see each other's extension.
    em.refresh(code, LockModeType.PESSIMISTIC_WRITE);
    return code;
  }

  private static String noCode(long accountId) {
    return "aucun code d'enregistrement pour le compte " + accountId;
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

  private static AuditRecord record(
      Caller agent, AuditAction action, AuditOutcome outcome, UserAccount person) {
    return agent.record(action, outcome).on(person.getId(), person.partnerId());
  }
}
