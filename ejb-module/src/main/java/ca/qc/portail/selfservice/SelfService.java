package ca.qc.portail.selfservice;

import ca.qc.portail.account.AccountMail;
import ca.qc.portail.account.AccountState;
import ca.qc.portail.account.DeactivationReason;
import ca.qc.portail.account.DeactivationViolation;
import ca.qc.portail.account.NewPasswords;
import ca.qc.portail.account.OfficerCoverage;
import ca.qc.portail.account.OfficerLoss;
import ca.qc.portail.account.SelfDeactivationRules;
import ca.qc.portail.account.UserAccount;
import ca.qc.portail.audit.AuditAction;
import ca.qc.portail.audit.AuditLog;
import ca.qc.portail.audit.AuditOutcome;
import ca.qc.portail.audit.AuditRecord;
import ca.qc.portail.audit.Phrase;
import ca.qc.portail.password.PasswordAgeSetting;
import ca.qc.portail.password.PasswordHasher;
import ca.qc.portail.password.PasswordPolicy;
import ca.qc.portail.password.PasswordRules;
import ca.qc.portail.password.PasswordStatus;
import ca.qc.portail.password.PasswordViolation;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * *Gestion de votre authentification* (R-M1) for the caller's own account: *Modifier votre mot de
 * passe* (R-P1–R-P5) and *Désactiver votre code d'utilisateur* (R-D1–R-D3). The account is always
 * the caller's ({@link Callers#current()}), never an identifier from the request.
 *
 * <p>*Modifier votre mot de passe* is every signed-in person's, ministry agents included (R-C8,
 * {@link Standing#SIGNED_IN}); *Désactiver votre code d'utilisateur* only partner users' (at least
 * one profile, {@link Standing#PARTNER_USER}); anyone else is refused and the attempt audited.
 */
@Stateless
@Requires(value = Standing.PARTNER_USER, operation = "Gestion de votre authentification")
public class SelfService {

  static final String CHANGE_PASSWORD = "Modifier votre mot de passe";
  static final String DEACTIVATE = "Désactiver votre code d'utilisateur";

  @PersistenceContext private EntityManager em;
  @Inject private Callers callers;
  @Inject private AccountMail mail;
  @Inject private NewPasswords newPasswords;
  @Inject private AuditLog audit;
  @Inject private OfficerCoverage coverage;
  @Inject private PasswordHasher hasher;
  @Inject private PasswordAgeSetting passwordAge;
  @Inject private PasswordRules rules;
  @Inject private Clock clock;

  /** Lets *Modification de votre mot de passe* open: the declaration does it all (R-M1, R-C8). */
  @Requires(value = Standing.SIGNED_IN, operation = CHANGE_PASSWORD)
  public void checkPasswordChangeAccess() {}

  /**
   * *Modification de votre mot de passe*: the current password first (so nothing about the new one,
   * its history included, is told to someone who does not know it), then R-P3, then every R-P1
   * criterion at once; only then the change, its audit record and the R-P5 e-mail.
   *
   * <p>A temporary (R-P4) or expired (R-P2) password was typed at this session's login, which then
   * led straight to this page: the page shows it as already filled in ("il s'inscrit
   * automatiquement en mode caché") and sends {@code current} null, which is accepted only while
   * the stored password is still temporary or expired.
   */
  @Requires(value = Standing.SIGNED_IN, operation = CHANGE_PASSWORD)
  public PasswordChange changePassword(String current, String newPassword, String confirmation) {
    Caller caller = callers.current();
    UserAccount account = own(caller);
    PasswordStatus status =
        passwordAge.statusOf(account.isPasswordTemporary(), account.getPasswordChangedAt());
    boolean typedAtLogin = current == null && status.mustChange();
    if (!typedAtLogin && !passwordMatches(account, current)) {
      audit.write(
          record(caller, AuditAction.PASSWORD_CHANGED, AuditOutcome.REFUSED, account)
              .detail("WRONG_CURRENT_PASSWORD"));
      return PasswordChange.wrongCurrentPassword();
    }
    if (!PasswordRules.changeAllowed(
        account.getPasswordChangedAt(),
        status.mustChange() || setByReset(account) || firstPassword(account),
        clock)) {
      audit.write(
          record(caller, AuditAction.PASSWORD_CHANGED, AuditOutcome.REFUSED, account)
              .detail("PASSWORD_ALREADY_CHANGED_TODAY"));
      return PasswordChange.refused(List.of(PasswordViolation.ONCE_A_DAY));
    }
    List<PasswordViolation> violations = newPasswords.check(account, newPassword, confirmation);
    if (!violations.isEmpty()) {
      audit.write(
          record(caller, AuditAction.PASSWORD_CHANGED, AuditOutcome.REFUSED, account)
              .detail(
                  "PASSWORD_CHANGE_REFUSED",
                  Phrase.keys(violations, PasswordViolation::messageKey)));
      return PasswordChange.refused(violations);
    }
    newPasswords.set(account, newPassword, clock.instant());
    audit.write(
        record(caller, AuditAction.PASSWORD_CHANGED, AuditOutcome.SUCCESS, account)
            .detail(
                switch (status) {
                  case TEMPORARY -> "TEMPORARY_PASSWORD_REPLACED";
                  case EXPIRED -> "EXPIRED_PASSWORD_REPLACED";
                  case CURRENT -> "PASSWORD_CHANGED_BY_OWNER";
                }));
    return PasswordChange.changed(account.getSessionGeneration());
  }

  /** The deployment's password policy (R-P1), for the criteria the change page lists. */
  @Requires(value = Standing.SIGNED_IN, operation = CHANGE_PASSWORD)
  public PasswordPolicy passwordPolicy() {
    return rules.policy();
  }

  /**
   * Records the language the caller chose with the *English* / *Français* switch, so that the
   * e-mails the portal sends them later (R-J6) are in that language. Any signed-in person may;
   * unknown tags are refused.
   */
  @Requires(value = Standing.SIGNED_IN, operation = "Langue des courriels")
  public void preferLanguage(String tag) {
    if (!"fr".equals(tag) && !"en".equals(tag)) {
      throw new IllegalArgumentException("Unsupported language: " + tag);
    }
    Caller caller = callers.current();
    UserAccount account = own(caller);
    if (tag.equals(account.getPreferredLanguage())) {
      return;
    }
    account.setPreferredLanguage(tag);
    audit.write(
        record(caller, AuditAction.LANGUAGE_CHOSEN, AuditOutcome.SUCCESS, account)
            .detail("LANGUAGE_CHOSEN", "@language." + tag));
  }

  /** Lets *Désactivation de votre code d'utilisateur* open: the declaration does it all (R-M1). */
  @Requires(value = Standing.PARTNER_USER, operation = DEACTIVATE)
  public void checkDeactivationAccess() {}

  /**
   * Step one of R-D1: every reason the request would be refused; changes nothing but the audit
   * trail, which records a wrong password (R-U1).
   */
  @Requires(value = Standing.PARTNER_USER, operation = DEACTIVATE)
  public List<DeactivationViolation> checkDeactivation(
      String password, DeactivationReason reason, String otherReason) {
    Caller caller = callers.current();
    UserAccount account = own(caller);
    List<DeactivationViolation> violations = violations(account, password, reason, otherReason);
    if (violations.contains(DeactivationViolation.WRONG_PASSWORD)) {
      audit.write(
          record(caller, AuditAction.ACCOUNT_DEACTIVATED, AuditOutcome.REFUSED, account)
              .detail("SELF_DEACTIVATION_WRONG_PASSWORD"));
    }
    return violations;
  }

  /**
   * R-D1, R-D2, R-D3: the caller's account becomes Inactif with the reason, the date and its owner
   * as author; the owner and each Actif officer of the partner are e-mailed (officers see three
   * characters of the user code), then central if no Actif officer is left. Refused, with nothing
   * changed, while {@link #checkDeactivation} finds anything; empty when done.
   */
  @Requires(value = Standing.PARTNER_USER, operation = DEACTIVATE)
  public List<DeactivationViolation> deactivateSelf(
      String password, DeactivationReason reason, String otherReason) {
    Caller caller = callers.current();
    UserAccount account = own(caller);
    List<DeactivationViolation> violations = violations(account, password, reason, otherReason);
    if (!violations.isEmpty()) {
      audit.write(
          record(caller, AuditAction.ACCOUNT_DEACTIVATED, AuditOutcome.REFUSED, account)
              .detail(
                  "SELF_DEACTIVATION_REFUSED",
                  Phrase.keys(violations, DeactivationViolation::messageKey)));
      return violations;
    }
    Instant now = clock.instant();
    String recorded = SelfDeactivationRules.recordedReason(reason, otherReason);
    account.changeState(AccountState.INACTIF, recorded, account.fullName(), now);
    audit.write(
        record(caller, AuditAction.ACCOUNT_DEACTIVATED, AuditOutcome.SUCCESS, account)
            .detail("SELF_DEACTIVATED", Phrase.reason(recorded)));
    mail.toOwnerAndOfficers(account, "selfDeactivated");
    coverage.alertCentralIfUncovered(account, OfficerLoss.SELF_DEACTIVATION);
    return List.of();
  }

  /**
   * The caller's own account, locked for this transaction: two changes of one account run one after
   * the other, so R-P3 holds.
   */
  private UserAccount own(Caller caller) {
    return em.find(UserAccount.class, caller.accountId(), LockModeType.PESSIMISTIC_WRITE);
  }

  private List<DeactivationViolation> violations(
      UserAccount account, String password, DeactivationReason reason, String otherReason) {
    List<DeactivationViolation> violations = new ArrayList<>();
    if (!passwordMatches(account, password)) {
      violations.add(DeactivationViolation.WRONG_PASSWORD);
    }
    violations.addAll(SelfDeactivationRules.checkReason(reason, otherReason));
    return List.copyOf(violations);
  }

  private boolean passwordMatches(UserAccount account, String password) {
    if (password == null || password.isEmpty() || account.getPasswordHash() == null) {
      hasher.verifyDecoy(password);
      return false;
    }
    return hasher.verify(password, account.getPasswordHash());
  }

  /**
   * Whether the current password is the first the account ever had (no earlier one in its history):
   * chosen at *Inscription* (R-A7) or given by the bootstrap, it was chosen, not changed, so R-P3
   * does not hold its first change back to tomorrow (issue 13, point 6).
   */
  private boolean firstPassword(UserAccount account) {
    return em.createQuery(
                "SELECT COUNT(h) FROM PasswordHistory h WHERE h.accountId = :id", Long.class)
            .setParameter("id", account.getId())
            .getSingleResult()
        == 0;
  }

  /** Whether the current password was set through a reset link (R-L8), which R-P3 exempts. */
  private boolean setByReset(UserAccount account) {
    return account.getPasswordChangedAt() != null
        && em.createQuery(
                    "SELECT COUNT(r) FROM PasswordReset r WHERE r.accountId = :id"
                        + " AND r.usedAt >= :changedAt",
                    Long.class)
                .setParameter("id", account.getId())
                .setParameter("changedAt", account.getPasswordChangedAt())
                .getSingleResult()
            > 0;
  }

  private static AuditRecord record(
      Caller caller, AuditAction action, AuditOutcome outcome, UserAccount account) {
    return caller.record(action, outcome).on(account.getId(), account.partnerId());
  }
}
