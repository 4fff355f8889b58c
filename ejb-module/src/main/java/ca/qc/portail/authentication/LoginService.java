package ca.qc.portail.authentication;

import ca.qc.portail.account.AccountState;
import ca.qc.portail.account.Accounts;
import ca.qc.portail.account.UserAccount;
import ca.qc.portail.audit.AuditAction;
import ca.qc.portail.audit.AuditEvent;
import ca.qc.portail.audit.AuditLog;
import ca.qc.portail.audit.AuditOutcome;
import ca.qc.portail.audit.AuditRecord;
import ca.qc.portail.password.PasswordAgeSetting;
import ca.qc.portail.password.PasswordHasher;
import ca.qc.portail.security.Caller;
import ca.qc.portail.security.Callers;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The password step of signing in (R-L1, R-L5, R-L6, R-P6). Every attempt, whatever its outcome,
 * writes exactly one audit record and nothing else but the account's own bookkeeping. With {@code
 * mfa.email} (the default) an accepted password leads to the e-mailed code ({@link SecondFactor}),
 * which ends the login. The records carry the client address of the caller ({@link Callers}), an
 * anonymous visitor by nature: nothing here is declared {@code @Requires}.
 */
@Stateless
@PermitAll
public class LoginService {

  @Inject private Accounts accounts;
  @Inject private FailedLogins failedLogins;
  @Inject private SecondFactor secondFactor;

  @Inject
  @ConfigProperty(name = "mfa.email", defaultValue = "true")
  boolean emailSecondFactor;

  @Inject private AuditLog audit;
  @Inject private Callers callers;
  @Inject private PasswordHasher hasher;
  @Inject private PasswordAgeSetting passwordAge;
  @Inject private TotpSetting totpSetting;
  @Inject private Clock clock;

  public LoginResult authenticate(String login, String password) {
    String address = callers.current().address();
    if (!LoginRules.acceptableInput(login, password)) {
      hasher.verifyDecoy(password);
      audit.write(
          AuditRecord.of(AuditAction.LOGIN, AuditOutcome.FAILURE)
              .from(address)
              .detail("Saisie refusée"));
      return LoginResult.refused(LoginOutcome.INVALID);
    }
    Optional<UserAccount> found = accounts.findByLogin(login);
    if (found.isEmpty()) {
      // The typed value is not recorded: people sometimes type their password in the login field.
      hasher.verifyDecoy(password);
      audit.write(
          AuditRecord.of(AuditAction.LOGIN, AuditOutcome.FAILURE)
              .from(address)
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
            .from(address)
            .on(account.getId(), account.partnerId());
    if (outcome != LoginOutcome.SUCCESS) {
      // A person who has not registered yet (R-A5) has no password to guess: counting would let
      // anyone knowing her e-mail lock or deactivate her account before she registers.
      if (outcome == LoginOutcome.INVALID && account.getPasswordHash() != null) {
        failedLogins.record(account);
      }
      audit.write(record.detail(failureDetail(outcome)));
      return LoginResult.refused(outcome);
    }
    // Two logins of one account at the same time update it one after the other (R-L6), instead of
    // one failing on the account's version; the state is read again under the lock.
    accounts.lockForUpdate(account);
    Instant now = clock.instant();
    if (account.getState() == AccountState.VERROUILLE) {
      account.changeState(AccountState.ACTIF, "Fin du verrouillage", AuditEvent.SYSTEM, now);
    }
    account.resetFailedLogins();
    String rehashed = "";
    if (hasher.needsRehash(account.getPasswordHash())) {
      account.upgradePasswordHash(hasher.hash(password));
      rehashed = " ; paramètres de hachage mis à jour: " + hasher.parameters();
    }
    // An enrolled authenticator app is always asked, whether or not codes are e-mailed.
    if (emailSecondFactor || account.isTotpEnrolled()) {
      String challenge = secondFactor.start(account);
      audit.write(
          record.detail(
              (account.isTotpEnrolled()
                      ? "Mot de passe accepté, code de l'application d'authentification demandé"
                      : "Mot de passe accepté, code de sécurité envoyé")
                  + rehashed));
      return LoginResult.secondFactor(challenge);
    }
    audit.write(record.detail("Connexion réussie" + rehashed));
    return new LoginResult(
        LoginOutcome.SUCCESS, SignIn.complete(account, now, passwordAge, totpSetting), null);
  }

  /** Records that the caller signed out (R-U1); a caller without a session has nothing to end. */
  public void signedOut() {
    Caller caller = callers.current();
    if (caller.isSignedIn()) {
      audit.write(
          caller
              .record(AuditAction.LOGOUT, AuditOutcome.SUCCESS)
              .on(caller.accountId(), caller.partnerId()));
    }
  }

  private static AuditOutcome auditOutcome(LoginOutcome outcome) {
    return switch (outcome) {
      case SUCCESS, SECOND_FACTOR -> AuditOutcome.SUCCESS;
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
      case SUCCESS, SECOND_FACTOR -> throw new IllegalArgumentException();
    };
  }
}
