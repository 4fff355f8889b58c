package ca.qc.portail.notification;

import static org.assertj.core.api.Assertions.assertThat;

import ca.qc.portail.testing.Deployments;
import ca.qc.portail.testing.Fixtures;
import ca.qc.portail.testing.SmtpMailbox;
import ca.qc.portail.testing.WithSmtpMailbox;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * R-J6 on PostgreSQL in Payara Micro, with GreenMail as the real SMTP server (started in the
 * server's JVM on the SMTP_PORT the application is configured with).
 */
@ExtendWith(ArquillianExtension.class)
class MailOutboxIT extends WithSmtpMailbox {

  @Deployment
  static WebArchive deployment() {
    return Deployments.withSmtp(Deployments.rules("outbox-it", MailOutboxIT.class));
  }

  @Inject private Fixtures fixtures;
  @Inject private MailDispatcher dispatcher;

  private static Email email(String to) {
    return new Email(
        List.of(to),
        "Modification de votre mot de passe",
        "Le mot de passe pour votre compte a été modifié.",
        "<p>Le mot de passe pour votre compte a été modifié.</p>");
  }

  private List<MimeMessage> receivedBy(String to) {
    return mail.receivedBy(to);
  }

  private void awaitDelivery(String to, int count) throws InterruptedException {
    for (int i = 0; i < 100 && receivedBy(to).size() < count; i++) {
      dispatcher.dispatchDue();
      Thread.sleep(100);
    }
  }

  /**
   * Until each e-mail has been tried once. The dispatcher's own timer may be sending (trying) other
   * e-mails of this database at that moment: a call made meanwhile returns at once, and the e-mails
   * are tried by the timer's run or the next call.
   */
  private void awaitAttempted(List<String> recipients) throws InterruptedException {
    for (int i = 0; i < 100 && !allAttempted(recipients); i++) {
      dispatcher.dispatchDue();
      Thread.sleep(100);
    }
  }

  private boolean allAttempted(List<String> recipients) {
    return recipients.stream()
        .allMatch(to -> fixtures.outboxOf(to).stream().allMatch(o -> o.getAttempts() >= 1));
  }

  @Test
  @DisplayName("R-J6: an e-mail enqueued by a committed change is sent once, text and HTML")
  void committedEmailIsSentOnce() throws Exception {
    String to = Fixtures.unique("a") + "@test.example";

    fixtures.enqueue(email(to));
    awaitDelivery(to, 1);
    dispatcher.dispatchDue();

    List<MimeMessage> received = receivedBy(to);
    assertThat(received).hasSize(1);
    MimeMessage message = received.get(0);
    assertThat(message.getSubject()).isEqualTo("Modification de votre mot de passe");
    assertThat(GreenMailUtil.getBody(message))
        .contains("text/plain; charset=UTF-8", "text/html; charset=UTF-8");
    assertThat(message.getContentType()).startsWith("multipart/alternative");
    assertThat(fixtures.outboxOf(to))
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.getState()).isEqualTo(OutboxState.ENVOYE);
              assertThat(o.getSentAt()).isNotNull();
            });
  }

  @Test
  @DisplayName("R-J6: an e-mail of a change that rolled back is never written nor sent")
  void rolledBackEmailIsNeverSent() throws Exception {
    String to = Fixtures.unique("r") + "@test.example";

    try {
      fixtures.enqueueThenRollBack(email(to));
    } catch (RuntimeException expected) {
      // the container reports the rollback
    }
    dispatcher.dispatchDue();

    assertThat(fixtures.outboxOf(to)).isEmpty();
    assertThat(receivedBy(to)).isEmpty();
  }

  @Test
  @DisplayName("R-J6: SMTP down — the e-mails wait, then each is delivered once when it is back")
  void smtpDownThenBack() throws Exception {
    mail.stop();
    List<String> recipients =
        List.of(
            Fixtures.unique("d1") + "@test.example",
            Fixtures.unique("d2") + "@test.example",
            Fixtures.unique("d3") + "@test.example");
    recipients.forEach(to -> fixtures.enqueue(email(to)));

    awaitAttempted(recipients);
    for (String to : recipients) {
      assertThat(fixtures.outboxOf(to))
          .singleElement()
          .satisfies(
              o -> {
                assertThat(o.getState()).isEqualTo(OutboxState.EN_ATTENTE);
                assertThat(o.getAttempts()).isGreaterThanOrEqualTo(1);
                assertThat(o.getLastError()).isNotBlank();
              });
    }

    mail = SmtpMailbox.start();
    for (String to : recipients) {
      awaitDelivery(to, 1);
    }
    Thread.sleep(1500);
    dispatcher.dispatchDue();

    for (String to : recipients) {
      assertThat(receivedBy(to)).hasSize(1);
      assertThat(fixtures.outboxOf(to))
          .singleElement()
          .extracting(OutboxEmail::getState)
          .isEqualTo(OutboxState.ENVOYE);
    }
  }
}
