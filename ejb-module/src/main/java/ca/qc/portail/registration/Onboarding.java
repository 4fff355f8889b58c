package ca.qc.portail.registration;

import ca.qc.portail.account.AccountState;
import ca.qc.portail.account.Accounts;
import ca.qc.portail.account.UserAccount;
import ca.qc.portail.audit.AuditAction;
import ca.qc.portail.audit.AuditLog;
import ca.qc.portail.audit.AuditOutcome;
import ca.qc.portail.audit.AuditRecord;
import ca.qc.portail.authentication.PasswordResets;
import ca.qc.portail.calendar.BusinessCalendar;
import ca.qc.portail.notification.MailTemplates;
import ca.qc.portail.notification.Outbox;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What a person central approved receives (R-A4, R-A8), as {@code registration.mode} says: a
 * registration code ({@link Registration#issue}, 2008) or a link to set a password through the
 * forgot-password flow (2021), after which the e-mail address is the user code. Either way the
 * first step is valid {@value Registration#VALID_BUSINESS_DAYS} business days.
 */
@Stateless
@PermitAll
public class Onboarding {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

  @Inject private Accounts accounts;
  @Inject private Registration registration;
  @Inject private PasswordResets resets;
  @Inject private Outbox outbox;
  @Inject private AuditLog audit;
  @Inject private BusinessCalendar calendar;
  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "registration.mode", defaultValue = "CODE")
  String modeSetting;

  @Inject
  @ConfigProperty(name = "APP_BASE_URL", defaultValue = "http://localhost:8080")
  String baseUrl;

  public RegistrationMode mode() {
    return RegistrationMode.parse(modeSetting);
  }

  /**
   * Sends the approved person (an Actif account without user code nor password) what the mode says,
   * in the caller's transaction.
   */
  public void welcome(long accountId) {
    if (mode() == RegistrationMode.CODE) {
      registration.issue(accountId);
      return;
    }
    UserAccount account =
        accounts.find(accountId).orElseThrow(() -> new IllegalArgumentException("no account"));
    if (account.getUserCode() != null
        || account.getPasswordHash() != null
        || account.getState() != AccountState.ACTIF) {
      throw new IllegalStateException("The account is not waiting for its activation");
    }
    LocalDate lastDay =
        calendar.plusBusinessDays(LocalDate.now(clock), Registration.VALID_BUSINESS_DAYS);
    Instant expiresAt = lastDay.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
    String link = resets.activationLink(account, expiresAt);
    outbox.enqueue(
        MailTemplates.email(
            account.getEmail(),
            account.getPreferredLanguage(),
            "accountActivation",
            account.getEmail(),
            link,
            DAY.format(lastDay),
            baseUrl + "/mot-de-passe-oublie.xhtml"));
    audit.write(
        AuditRecord.of(AuditAction.ACTIVATION_LINK_SENT, AuditOutcome.SUCCESS)
            .on(account.getId(), account.partnerId())
            .detail("ACTIVATION_LINK_SENT", DAY.format(lastDay)));
  }
}
