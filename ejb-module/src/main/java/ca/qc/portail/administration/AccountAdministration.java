package ca.qc.portail.administration;

import ca.qc.portail.account.AccountMail;
import ca.qc.portail.account.AccountState;
import ca.qc.portail.account.Accounts;
import ca.qc.portail.account.DeactivationReason;
import ca.qc.portail.account.InternalRole;
import ca.qc.portail.account.OfficerCoverage;
import ca.qc.portail.account.OfficerLoss;
import ca.qc.portail.account.Profile;
import ca.qc.portail.account.SelfDeactivationRules;
import ca.qc.portail.account.UserAccount;
import ca.qc.portail.audit.AuditAction;
import ca.qc.portail.audit.AuditLog;
import ca.qc.portail.audit.AuditOutcome;
import ca.qc.portail.audit.AuditRecord;
import ca.qc.portail.authentication.LockoutPolicy;
import ca.qc.portail.notification.MailTemplates;
import ca.qc.portail.notification.Outbox;
import ca.qc.portail.password.PasswordHasher;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Every officer and central action on security files (R-S1–R-S7, R-C4–R-C6), for a given acting
 * account: {@link SecurityFiles} is the only caller and passes the container principal's account.
 * Each method checks the role (an officer profile with a partner, or the AGENT_CENTRAL role) and
 * the scope (an officer's own partner) before anything else; a refusal is audited.
 *
 * <p>{@code MANDATORY}: pages have no transaction, so they cannot call this bean with an account id
 * of their own; they go through {@link SecurityFiles}.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class AccountAdministration {

  @PersistenceContext private EntityManager em;
  @Inject private Accounts accounts;
  @Inject private Outbox outbox;
  @Inject private AccountMail mail;
  @Inject private AuditLog audit;
  @Inject private OfficerCoverage coverage;
  @Inject private PasswordHasher hasher;
  @Inject private LockoutPolicy lockout;
  @Inject private Clock clock;

  private final TemporaryPasswords temporaryPasswords = new TemporaryPasswords();

  /** Who acts: an officer of one partner, or the central security group. */
  private record Actor(UserAccount account, boolean central) {
    Long partnerId() {
      return account.partnerId();
    }

    String authorName() {
      return central ? SecurityFile.CENTRAL_AUTHOR : account.fullName();
    }
  }

  /**
   * R-S2 (officer: own partner) or central's search across partners: one page of rows. The table
   * asks {@link #count} separately, once per request, for its paginator.
   */
  public List<ListedPerson> list(long actorId, ListQuery query, String clientAddress) {
    return new AuthorisedPersons(em).page(listScope(actorId, clientAddress), query);
  }

  /** R-S2: how many persons in the actor's scope match the filters. */
  public long count(long actorId, Map<ListColumn, String> filters, String clientAddress) {
    return new AuthorisedPersons(em)
        .count(listScope(actorId, clientAddress), filters == null ? Map.of() : filters);
  }

  /** R-S3: the security file of one account in the actor's scope. */
  public SecurityFile file(long actorId, long accountId, String clientAddress) {
    Actor actor = actor(actorId, clientAddress, "Dossier de sécurité");
    UserAccount account = target(actor, accountId, clientAddress, false);
    return view(actor, account);
  }

  /**
   * R-S6, R-C6: makes the account Inactif with the reason, the date and the author (central shown
   * as {@link SecurityFile#CENTRAL_AUTHOR}); e-mails the owner and the partner's Actif officers
   * (three characters of the user code); then R-D3.
   */
  public List<FileViolation> deactivate(
      long actorId,
      long accountId,
      DeactivationReason reason,
      String otherReason,
      String clientAddress) {
    Actor actor = actor(actorId, clientAddress, "Désactiver un code d'utilisateur");
    UserAccount account = target(actor, accountId, clientAddress, true);
    List<FileViolation> violations =
        new ArrayList<>(SecurityFileRules.checkDeactivation(account, reason, otherReason));
    if (!actor.central() && own(actor, account)) {
      violations.add(0, FileViolation.OWN_ACCOUNT);
    }
    if (!violations.isEmpty()) {
      refused(AuditAction.ACCOUNT_DEACTIVATED, actor, account, clientAddress, violations);
      return List.copyOf(violations);
    }
    String recorded = SelfDeactivationRules.recordedReason(reason, otherReason);
    account.changeState(AccountState.INACTIF, recorded, actor.authorName(), clock.instant());
    audit.write(
        record(AuditAction.ACCOUNT_DEACTIVATED, AuditOutcome.SUCCESS, actor, account, clientAddress)
            .detail(
                (actor.central()
                        ? "Désactivé par le Groupe central : "
                        : "Désactivé par un" + " responsable de la sécurité : ")
                    + recorded));
    mail.toOwnerAndOfficers(account, "fileDeactivated");
    coverage.alertCentralIfUncovered(account, OfficerLoss.DEACTIVATION);
    return List.of();
  }

  /**
   * R-S5: an officer reactivates an account the system deactivated after failed logins (or lifts a
   * current lock in TEMPORARY mode), with a reason; {@code newExpiry}, optional, is checked by R-S7
   * and set at the same time. The owner and the officers are e-mailed.
   */
  public List<FileViolation> reactivate(
      long actorId,
      long accountId,
      ReactivationReason reason,
      String otherReason,
      LocalDate newExpiry,
      String clientAddress) {
    Actor actor = actor(actorId, clientAddress, "Réactiver un code d'utilisateur");
    UserAccount account = target(actor, accountId, clientAddress, true);
    Instant now = clock.instant();
    List<FileViolation> violations = new ArrayList<>(reactivationEligibility(actor, account, now));
    violations.addAll(SecurityFileRules.checkReactivationReason(reason, otherReason));
    if (newExpiry != null) {
      violations.addAll(
          SecurityFileRules.checkValidity(account, newExpiry, today(), own(actor, account), true));
    }
    if (!violations.isEmpty()) {
      refused(AuditAction.ACCOUNT_REACTIVATED, actor, account, clientAddress, violations);
      return List.copyOf(violations);
    }
    String recorded = SecurityFileRules.recordedReason(reason, otherReason);
    boolean lockLift = account.getState() == AccountState.VERROUILLE;
    account.changeState(AccountState.ACTIF, recorded, actor.authorName(), now);
    account.resetFailedLogins();
    audit.write(
        record(AuditAction.ACCOUNT_REACTIVATED, AuditOutcome.SUCCESS, actor, account, clientAddress)
            .detail((lockLift ? "Verrouillage levé : " : "Réactivé : ") + recorded));
    mail.toOwnerAndOfficers(account, "fileReactivated");
    if (newExpiry != null && !newExpiry.equals(account.getExpiryDate())) {
      applyValidity(actor, account, newExpiry, clientAddress);
    }
    return List.of();
  }

  /**
   * R-S7: a new expiry date; an Expiré account extended in time becomes Actif again. The owner and
   * the officers are e-mailed ("prolongée" / "diminuée" / "raccourcie").
   */
  public List<FileViolation> changeValidity(
      long actorId, long accountId, LocalDate newExpiry, String clientAddress) {
    Actor actor = actor(actorId, clientAddress, "Modifier la période de validité");
    UserAccount account = target(actor, accountId, clientAddress, true);
    List<FileViolation> violations =
        SecurityFileRules.checkValidity(
            account, newExpiry, today(), !actor.central() && own(actor, account), false);
    if (!violations.isEmpty()) {
      refused(AuditAction.VALIDITY_CHANGED, actor, account, clientAddress, violations);
      return violations;
    }
    applyValidity(actor, account, newExpiry, clientAddress);
    return List.of();
  }

  /**
   * R-C4 (central only): reactivates any registered account, sets a new expiry date (R-S7's limits)
   * and issues a temporary password, shown only in the owner's e-mail and to be changed at the next
   * login; the officers are told, with three characters of the user code.
   */
  public List<FileViolation> reactivateWithTemporaryPassword(
      long actorId, long accountId, LocalDate newExpiry, String clientAddress) {
    Actor actor = central(actorId, clientAddress, "Réactiver avec un mot de passe temporaire");
    UserAccount account = target(actor, accountId, clientAddress, true);
    List<FileViolation> violations = new ArrayList<>();
    if (account.getUserCode() == null) {
      violations.add(FileViolation.NOT_REGISTERED);
    }
    violations.addAll(SecurityFileRules.checkValidity(account, newExpiry, today(), false, true));
    violations.remove(FileViolation.EXPIRED_TOO_LONG);
    if (!violations.isEmpty()) {
      refused(AuditAction.ACCOUNT_REACTIVATED, actor, account, clientAddress, violations);
      return List.copyOf(violations);
    }
    Instant now = clock.instant();
    boolean wasActive = account.getState() == AccountState.ACTIF;
    if (!wasActive) {
      account.changeState(
          AccountState.ACTIF, "Réactivation par le Groupe central", actor.authorName(), now);
      audit.write(
          record(
                  AuditAction.ACCOUNT_REACTIVATED,
                  AuditOutcome.SUCCESS,
                  actor,
                  account,
                  clientAddress)
              .detail("Réactivé par le Groupe central"));
    }
    account.resetFailedLogins();
    LocalDate previous = account.getExpiryDate();
    account.changeExpiryDate(newExpiry);
    audit.write(
        record(AuditAction.VALIDITY_CHANGED, AuditOutcome.SUCCESS, actor, account, clientAddress)
            .detail("Date d'expiration : " + previous + " → " + newExpiry));
    String password = temporaryPasswords.generate();
    accounts.changePassword(account, hasher.hash(password), now, true);
    audit.write(
        record(
                AuditAction.TEMPORARY_PASSWORD_ISSUED,
                AuditOutcome.SUCCESS,
                actor,
                account,
                clientAddress)
            .detail("Mot de passe temporaire attribué par le Groupe central"));
    outbox.enqueue(
        MailTemplates.email(
            account.getEmail(),
            account.getPreferredLanguage(),
            "centralReactivated.owner",
            newExpiry.toString()));
    outbox.enqueue(
        MailTemplates.email(
            account.getEmail(),
            account.getPreferredLanguage(),
            "temporaryPassword.owner",
            password));
    if (!wasActive) {
      mail.toOfficers(account, "fileReactivated");
    }
    mail.toOfficers(account, "temporaryPassword");
    return List.of();
  }

  /**
   * R-C5 (central only): corrects name, first name, phone, e-mail and partial SIN. A new e-mail is
   * confirmed to the person at the new address and the old one, the partner's officers in copy.
   */
  public List<FileViolation> correctPersonalData(
      long actorId, long accountId, PersonalData data, String clientAddress) {
    Actor actor = central(actorId, clientAddress, "Modifier les renseignements personnels");
    UserAccount account = target(actor, accountId, clientAddress, true);
    List<FileViolation> violations =
        new ArrayList<>(SecurityFileRules.checkPersonalData(Objects.requireNonNull(data)));
    String newEmail = data.email() == null ? null : data.email().strip();
    boolean emailChanged =
        newEmail != null
            && !UserAccount.keyOf(newEmail).equals(UserAccount.keyOf(account.getEmail()));
    if (emailChanged
        && !violations.contains(FileViolation.EMAIL_INVALID)
        && accounts.findByLogin(newEmail).filter(a -> !a.getId().equals(accountId)).isPresent()) {
      violations.add(FileViolation.EMAIL_TAKEN);
    }
    if (!violations.isEmpty()) {
      refused(AuditAction.PERSONAL_DATA_CORRECTED, actor, account, clientAddress, violations);
      return List.copyOf(violations);
    }
    String oldEmail = account.getEmail();
    String phone = data.phone() == null || data.phone().isBlank() ? null : data.phone().strip();
    account.correctIdentity(
        data.lastName().strip(), data.firstName().strip(), phone, data.partialSin().strip());
    if (emailChanged) {
      account.changeEmail(newEmail);
    }
    audit.write(
        record(
                AuditAction.PERSONAL_DATA_CORRECTED,
                AuditOutcome.SUCCESS,
                actor,
                account,
                clientAddress)
            .detail(
                "Renseignements personnels corrigés"
                    + (emailChanged ? " ; courriel modifié" : "")));
    if (emailChanged) {
      for (String to : List.of(newEmail, oldEmail)) {
        outbox.enqueue(
            MailTemplates.email(
                to, account.getPreferredLanguage(), "emailChanged.owner", newEmail));
      }
      mail.toOfficers(account, "emailChanged");
    }
    return List.of();
  }

  private void applyValidity(
      Actor actor, UserAccount account, LocalDate newExpiry, String clientAddress) {
    LocalDate previous = account.getExpiryDate();
    boolean lengthened = SecurityFileRules.lengthens(previous, newExpiry);
    account.changeExpiryDate(newExpiry);
    if (account.getState() == AccountState.EXPIRE) {
      account.changeState(
          AccountState.ACTIF, "Période de validité prolongée", actor.authorName(), clock.instant());
    }
    audit.write(
        record(AuditAction.VALIDITY_CHANGED, AuditOutcome.SUCCESS, actor, account, clientAddress)
            .detail("Date d'expiration : " + previous + " → " + newExpiry));
    mail.toOwnerAndOfficers(account, lengthened ? "validityExtended" : "validityShortened");
  }

  private List<FileViolation> reactivationEligibility(
      Actor actor, UserAccount account, Instant now) {
    return SecurityFileRules.checkReactivation(
        account, own(actor, account), lockout.mode(), now, clock.getZone());
  }

  private SecurityFile view(Actor actor, UserAccount account) {
    Instant now = clock.instant();
    boolean own = own(actor, account);
    boolean pending = account.getUserCode() == null;
    SecurityFileEntry entry = em.find(SecurityFileEntry.class, account.getId());
    String state = entry == null ? account.getState().name() : entry.toListed().state();
    LocalDate expiry = entry == null ? account.getExpiryDate() : entry.toListed().expiryDate();
    String history = null;
    if (account.getStateChangedAt() != null && account.getStateReason() != null) {
      if (account.getState() == AccountState.INACTIF) {
        history = "DEACTIVATED";
      } else if (account.getState() == AccountState.ACTIF && account.getStateChangedBy() != null) {
        history = "REACTIVATED";
      }
    }
    boolean inactive = account.getState() == AccountState.INACTIF;
    boolean readOnly = !actor.central() && SecurityFileRules.readOnlyForOfficer(account);
    boolean canReactivate =
        actor.central() ? !pending : reactivationEligibility(actor, account, now).isEmpty();
    boolean canChangeValidity =
        !inactive
            && !(account.getState() == AccountState.EXPIRE
                && account.getExpiryDate() != null
                && today()
                    .isAfter(
                        account.getExpiryDate().plusDays(SecurityFileRules.EXPIRED_GRACE_DAYS)));
    return new SecurityFile(
        account.getId(),
        account.getPartner().getName(),
        account.getUserCode(),
        account.getLastName(),
        account.getFirstName(),
        account.getEmail(),
        actor.central() ? account.getPhone() : null,
        actor.central() ? account.getPartialSin() : null,
        account.getProfiles(),
        state,
        expiry,
        pending,
        history,
        history == null ? null : LocalDate.ofInstant(account.getStateChangedAt(), clock.getZone()),
        history == null ? null : account.getStateChangedBy(),
        history == null ? null : account.getStateReason(),
        readOnly,
        own,
        !inactive && (actor.central() || !own),
        canReactivate,
        !actor.central() && SecurityFileRules.currentlyLocked(account, now),
        canChangeValidity,
        actor.central());
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private static boolean own(Actor actor, UserAccount account) {
    return actor.account().getId().equals(account.getId());
  }

  /**
   * The list's scope for the acting account: its partner (an officer), or null (central: every
   * partner). The list is asked for at each page, sort and filter, so the caller's standing is read
   * in one query rather than by loading the account; a caller without that standing goes through
   * {@link #actor}, which audits the refusal.
   */
  private Long listScope(long actorId, String clientAddress) {
    List<Object[]> rows =
        em.createQuery(
                "SELECT a.state, p.id, r, f FROM UserAccount a LEFT JOIN a.partner p"
                    + " LEFT JOIN a.internalRoles r LEFT JOIN a.profiles f WHERE a.id = :id",
                Object[].class)
            .setParameter("id", actorId)
            .getResultList();
    if (!rows.isEmpty()) {
      Set<InternalRole> roles = EnumSet.noneOf(InternalRole.class);
      Set<Profile> profiles = EnumSet.noneOf(Profile.class);
      for (Object[] row : rows) {
        if (row[2] != null) {
          roles.add((InternalRole) row[2]);
        }
        if (row[3] != null) {
          profiles.add((Profile) row[3]);
        }
      }
      AccountState state = (AccountState) rows.get(0)[0];
      Long partnerId = (Long) rows.get(0)[1];
      switch (standing(state, partnerId, roles, profiles)) {
        case CENTRAL:
          return null;
        case OFFICER:
          return partnerId;
        case NONE:
          break;
      }
    }
    Actor actor = actor(actorId, clientAddress, "Liste des personnes autorisées");
    return actor.central() ? null : actor.partnerId();
  }

  /** What an account may do in security administration. */
  private enum Standing {
    CENTRAL,
    OFFICER,
    NONE
  }

  /** R-S1, R-C1: an active central agent, an active security officer of a partner, or neither. */
  private static Standing standing(
      AccountState state, Long partnerId, Set<InternalRole> roles, Set<Profile> profiles) {
    if (state != AccountState.ACTIF) {
      return Standing.NONE;
    }
    if (roles.contains(InternalRole.AGENT_CENTRAL)) {
      return Standing.CENTRAL;
    }
    if (partnerId != null && profiles.stream().anyMatch(Profile::isSecurityOfficer)) {
      return Standing.OFFICER;
    }
    return Standing.NONE;
  }

  /**
   * The acting account, when it is an officer of a partner or a central agent; anyone else is
   * refused, and the attempt audited.
   */
  private Actor actor(long actorId, String clientAddress, String what) {
    UserAccount account = em.find(UserAccount.class, actorId);
    if (account == null) {
      audit.write(
          AuditRecord.of(AuditAction.ACCESS_REFUSED, AuditOutcome.REFUSED)
              .by("anonyme", null)
              .from(clientAddress)
              .detail(what + " : appelant inconnu"));
      throw new AccessRefusedException("Unknown caller");
    }
    switch (standing(
        account.getState(),
        account.partnerId(),
        account.getInternalRoles(),
        account.getProfiles())) {
      case CENTRAL:
        return new Actor(account, true);
      case OFFICER:
        return new Actor(account, false);
      case NONE:
        break;
    }
    audit.write(
        AuditRecord.of(AuditAction.ACCESS_REFUSED, AuditOutcome.REFUSED)
            .by(account.loginName(), account.getId())
            .from(clientAddress)
            .on(account.getId(), account.partnerId())
            .detail(what + " : ni responsable de la sécurité ni agent du Groupe central"));
    throw new AccessRefusedException(what + " refused to a caller without an officer profile");
  }

  /** The acting account, when it is a central agent (R-C4, R-C5); anyone else refused, audited. */
  private Actor central(long actorId, String clientAddress, String what) {
    Actor actor = actor(actorId, clientAddress, what);
    if (!actor.central()) {
      audit.write(
          AuditRecord.of(AuditAction.ACCESS_REFUSED, AuditOutcome.REFUSED)
              .by(actor.account().loginName(), actor.account().getId())
              .from(clientAddress)
              .on(actor.account().getId(), actor.partnerId())
              .detail(what + " : réservé au Groupe central de la sécurité"));
      throw new AccessRefusedException(what + " reserved to central");
    }
    return actor;
  }

  /**
   * The account asked for, when it is a partner's account in the actor's scope (an officer's own
   * partner; any partner for central). Anything else is "not found", the attempt audited (R-S1).
   */
  private UserAccount target(Actor actor, long accountId, String clientAddress, boolean forUpdate) {
    UserAccount account =
        forUpdate
            ? em.find(UserAccount.class, accountId, LockModeType.PESSIMISTIC_WRITE)
            : em.find(UserAccount.class, accountId);
    if (account == null
        || account.getPartner() == null
        || (!actor.central() && !account.partnerId().equals(actor.partnerId()))) {
      audit.write(
          AuditRecord.of(AuditAction.ACCESS_REFUSED, AuditOutcome.REFUSED)
              .by(actor.account().loginName(), actor.account().getId())
              .from(clientAddress)
              .on(account == null ? null : accountId, account == null ? null : account.partnerId())
              .detail("Dossier de sécurité hors de portée : compte " + accountId));
      throw new SecurityFileNotFoundException(accountId);
    }
    return account;
  }

  private void refused(
      AuditAction action,
      Actor actor,
      UserAccount account,
      String clientAddress,
      List<FileViolation> violations) {
    audit.write(
        record(action, AuditOutcome.REFUSED, actor, account, clientAddress)
            .detail("Refusé : " + violations));
  }

  private static AuditRecord record(
      AuditAction action,
      AuditOutcome outcome,
      Actor actor,
      UserAccount account,
      String clientAddress) {
    return AuditRecord.of(action, outcome)
        .by(actor.account().loginName(), actor.account().getId())
        .from(clientAddress)
        .on(account.getId(), account.partnerId());
  }
}
