package ca.qc.portail.authentication;

import ca.qc.portail.account.AccountState;
import ca.qc.portail.account.Accounts;
import ca.qc.portail.account.UserAccount;
import ca.qc.portail.audit.AuditAction;
import ca.qc.portail.audit.AuditEvent;
import ca.qc.portail.audit.AuditLog;
import ca.qc.portail.audit.AuditOutcome;
import ca.qc.portail.audit.AuditRecord;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The password step of signing in (R-L1, R-L5, R-L6, R-P6). Every attempt, whatever its outcome,
 * writes exactly one audit record and nothing else but the account's own bookkeeping.
 */
@Stateless
@PermitAll
public class LoginService {

  @Inject private Accounts accounts;
  @Inject private FailedLogins failedLogins;
  @Inject private AuditLog audit;
  @Inject private PasswordHasher hasher;
  @Inject private Clock clock;

  public LoginResult authenticate(String login, String password, String clientAddress) {
    if (!LoginRules.acceptableInput(login, password)) {
      hasher.verifyDecoy(password);
      audit.write(
          AuditRecord.of(AuditAction.LOGIN, AuditOutcome.FAILURE)
              .from(clientAddress)
              .detail("Saisie refusée"));
      return LoginResult.refused(LoginOutcome.INVALID);
    }
    Optional<UserAccount> found = accounts.findByLogin(login);
    if (found.isEmpty()) {
      // The typed value is not recorded: people sometimes type their password in the login field.
      hasher.verifyDecoy(password);
      audit.write(
          AuditRecord.of(AuditAction.LOGIN, AuditOutcome.FAILURE)
              .from(clientAddress)
              .detail("Identifiant inconnu"));
      return LoginResult.refused(LoginOutcome.INVALID);
    }
    UserAccount account = found.get();
    boolean matches = hasher.verify(password, account.getPasswordHash());
    LoginOutcome outcome =
        LoginRules.decide(
            account.getState(), account.getExpiryDate(), account.getLockedUntil(), matches, clock);
    AuditRecord record =
        AuditRecord.of(AuditAction.LOGIN, auditOutcome(outcome))
            .by(account.loginName(), account.getId())
            .from(clientAddress)
            .on(account.getId(), account.partnerId());
    if (outcome != LoginOutcome.SUCCESS) {
      // A person who has not registered yet (R-A5) has no password to guess: counting would let
      // anyone knowing her e-mail lock or deactivate her account before she registers.
      if (outcome == LoginOutcome.INVALID && account.getPasswordHash() != null) {
        failedLogins.record(account, clientAddress);
      }
      audit.write(record.detail(failureDetail(outcome)));
      return LoginResult.refused(outcome);
    }
    Instant now = clock.instant();
    Instant previousAccess = account.getLastAccessAt();
    if (account.getState() == AccountState.VERROUILLE) {
      account.changeState(AccountState.ACTIF, "Fin du verrouillage", AuditEvent.SYSTEM, now);
    }
    account.recordAccess(now);
    account.resetFailedLogins();
    if (hasher.needsRehash(account.getPasswordHash())) {
      account.upgradePasswordHash(hasher.hash(password));
      record.detail("Paramètres de hachage mis à jour: " + hasher.parameters());
    }
    audit.write(record);
    return new LoginResult(LoginOutcome.SUCCESS, signedIn(account, previousAccess));
  }

  /** Records that a person signed out (R-U1). */
  public void signedOut(long accountId, String loginName, String clientAddress) {
    audit.write(
        AuditRecord.of(AuditAction.LOGOUT, AuditOutcome.SUCCESS)
            .by(loginName, accountId)
            .from(clientAddress)
            .on(accountId, accounts.find(accountId).map(UserAccount::partnerId).orElse(null)));
  }

  private static SignedInUser signedIn(UserAccount account, Instant previousAccess) {
    return new SignedInUser(
        account.getId(),
        account.loginName(),
        account.getFirstName(),
        account.getLastName(),
        account.partnerId(),
        account.getPartner() == null ? null : account.getPartner().getName(),
        account.getExpiryDate(),
        previousAccess,
        account.getProfiles(),
        account.getInternalRoles(),
        account.getPreferredLanguage());
  }

  private static AuditOutcome auditOutcome(LoginOutcome outcome) {
    return switch (outcome) {
      case SUCCESS -> AuditOutcome.SUCCESS;
      case INVALID -> AuditOutcome.FAILURE;
      case EXPIRED, INACTIVE, LOCKED -> AuditOutcome.REFUSED;
    };
  }

  private static String failureDetail(LoginOutcome outcome) {
    return switch (outcome) {
      case INVALID -> "Mot de passe invalide";
      case EXPIRED -> "Compte expiré";
      case INACTIVE -> "Compte inactif";
      case LOCKED -> "Compte verrouillé";
      case SUCCESS -> throw new IllegalArgumentException();
    };
  }
}
