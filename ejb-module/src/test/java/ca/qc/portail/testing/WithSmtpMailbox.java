package ca.qc.portail.testing;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * For container tests that read what the outbox really delivered: GreenMail ({@link SmtpMailbox})
 * runs in the server's JVM around each test. Deploy with {@link Deployments#withSmtp}.
 */
public abstract class WithSmtpMailbox {

  protected SmtpMailbox mail;

  @BeforeEach
  protected void startSmtp() {
    mail = SmtpMailbox.start();
  }

  @AfterEach
  protected void stopSmtp() {
    mail.stop();
  }
}
