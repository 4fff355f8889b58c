package ca.qc.portail.account;

import ca.qc.portail.notification.MailTemplates;
import ca.qc.portail.notification.Outbox;
import ca.qc.portail.password.PasswordHasher;
import ca.qc.portail.password.PasswordRules;
import ca.qc.portail.password.PasswordViolation;
import ca.qc.portail.password.PersonContext;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A new password for an existing account, however it is chosen (own change, reset link): the R-P1
 * check against the person and the last passwords, then the change with its R-P5 e-mail, in the
 * caller's transaction.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class NewPasswords {

  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

  @Inject private Accounts accounts;
  @Inject private Outbox outbox;
  @Inject private PasswordRules rules;
  @Inject private PasswordHasher hasher;

  @Inject
  @ConfigProperty(
      name = "support.antifraudUrl",
      defaultValue = "https://antifraudcentre-centreantifraude.ca")
  String antifraudUrl;

  /** Every R-P1 criterion the password does not meet for this account; empty when it may be set. */
  public List<PasswordViolation> check(UserAccount account, String password, String confirmation) {
    return rules.check(
        password,
        confirmation,
        new PersonContext(
            account.getUserCode(),
            account.getEmail(),
            account.getFirstName(),
            account.getLastName()),
        accounts.passwordHistory(account),
        hasher);
  }

  /** Sets the password (the previous one kept in the history) and e-mails the owner (R-P5). */
  public void set(UserAccount account, String password, Instant now) {
    accounts.changePassword(account, hasher.hash(password), now, false);
    outbox.enqueue(
        MailTemplates.email(
            account.getEmail(),
            account.getPreferredLanguage(),
            "passwordChanged",
            account.getEmail(),
            UTC.format(now),
            antifraudUrl));
  }
}
