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
import ca.qc.portail.security.ClientThrottle;
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
  @Inject private ClientThrottle throttle;
  @Inject private PasswordHasher hasher;
  @Inject private PasswordAgeSetting passwordAge;
  @Inject private TotpSetting totpSetting;
  @Inject private Clock clock;

  public LoginResult authenticate(String login, String password) {
    return authenticate(login, password, null);
  }

  /**
   * As {@link #authenticate(String, String)}; the e-mailed security code is written in {@code
   * language} ("fr", "en") when the person chose one on the login page, else in their own (issue
   * 13, point 2).
   */
  public LoginResult authenticate(String login, String password, String language) {
    String address = callers.current().address();
    if (throttle.exhausted(ClientThrottle.Kind.LOGIN, address)) {
      // Finding #12 of issue 12 (password spraying): refused before any hash, any account lookup
      // and any e-mail to an owner; the records of such refusals are bounded too.
      throttle.auditRefusal(
          address,
          AuditRecord.of(AuditAction.LOGIN, AuditOutcome.REFUSED)
              .from(address)
              .detail(failureDetail(LoginOutcome.THROTTLED)));
      return LoginResult.refused(LoginOutcome.THROTTLED);
    }
    if (!LoginRules.acceptableInput(login, password)) {
      throttle.failed(ClientThrottle.Kind.LOGIN, address);
      hasher.verifyDecoy(password);
      audit.write(
          AuditRecord.of(AuditAction.LOGIN, AuditOutcome.FAILURE)
              .from(address)
              .detail("INPUT_REFUSED"));
      return LoginResult.refused(LoginOutcome.INVALID);
    }
    Optional<UserAccount> found = accounts.findByLogin(login);
    if (found.isEmpty()) {
      // The typed value is not recorded: people sometimes type their password in the login field.
      hasher.verifyDecoy(password);
      throttle.failed(ClientThrottle.Kind.LOGIN, address);
      audit.write(
          AuditRecord.of(AuditAction.LOGIN, AuditOutcome.FAILURE)
              .from(address)
              .detail("UNKNOWN_LOGIN"));
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
      throttle.failed(ClientThrottle.Kind.LOGIN, address);
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
      account.changeState(AccountState.ACTIF, "LOCK_ENDED", AuditEvent.SYSTEM, now);
    }
    account.resetFailedLogins();
    String rehashed = "";
    if (hasher.needsRehash(account.getPasswordHash())) {
      account.upgradePasswordHash(hasher.hash(password));
      rehashed = hasher.parameters();
    }
    // An enrolled authenticator app is always asked, whether or not codes are e-mailed.
    if (emailSecondFactor || account.isTotpEnrolled()) {
      String challenge = secondFactor.start(account, language);
      String accepted =
          account.isTotpEnrolled()
              ? "PASSWORD_ACCEPTED_APP_CODE_ASKED"
              : "PASSWORD_ACCEPTED_CODE_SENT";
      audit.write(
          rehashed.isEmpty()
              ? record.detail(accepted)
              : record.detail(accepted + "_REHASHED", rehashed));
      return LoginResult.secondFactor(challenge);
    }
    audit.write(
        rehashed.isEmpty()
            ? record.detail("LOGIN_SUCCEEDED")
            : record.detail("LOGIN_SUCCEEDED_REHASHED", rehashed));
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
      case EXPIRED, INACTIVE, LOCKED, THROTTLED -> AuditOutcome.REFUSED;
    };
  }

  private static String failureDetail(LoginOutcome outcome) {
    return switch (outcome) {
      case INVALID -> "WRONG_PASSWORD";
      case EXPIRED -> "ACCOUNT_EXPIRED";
      case INACTIVE -> "ACCOUNT_INACTIVE";
      case LOCKED -> "ACCOUNT_LOCKED";
      case THROTTLED -> "ADDRESS_THROTTLED_LOGIN";
      case SUCCESS, SECOND_FACTOR -> throw new IllegalArgumentException();
    };
  }
}
