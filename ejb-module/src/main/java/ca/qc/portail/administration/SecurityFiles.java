package ca.qc.portail.administration;

import ca.qc.portail.account.AccountMail;
import ca.qc.portail.account.AccountState;
import ca.qc.portail.account.Accounts;
import ca.qc.portail.account.DeactivationReason;
import ca.qc.portail.account.OfficerCoverage;
import ca.qc.portail.account.OfficerLoss;
import ca.qc.portail.account.SelfDeactivationRules;
import ca.qc.portail.account.UserAccount;
import ca.qc.portail.audit.AuditAction;
import ca.qc.portail.audit.AuditLog;
import ca.qc.portail.audit.AuditOutcome;
import ca.qc.portail.audit.AuditRecord;
import ca.qc.portail.audit.Phrase;
import ca.qc.portail.authentication.LockoutPolicy;
import ca.qc.portail.notification.MailTemplates;
import ca.qc.portail.notification.Outbox;
import ca.qc.portail.password.PasswordHasher;
import ca.qc.portail.security.Caller;
import ca.qc.portail.security.Callers;
import ca.qc.portail.security.OutOfScopeException;
import ca.qc.portail.security.Requires;
import ca.qc.portail.security.Standing;
import ca.qc.portail.security.TargetAccount;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * *Administration de la sécurité* (R-S1–R-S7) and central's account administration (R-C4–R-C6).
 * Each operation declares who may call it ({@link Requires}): an Actif security officer, within
 * their own partner only (the account argument is a {@link TargetAccount}, R-S1), or an Actif
 * central agent, for every partner; R-C4 and R-C5 are central's alone. Anyone else is refused, and
 * the attempt audited, before the body runs. An account that does not exist or has no partner is
 * "not found" ({@link OutOfScopeException}, audited) for central too.
 */
@Stateless
@Requires(
    value = {Standing.OFFICER, Standing.CENTRAL},
    operation = "Administration de la sécurité")
public class SecurityFiles {

  // What each operation is called in the audit (refusals included), in French as the audit is.
  private static final String LIST = "Liste des personnes autorisées";
  private static final String FILE = "Dossier de sécurité";
  private static final String DEACTIVATE = "Désactiver un code d'utilisateur";
  private static final String REACTIVATE = "Réactiver un code d'utilisateur";
  private static final String VALIDITY = "Modifier la période de validité";
  private static final String TEMPORARY_PASSWORD = "Réactiver avec un mot de passe temporaire";
  private static final String TEMPORARY_PASSWORD_ONLY = "Attribuer un mot de passe temporaire";
  private static final String PERSONAL_DATA = "Modifier les renseignements personnels";

  @PersistenceContext private EntityManager em;
  @Inject private Callers callers;
  @Inject private Accounts accounts;
  @Inject private Outbox outbox;
  @Inject private AccountMail mail;
  @Inject private AuditLog audit;
  @Inject private OfficerCoverage coverage;
  @Inject private PasswordHasher hasher;
  @Inject private LockoutPolicy lockout;
  @Inject private Clock clock;

  private final TemporaryPasswords temporaryPasswords = new TemporaryPasswords();

  /**
   * R-S2 (officer: own partner) or central's search across partners: one page of rows. The table
   * asks {@link #count} separately, once per request, for its paginator.
   */
  @Requires(
      value = {Standing.OFFICER, Standing.CENTRAL},
      operation = LIST)
  public List<ListedPerson> list(ListQuery query) {
    return new AuthorisedPersons(em).page(listScope(), query);
  }

  /** R-S2: how many persons in the caller's scope match the filters. */
  @Requires(
      value = {Standing.OFFICER, Standing.CENTRAL},
      operation = LIST)
  public long count(Map<ListColumn, String> filters) {
    return new AuthorisedPersons(em).count(listScope(), filters == null ? Map.of() : filters);
  }

  /** R-S3: the security file of one account in the caller's scope. */
  @Requires(
      value = {Standing.OFFICER, Standing.CENTRAL},
      operation = FILE)
  public SecurityFile file(@TargetAccount long accountId) {
    return view(callers.current(), target(accountId, FILE, false));
  }

  /**
   * R-S6, R-C6: makes the account Inactif with the reason, the date and the author (central shown
   * as {@link SecurityFile#CENTRAL_AUTHOR}); e-mails the owner and the partner's Actif officers
   * (three characters of the user code); then R-D3.
   */
  @Requires(
      value = {Standing.OFFICER, Standing.CENTRAL},
      operation = DEACTIVATE)
  public List<FileViolation> deactivate(
      @TargetAccount long accountId, DeactivationReason reason, String otherReason) {
    Caller caller = callers.current();
    UserAccount account = target(accountId, DEACTIVATE, true);
    List<FileViolation> violations =
        new ArrayList<>(SecurityFileRules.checkDeactivation(account, reason, otherReason));
    if (!caller.isCentral() && own(caller, account)) {
      violations.add(0, FileViolation.OWN_ACCOUNT);
    }
    if (!caller.isCentral() && account.getUserCode() == null) {
      // Issue 13, point 4: a person with only a registration code has no user code to deactivate;
      // the officer tells central, who handles registration codes (R-C3).
      violations.add(0, FileViolation.NOT_REGISTERED);
    }
    if (!violations.isEmpty()) {
      refused(AuditAction.ACCOUNT_DEACTIVATED, account, violations);
      return List.copyOf(violations);
    }
    String recorded = SelfDeactivationRules.recordedReason(reason, otherReason);
    account.changeState(AccountState.INACTIF, recorded, authorName(caller), clock.instant());
    audit.write(
        record(AuditAction.ACCOUNT_DEACTIVATED, AuditOutcome.SUCCESS, account)
            .detail(
                caller.isCentral() ? "DEACTIVATED_BY_CENTRAL" : "DEACTIVATED_BY_OFFICER",
                Phrase.reason(recorded)));
    mail.toOwnerAndOfficers(account, "fileDeactivated");
    coverage.alertCentralIfUncovered(account, OfficerLoss.DEACTIVATION);
    return List.of();
  }

  /**
   * R-S5: an officer reactivates an account the system deactivated after failed logins (or lifts a
   * current lock in TEMPORARY mode), with a reason; {@code newExpiry}, optional, is checked by R-S7
   * and set at the same time. The owner and the officers are e-mailed.
   */
  @Requires(
      value = {Standing.OFFICER, Standing.CENTRAL},
      operation = REACTIVATE)
  public List<FileViolation> reactivate(
      @TargetAccount long accountId,
      ReactivationReason reason,
      String otherReason,
      LocalDate newExpiry) {
    Caller caller = callers.current();
    UserAccount account = target(accountId, REACTIVATE, true);
    Instant now = clock.instant();
    List<FileViolation> violations = new ArrayList<>(reactivationEligibility(caller, account, now));
    violations.addAll(SecurityFileRules.checkReactivationReason(reason, otherReason));
    if (newExpiry != null) {
      violations.addAll(
          SecurityFileRules.checkValidity(account, newExpiry, today(), own(caller, account), true));
    }
    if (!violations.isEmpty()) {
      refused(AuditAction.ACCOUNT_REACTIVATED, account, violations);
      return List.copyOf(violations);
    }
    String recorded = SecurityFileRules.recordedReason(reason, otherReason);
    boolean lockLift = account.getState() == AccountState.VERROUILLE;
    account.changeState(AccountState.ACTIF, recorded, authorName(caller), now);
    account.resetFailedLogins();
    audit.write(
        record(AuditAction.ACCOUNT_REACTIVATED, AuditOutcome.SUCCESS, account)
            .detail(lockLift ? "LOCK_LIFTED" : "REACTIVATED", Phrase.reason(recorded)));
    mail.toOwnerAndOfficers(account, "fileReactivated");
    if (newExpiry != null && !newExpiry.equals(account.getExpiryDate())) {
      applyValidity(caller, account, newExpiry);
    }
    return List.of();
  }

  /**
   * R-S7: a new expiry date; an Expiré account extended in time becomes Actif again. The owner and
   * the officers are e-mailed ("prolongée" / "diminuée" / "raccourcie").
   */
  @Requires(
      value = {Standing.OFFICER, Standing.CENTRAL},
      operation = VALIDITY)
  public List<FileViolation> changeValidity(@TargetAccount long accountId, LocalDate newExpiry) {
    Caller caller = callers.current();
    UserAccount account = target(accountId, VALIDITY, true);
    List<FileViolation> violations =
        account.getUserCode() == null
            // Issue 13, point 4: a registration code's validity is R-A5's, extended by central
            // (R-C3).
            ? List.of(FileViolation.NOT_REGISTERED)
            : SecurityFileRules.checkValidity(
                account, newExpiry, today(), !caller.isCentral() && own(caller, account), false);
    if (!violations.isEmpty()) {
      refused(AuditAction.VALIDITY_CHANGED, account, violations);
      return violations;
    }
    applyValidity(caller, account, newExpiry);
    return List.of();
  }

  /**
   * R-C4 (central only): reactivates any registered account, sets a new expiry date (R-S7's limits)
   * and issues a temporary password, shown only in the owner's e-mail and to be changed at the next
   * login; the officers are told, with three characters of the user code.
   */
  @Requires(value = Standing.CENTRAL, operation = TEMPORARY_PASSWORD)
  public List<FileViolation> reactivateWithTemporaryPassword(
      @TargetAccount long accountId, LocalDate newExpiry) {
    Caller caller = callers.current();
    UserAccount account = target(accountId, TEMPORARY_PASSWORD, true);
    List<FileViolation> violations = new ArrayList<>();
    if (account.getUserCode() == null) {
      violations.add(FileViolation.NOT_REGISTERED);
    } else if (account.getState() == AccountState.ACTIF) {
      // Issue 13, point 5: an Actif person gets a temporary password alone
      // (issueTemporaryPassword).
      violations.add(FileViolation.ALREADY_ACTIVE);
    }
    violations.addAll(SecurityFileRules.checkValidity(account, newExpiry, today(), false, true));
    violations.remove(FileViolation.EXPIRED_TOO_LONG);
    if (!violations.isEmpty()) {
      refused(AuditAction.ACCOUNT_REACTIVATED, account, violations);
      return List.copyOf(violations);
    }
    Instant now = clock.instant();
    account.changeState(AccountState.ACTIF, "CENTRAL_REACTIVATION", authorName(caller), now);
    audit.write(
        record(AuditAction.ACCOUNT_REACTIVATED, AuditOutcome.SUCCESS, account)
            .detail("REACTIVATED_BY_CENTRAL"));
    account.resetFailedLogins();
    LocalDate previous = account.getExpiryDate();
    account.changeExpiryDate(newExpiry);
    audit.write(
        record(AuditAction.VALIDITY_CHANGED, AuditOutcome.SUCCESS, account)
            .detail("EXPIRY_CHANGED", previous, newExpiry));
    outbox.enqueue(
        MailTemplates.email(
            account.getEmail(),
            account.getPreferredLanguage(),
            "centralReactivated.owner",
            newExpiry.toString()));
    mail.toOfficers(account, "fileReactivated");
    giveTemporaryPassword(account, now);
    return List.of();
  }

  /**
   * R-C4 (central only), issue 13 point 5: a temporary password for an Actif account, its state and
   * validity untouched; shown only in the owner's e-mail, to be changed at the next login; the
   * officers are told, with three characters of the user code. An account that is not Actif is
   * reactivated instead ({@link #reactivateWithTemporaryPassword}).
   */
  @Requires(value = Standing.CENTRAL, operation = TEMPORARY_PASSWORD_ONLY)
  public List<FileViolation> issueTemporaryPassword(@TargetAccount long accountId) {
    UserAccount account = target(accountId, TEMPORARY_PASSWORD_ONLY, true);
    FileViolation violation =
        account.getUserCode() == null
            ? FileViolation.NOT_REGISTERED
            : account.getState() != AccountState.ACTIF ? FileViolation.NOT_ACTIVE : null;
    if (violation != null) {
      refused(AuditAction.TEMPORARY_PASSWORD_ISSUED, account, List.of(violation));
      return List.of(violation);
    }
    account.resetFailedLogins();
    giveTemporaryPassword(account, clock.instant());
    return List.of();
  }

  private void giveTemporaryPassword(UserAccount account, Instant now) {
    String password = temporaryPasswords.generate();
    accounts.changePassword(account, hasher.hash(password), now, true);
    audit.write(
        record(AuditAction.TEMPORARY_PASSWORD_ISSUED, AuditOutcome.SUCCESS, account)
            .detail("TEMPORARY_PASSWORD_BY_CENTRAL"));
    outbox.enqueue(
        MailTemplates.email(
            account.getEmail(),
            account.getPreferredLanguage(),
            "temporaryPassword.owner",
            password));
    mail.toOfficers(account, "temporaryPassword");
  }

  /**
   * R-C5 (central only): corrects name, first name, phone, e-mail and partial SIN. A new e-mail is
   * confirmed to the person at the new address and the old one, the partner's officers in copy.
   */
  @Requires(value = Standing.CENTRAL, operation = PERSONAL_DATA)
  public List<FileViolation> correctPersonalData(@TargetAccount long accountId, PersonalData data) {
    UserAccount account = target(accountId, PERSONAL_DATA, true);
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
      refused(AuditAction.PERSONAL_DATA_CORRECTED, account, violations);
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
        record(AuditAction.PERSONAL_DATA_CORRECTED, AuditOutcome.SUCCESS, account)
            .detail(
                emailChanged ? "PERSONAL_DATA_AND_EMAIL_CORRECTED" : "PERSONAL_DATA_CORRECTED"));
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

  private void applyValidity(Caller caller, UserAccount account, LocalDate newExpiry) {
    LocalDate previous = account.getExpiryDate();
    boolean lengthened = SecurityFileRules.lengthens(previous, newExpiry);
    account.changeExpiryDate(newExpiry);
    if (account.getState() == AccountState.EXPIRE) {
      account.changeState(
          AccountState.ACTIF, "VALIDITY_EXTENDED", authorName(caller), clock.instant());
    }
    audit.write(
        record(AuditAction.VALIDITY_CHANGED, AuditOutcome.SUCCESS, account)
            .detail("EXPIRY_CHANGED", previous, newExpiry));
    mail.toOwnerAndOfficers(account, lengthened ? "validityExtended" : "validityShortened");
  }

  private List<FileViolation> reactivationEligibility(
      Caller caller, UserAccount account, Instant now) {
    return SecurityFileRules.checkReactivation(
        account, own(caller, account), lockout.mode(), now, clock.getZone());
  }

  private SecurityFile view(Caller caller, UserAccount account) {
    Instant now = clock.instant();
    boolean central = caller.isCentral();
    boolean own = own(caller, account);
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
    boolean readOnly = !central && SecurityFileRules.readOnlyForOfficer(account);
    boolean canReactivate =
        central ? !pending : reactivationEligibility(caller, account, now).isEmpty();
    boolean canChangeValidity =
        !inactive
            && !pending
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
        central ? account.getPhone() : null,
        central ? account.getPartialSin() : null,
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
        // Issue 13, point 4: an officer has nothing to deactivate while only a registration code
        // exists (central handles the code, R-C3).
        !inactive && (central || (!own && !pending)),
        canReactivate,
        !central && SecurityFileRules.currentlyLocked(account, now),
        canChangeValidity,
        central);
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  /** How a state change names its author: central as a group, an officer by name (R-S3). */
  private static String authorName(Caller caller) {
    return caller.isCentral() ? SecurityFile.CENTRAL_AUTHOR : caller.fullName();
  }

  private static boolean own(Caller caller, UserAccount account) {
    return account.getId().equals(caller.accountId());
  }

  /**
   * The list's scope: the officer's partner, or null for central (every partner). The caller is the
   * one the declaration checked, so a page, sort or filter costs no query to learn it.
   */
  private Long listScope() {
    Caller caller = callers.current();
    return caller.isCentral() ? null : caller.partnerId();
  }

  /**
   * The account acted on. The declaration has already kept an officer to their partner's accounts
   * (R-S1); an account that does not exist or has no partner is "not found" for central as well,
   * the attempt audited.
   */
  private UserAccount target(long accountId, String operation, boolean forUpdate) {
    UserAccount account =
        forUpdate
            ? em.find(UserAccount.class, accountId, LockModeType.PESSIMISTIC_WRITE)
            : em.find(UserAccount.class, accountId);
    if (account == null || account.getPartner() == null) {
      throw callers.outOfScope(
          callers.current(),
          operation,
          "compte " + accountId,
          account == null ? null : accountId,
          null);
    }
    return account;
  }

  private void refused(AuditAction action, UserAccount account, List<FileViolation> violations) {
    audit.write(
        record(action, AuditOutcome.REFUSED, account)
            .detail("REFUSED", Phrase.keys(violations, FileViolation::messageKey)));
  }

  private AuditRecord record(AuditAction action, AuditOutcome outcome, UserAccount account) {
    return callers.current().record(action, outcome).on(account.getId(), account.partnerId());
  }
}
