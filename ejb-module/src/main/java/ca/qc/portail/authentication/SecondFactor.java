package ca.qc.portail.authentication;

import ca.qc.portail.account.Accounts;
import ca.qc.portail.account.UserAccount;
import ca.qc.portail.audit.AuditAction;
import ca.qc.portail.audit.AuditLog;
import ca.qc.portail.audit.AuditOutcome;
import ca.qc.portail.audit.AuditRecord;
import ca.qc.portail.notification.MailTemplates;
import ca.qc.portail.notification.Outbox;
import ca.qc.portail.password.PasswordAgeSetting;
import ca.qc.portail.platform.Digests;
import ca.qc.portail.security.Callers;
import ca.qc.portail.security.ClientThrottle;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The e-mailed second factor (R-L4, {@code mfa.email}): a 6-digit code valid {@code
 * mfa.codeValidityMinutes} (10, ASVS 5.0; seed 002 said 20) from the start of the login,
 * single-use, bound to its login attempt and stored only hashed. Five wrong codes restart the
 * login; a resend (limited in number and pace) sends a new code without resetting that count.
 * Across logins, {@code mfa.maxWrongCodesPerAccount} wrong codes since the last accepted one lock
 * the account as failed passwords do (R-L3, finding #4 of issue 12).
 */
@Stateless
@PermitAll
public class SecondFactor {

  @PersistenceContext private EntityManager em;
  @Inject private Accounts accounts;
  @Inject private Outbox outbox;
  @Inject private AuditLog audit;
  @Inject private Callers callers;
  @Inject private ClientThrottle throttle;
  @Inject private PasswordAgeSetting passwordAge;
  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "mfa.codeValidityMinutes", defaultValue = "10")
  long validityMinutes;

  @Inject
  @ConfigProperty(name = "mfa.maxWrongCodes", defaultValue = "5")
  int maxWrongCodes;

  @Inject
  @ConfigProperty(name = "mfa.maxWrongCodesPerAccount", defaultValue = "10")
  int maxWrongCodesPerAccount;

  @Inject private FailedLogins failedLogins;
  @Inject private AuthenticatorCodes authenticator;
  @Inject private TotpSetting totpSetting;

  @Inject
  @ConfigProperty(name = "mfa.maxResends", defaultValue = "3")
  int maxResends;

  @Inject
  @ConfigProperty(name = "mfa.resendDelaySeconds", defaultValue = "30")
  long resendDelaySeconds;

  private final SecureRandom random = new SecureRandom();

  /** How a code submission ends. */
  public enum CodeOutcome {
    SUCCESS,
    /** Wrong code; the person may try again. */
    WRONG,
    /** Too many wrong codes, expired, cancelled or unknown: the login starts over. */
    RESTART,
    /**
     * Too many wrong codes from the client's address across logins (finding #12 of issue 12): not
     * checked; the person may try again once the throttling window has moved on.
     */
    THROTTLED
  }

  /** How a resend request ends. */
  public enum ResendOutcome {
    SENT,
    TOO_SOON,
    TOO_MANY,
    RESTART
  }

  /**
   * @param user present only on SUCCESS
   */
  public record CodeResult(CodeOutcome outcome, SignedInUser user) {}

  /**
   * Starts the second step for an account whose password was just accepted, in the caller's
   * transaction; e-mails the code and returns the reference the browser's session keeps. The
   * challenge keeps the caller's client address.
   */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public String start(UserAccount account) {
    return start(account, null);
  }

  /** As {@link #start(UserAccount)}, the code e-mailed in {@code language} when not null. */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public String start(UserAccount account, String language) {
    Instant now = clock.instant();
    String reference = randomToken();
    String code = newCode();
    String salt = randomToken().substring(0, 22);
    LoginChallenge challenge =
        new LoginChallenge(
            Digests.sha256Hex(reference),
            account.getId(),
            salt,
            Digests.sha256Hex(salt + code),
            now,
            now.plus(Duration.ofMinutes(validityMinutes)),
            callers.current().address());
    if (account.isTotpEnrolled()) {
      // An enrolled person types the app's code: no code is e-mailed (the stored one is never
      // sent).
      em.persist(challenge.askingAuthenticator());
      return reference;
    }
    em.persist(challenge);
    sendCode(account, code, language);
    return reference;
  }

  /** Whether the login of {@code reference} asks for the authenticator app's code. */
  public boolean asksAuthenticator(String reference) {
    return challenge(reference).map(c -> c.getFactor() == LoginChallenge.Factor.TOTP).orElse(false);
  }

  public CodeResult verify(String reference, String code) {
    Optional<LoginChallenge> found = challenge(reference);
    if (found.isEmpty()) {
      return new CodeResult(CodeOutcome.RESTART, null);
    }
    LoginChallenge challenge = found.get();
    UserAccount account = em.find(UserAccount.class, challenge.getAccountId());
    String address = callers.current().address();
    AuditRecord record =
        AuditRecord.of(AuditAction.LOGIN, AuditOutcome.FAILURE)
            .by(account.loginName(), account.getId())
            .from(address)
            .on(account.getId(), account.partnerId());
    if (throttle.exhausted(ClientThrottle.Kind.CODE, address)) {
      throttle.auditRefusal(
          address,
          AuditRecord.of(AuditAction.LOGIN, AuditOutcome.REFUSED)
              .by(account.loginName(), account.getId())
              .from(address)
              .on(account.getId(), account.partnerId())
              .detail("CODE_THROTTLED"));
      return new CodeResult(CodeOutcome.THROTTLED, null);
    }
    Instant now = clock.instant();
    if (!now.isBefore(challenge.getExpiresAt())) {
      challenge.end(LoginChallenge.State.ECHOUE);
      audit.write(record.detail("SECURITY_CODE_EXPIRED"));
      return new CodeResult(CodeOutcome.RESTART, null);
    }
    String accepted = "SECURITY_CODE_ACCEPTED";
    boolean right;
    if (challenge.getFactor() == LoginChallenge.Factor.TOTP) {
      // The account's row is locked first: two logins cannot both accept one code (no replay).
      accounts.lockForUpdate(account);
      AuthenticatorCodes.Match match = authenticator.verify(account, code);
      right = match != AuthenticatorCodes.Match.NONE;
      accepted =
          match == AuthenticatorCodes.Match.RECOVERY_CODE
              ? "RECOVERY_CODE_ACCEPTED"
              : "APP_CODE_ACCEPTED";
    } else {
      right = matches(challenge, code);
    }
    if (!right) {
      throttle.failed(ClientThrottle.Kind.CODE, address);
      int wrong = challenge.countWrongCode();
      if (failedLogins.recordWrongCode(account, maxWrongCodesPerAccount)) {
        challenge.end(LoginChallenge.State.ECHOUE);
        audit.write(record.detail("SECURITY_CODE_WRONG_LOCKED", wrong, maxWrongCodesPerAccount));
        return new CodeResult(CodeOutcome.RESTART, null);
      }
      if (wrong >= maxWrongCodes) {
        challenge.end(LoginChallenge.State.ECHOUE);
        audit.write(record.detail("SECURITY_CODE_WRONG_RESTART", wrong));
        return new CodeResult(CodeOutcome.RESTART, null);
      }
      audit.write(record.detail("SECURITY_CODE_WRONG", wrong));
      return new CodeResult(CodeOutcome.WRONG, null);
    }
    challenge.end(LoginChallenge.State.REUSSI);
    // Two logins of one account finishing together update it one after the other (R-L6), instead
    // of one failing on the account's version. An app's code locked it already, and refreshing it
    // now would drop the step just accepted.
    if (challenge.getFactor() != LoginChallenge.Factor.TOTP) {
      accounts.lockForUpdate(account);
    }
    account.resetWrongCodes();
    if (LoginRules.decide(
            account.getState(), account.getExpiryDate(), account.getLockedUntil(), true, clock)
        != LoginOutcome.SUCCESS) {
      audit.write(record.detail("ACCOUNT_UNUSABLE_DURING_LOGIN"));
      return new CodeResult(CodeOutcome.RESTART, null);
    }
    SignedInUser user = SignIn.complete(account, now, passwordAge, totpSetting);
    audit.write(
        AuditRecord.of(AuditAction.LOGIN, AuditOutcome.SUCCESS)
            .by(account.loginName(), account.getId())
            .from(address)
            .on(account.getId(), account.partnerId())
            .detail(accepted));
    return new CodeResult(CodeOutcome.SUCCESS, user);
  }

  /** *Réenvoyer le code*: a new code, same deadline, wrong codes still counted. */
  public ResendOutcome resend(String reference) {
    return resend(reference, null);
  }

  /** As {@link #resend(String)}, the code e-mailed in {@code language} when not null. */
  public ResendOutcome resend(String reference, String language) {
    Optional<LoginChallenge> found = challenge(reference);
    if (found.isEmpty()) {
      return ResendOutcome.RESTART;
    }
    LoginChallenge challenge = found.get();
    Instant now = clock.instant();
    if (!now.isBefore(challenge.getExpiresAt())) {
      challenge.end(LoginChallenge.State.ECHOUE);
      return ResendOutcome.RESTART;
    }
    if (challenge.getFactor() == LoginChallenge.Factor.TOTP) {
      return ResendOutcome.TOO_MANY;
    }
    if (challenge.getResends() >= maxResends) {
      return ResendOutcome.TOO_MANY;
    }
    if (now.isBefore(challenge.getLastSentAt().plusSeconds(resendDelaySeconds))) {
      return ResendOutcome.TOO_SOON;
    }
    String code = newCode();
    String salt = randomToken().substring(0, 22);
    challenge.newCode(salt, Digests.sha256Hex(salt + code), now);
    UserAccount account = em.find(UserAccount.class, challenge.getAccountId());
    sendCode(account, code, language);
    audit.write(
        AuditRecord.of(AuditAction.LOGIN, AuditOutcome.SUCCESS)
            .by(account.loginName(), account.getId())
            .from(callers.current().address())
            .on(account.getId(), account.partnerId())
            .detail("SECURITY_CODE_RESENT"));
    return ResendOutcome.SENT;
  }

  /** *Annuler* or *Redémarrer la connexion*: the code can no longer be used. */
  public void cancel(String reference) {
    challenge(reference)
        .ifPresent(
            challenge -> {
              challenge.end(LoginChallenge.State.ANNULE);
              audit.write(
                  AuditRecord.of(AuditAction.LOGIN, AuditOutcome.FAILURE)
                      .from(callers.current().address())
                      .on(challenge.getAccountId(), null)
                      .detail("LOGIN_CANCELLED_AT_CODE"));
            });
  }

  /** How long a code is valid from the start of the login, as the pages and e-mails say. */
  public long validityMinutes() {
    return validityMinutes;
  }

  private Optional<LoginChallenge> challenge(String reference) {
    if (reference == null || reference.length() > 100) {
      return Optional.empty();
    }
    return em.createQuery(
            "SELECT c FROM LoginChallenge c WHERE c.referenceHash = :hash AND c.state = :open",
            LoginChallenge.class)
        .setParameter("hash", Digests.sha256Hex(reference))
        .setParameter("open", LoginChallenge.State.EN_COURS)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  private static boolean matches(LoginChallenge challenge, String code) {
    if (code == null || !code.strip().matches("\\d{6}")) {
      return false;
    }
    return MessageDigest.isEqual(
        Digests.sha256Hex(challenge.getCodeSalt() + code.strip())
            .getBytes(StandardCharsets.US_ASCII),
        challenge.getCodeHash().getBytes(StandardCharsets.US_ASCII));
  }

  private void sendCode(UserAccount account, String code, String language) {
    outbox.enqueue(
        MailTemplates.email(
            account.getEmail(),
            language == null ? account.getPreferredLanguage() : language,
            "securityCode",
            code,
            validityMinutes));
  }

  private String newCode() {
    return "%06d".formatted(random.nextInt(1_000_000));
  }

  private String randomToken() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
