package ca.qc.portail.selfservice;

import ca.qc.portail.account.AccountMail;
import ca.qc.portail.account.AccountState;
import ca.qc.portail.account.Accounts;
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
import ca.qc.portail.menu.MenuRules;
import ca.qc.portail.menu.MenuSection;
import ca.qc.portail.notification.Outbox;
import ca.qc.portail.password.PasswordAgeSetting;
import ca.qc.portail.password.PasswordHasher;
import ca.qc.portail.password.PasswordRules;
import ca.qc.portail.password.PasswordStatus;
import ca.qc.portail.password.PasswordViolation;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * *Gestion de votre authentification* for a given account: the rules behind {@link SelfService},
 * which is the only caller and passes the container principal's account. Kept apart so container
 * tests, which cannot sign in, can run these rules for an account of their choice.
 *
 * <p>{@code MANDATORY}: pages have no transaction, so they cannot call this bean with an account id
 * of their own; they go through {@link SelfService}.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class SelfCare {

  @PersistenceContext private EntityManager em;
  @Inject private Accounts accounts;
  @Inject private Outbox outbox;
  @Inject private AccountMail mail;
  @Inject private NewPasswords newPasswords;
  @Inject private AuditLog audit;
  @Inject private OfficerCoverage coverage;
  @Inject private PasswordHasher hasher;
  @Inject private PasswordAgeSetting passwordAge;
  @Inject private Clock clock;

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
  public PasswordChange changePassword(
      long accountId,
      String current,
      String newPassword,
      String confirmation,
      String clientAddress) {
    UserAccount account = partnerUser(accountId, clientAddress, "Modifier votre mot de passe");
    PasswordStatus status =
        passwordAge.statusOf(account.isPasswordTemporary(), account.getPasswordChangedAt());
    boolean typedAtLogin = current == null && status.mustChange();
    if (!typedAtLogin && !passwordMatches(account, current)) {
      audit.write(
          record(AuditAction.PASSWORD_CHANGED, AuditOutcome.REFUSED, account, clientAddress)
              .detail("Mot de passe actuel erroné"));
      return PasswordChange.wrongCurrentPassword();
    }
    if (!PasswordRules.changeAllowed(
        account.getPasswordChangedAt(), status.mustChange() || setByReset(account), clock)) {
      audit.write(
          record(AuditAction.PASSWORD_CHANGED, AuditOutcome.REFUSED, account, clientAddress)
              .detail("Déjà modifié aujourd'hui (R-P3)"));
      return PasswordChange.refused(List.of(PasswordViolation.ONCE_A_DAY));
    }
    List<PasswordViolation> violations = newPasswords.check(account, newPassword, confirmation);
    if (!violations.isEmpty()) {
      audit.write(
          record(AuditAction.PASSWORD_CHANGED, AuditOutcome.REFUSED, account, clientAddress)
              .detail("Modification refusée : " + violations));
      return PasswordChange.refused(violations);
    }
    Instant now = clock.instant();
    newPasswords.set(account, newPassword, now);
    audit.write(
        record(AuditAction.PASSWORD_CHANGED, AuditOutcome.SUCCESS, account, clientAddress)
            .detail(
                switch (status) {
                  case TEMPORARY -> "Mot de passe temporaire remplacé par son titulaire (R-P4)";
                  case EXPIRED -> "Mot de passe expiré remplacé par son titulaire (R-P2)";
                  case CURRENT -> "Mot de passe modifié par son titulaire";
                }));
    return PasswordChange.changed();
  }

  /** See {@link SelfService#preferLanguage}; unknown tags are refused. */
  public void preferLanguage(long accountId, String tag, String clientAddress) {
    if (!"fr".equals(tag) && !"en".equals(tag)) {
      throw new IllegalArgumentException("Unsupported language: " + tag);
    }
    UserAccount account =
        accounts.find(accountId).orElseThrow(() -> new AccessRefusedException("Unknown caller"));
    if (tag.equals(account.getPreferredLanguage())) {
      return;
    }
    account.setPreferredLanguage(tag);
    audit.write(
        record(AuditAction.LANGUAGE_CHOSEN, AuditOutcome.SUCCESS, account, clientAddress)
            .detail("Langue des courriels : " + tag));
  }

  /**
   * Refuses, and audits, an account the menu does not show *Gestion de votre authentification*
   * (R-M1), for the pages to check when they open.
   */
  public void checkAccess(long accountId, String clientAddress, String page) {
    partnerUser(accountId, clientAddress, page);
  }

  /**
   * Step one of R-D1: every reason the request would be refused; changes nothing but the audit
   * trail, which records a wrong password (R-U1).
   */
  public List<DeactivationViolation> checkDeactivation(
      long accountId,
      String password,
      DeactivationReason reason,
      String otherReason,
      String clientAddress) {
    UserAccount account =
        partnerUser(accountId, clientAddress, "Désactiver votre code d'utilisateur");
    List<DeactivationViolation> violations = violations(account, password, reason, otherReason);
    if (violations.contains(DeactivationViolation.WRONG_PASSWORD)) {
      audit.write(
          record(AuditAction.ACCOUNT_DEACTIVATED, AuditOutcome.REFUSED, account, clientAddress)
              .detail("Désactivation à la demande de l'utilisateur : mot de passe erroné"));
    }
    return violations;
  }

  /**
   * R-D1, R-D2, R-D3: the account becomes Inactif with the reason, the date and its owner as
   * author; the owner and each Actif officer of the partner are e-mailed (officers see three
   * characters of the user code), then central if no Actif officer is left. Refused, with nothing
   * changed, while {@link #checkDeactivation} finds anything.
   */
  public List<DeactivationViolation> deactivate(
      long accountId,
      String password,
      DeactivationReason reason,
      String otherReason,
      String clientAddress) {
    UserAccount account =
        partnerUser(accountId, clientAddress, "Désactiver votre code d'utilisateur");
    List<DeactivationViolation> violations = violations(account, password, reason, otherReason);
    if (!violations.isEmpty()) {
      audit.write(
          record(AuditAction.ACCOUNT_DEACTIVATED, AuditOutcome.REFUSED, account, clientAddress)
              .detail("Désactivation à la demande de l'utilisateur refusée : " + violations));
      return violations;
    }
    Instant now = clock.instant();
    String recorded = SelfDeactivationRules.recordedReason(reason, otherReason);
    account.changeState(AccountState.INACTIF, recorded, account.fullName(), now);
    audit.write(
        record(AuditAction.ACCOUNT_DEACTIVATED, AuditOutcome.SUCCESS, account, clientAddress)
            .detail("Désactivé à la demande de l'utilisateur : " + recorded));
    mail.toOwnerAndOfficers(account, "selfDeactivated");
    coverage.alertCentralIfUncovered(account, OfficerLoss.SELF_DEACTIVATION);
    return List.of();
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

  /**
   * The account, locked for this transaction (two changes of one account run one after the other,
   * so R-P3 holds), when the menu shows it *Gestion de votre authentification* (R-M1: partner users
   * only); anyone else is refused and the attempt audited.
   */
  private UserAccount partnerUser(long accountId, String clientAddress, String page) {
    UserAccount account = em.find(UserAccount.class, accountId, LockModeType.PESSIMISTIC_WRITE);
    if (account == null) {
      throw new AccessRefusedException("Unknown caller");
    }
    if (account.getPartner() == null
        || !MenuRules.sections(account.getProfiles(), account.getInternalRoles(), Set.of())
            .contains(MenuSection.GESTION_AUTHENTIFICATION)) {
      audit.write(
          record(AuditAction.ACCESS_REFUSED, AuditOutcome.REFUSED, account, clientAddress)
              .detail(page + " : pas un utilisateur d'un partenaire"));
      throw new AccessRefusedException(page + " not in the caller's menu");
    }
    return account;
  }

  private boolean passwordMatches(UserAccount account, String password) {
    if (password == null || password.isEmpty() || account.getPasswordHash() == null) {
      hasher.verifyDecoy(password);
      return false;
    }
    return hasher.verify(password, account.getPasswordHash());
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
      AuditAction action, AuditOutcome outcome, UserAccount account, String clientAddress) {
    return AuditRecord.of(action, outcome)
        .by(account.loginName(), account.getId())
        .from(clientAddress)
        .on(account.getId(), account.partnerId());
  }
}
