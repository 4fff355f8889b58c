package ca.qc.portail.authentication;

import ca.qc.portail.account.Accounts;
import ca.qc.portail.account.UserAccount;
import ca.qc.portail.audit.AuditAction;
import ca.qc.portail.audit.AuditLog;
import ca.qc.portail.audit.AuditOutcome;
import ca.qc.portail.notification.MailTemplates;
import ca.qc.portail.notification.Outbox;
import ca.qc.portail.security.Caller;
import ca.qc.portail.security.Callers;
import ca.qc.portail.security.Requires;
import ca.qc.portail.security.Standing;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * *Application d'authentification* (issue 12, deliver 2): any signed-in person enrols an
 * authenticator app for their own account — a new secret shown once as a QR code and as text, then
 * confirmed with a code of the app — and receives {@value AuthenticatorCodes#RECOVERY_CODES}
 * one-time recovery codes, shown once. From then on the login asks the app's code instead of the
 * e-mailed one (R-L4). {@code mfa.totpRequiredForRoles} makes it mandatory ({@link TotpSetting}).
 */
@Stateless
@Requires(value = Standing.SIGNED_IN, operation = "Application d'authentification")
public class AuthenticatorApp {

  /** The name authenticator apps show for the portal's entries. */
  public static final String ISSUER = "Portail partenaires";

  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  @Inject private Callers callers;
  @Inject private Accounts accounts;
  @Inject private AuthenticatorCodes codes;
  @Inject private TotpSetting setting;
  @Inject private Outbox outbox;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  private final SecureRandom random = new SecureRandom();

  /** A new secret for the caller and the address its QR code holds; nothing is stored yet. */
  public record Enrolment(String secret, String uri) implements Serializable {}

  /** Where the caller stands: enrolled or not, obliged or not, recovery codes left. */
  public record Status(boolean enrolled, boolean required, long recoveryCodesLeft)
      implements Serializable {}

  public Status status() {
    UserAccount account = own();
    return new Status(
        account.isTotpEnrolled(),
        setting.requiredFor(account),
        account.isTotpEnrolled() ? codes.unusedRecoveryCodes(account.getId()) : 0);
  }

  public Enrolment begin() {
    UserAccount account = own();
    String secret = Totp.newSecret(random);
    return new Enrolment(secret, Totp.uri(ISSUER, account.loginName(), secret));
  }

  /**
   * Enrols {@code secret} (from {@link #begin}) when {@code code} is the app's current code for it:
   * audited, the owner e-mailed, and the recovery codes returned in clear this once. Empty, and
   * audited as refused, when the code does not match; nothing is stored then.
   */
  public Optional<List<String>> confirm(String secret, String code) {
    Caller caller = callers.current();
    UserAccount account = own();
    if (secret == null || !secret.matches("[A-Z2-7]{32}")) {
      audit.write(
          caller
              .record(AuditAction.AUTHENTICATOR_ENROLLED, AuditOutcome.REFUSED)
              .on(account.getId(), account.partnerId())
              .detail("AUTHENTICATOR_SECRET_INVALID"));
      return Optional.empty();
    }
    OptionalLong step = codes.confirmStep(secret, code);
    if (step.isEmpty()) {
      audit.write(
          caller
              .record(AuditAction.AUTHENTICATOR_ENROLLED, AuditOutcome.REFUSED)
              .on(account.getId(), account.partnerId())
              .detail("AUTHENTICATOR_CODE_WRONG"));
      return Optional.empty();
    }
    accounts.lockForUpdate(account);
    boolean replaced = account.isTotpEnrolled();
    List<String> recovery = codes.enrol(account, secret, step.getAsLong());
    outbox.enqueue(
        MailTemplates.email(
            account.getEmail(),
            account.getPreferredLanguage(),
            "authenticatorEnrolled",
            UTC.format(clock.instant())));
    audit.write(
        caller
            .record(AuditAction.AUTHENTICATOR_ENROLLED, AuditOutcome.SUCCESS)
            .on(account.getId(), account.partnerId())
            .detail(
                replaced ? "AUTHENTICATOR_REPLACED" : "AUTHENTICATOR_ENROLLED", recovery.size()));
    return Optional.of(recovery);
  }

  private UserAccount own() {
    return accounts
        .find(callers.current().accountId())
        .orElseThrow(() -> new IllegalStateException("The caller's account is gone"));
  }
}
