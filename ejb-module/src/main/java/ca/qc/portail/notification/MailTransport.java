package ca.qc.portail.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hands e-mails to the SMTP server ({@code SMTP_HOST}, {@code SMTP_PORT}), several over one
 * connection. Without an SMTP server, and only when {@code MAIL_CAPTURE_DIR} is set (run.sh sets it
 * on the embedded default), e-mails are captured in that folder instead.
 */
@ApplicationScoped
public class MailTransport {

  @Inject
  @ConfigProperty(name = "SMTP_HOST")
  Optional<String> smtpHost;

  @Inject
  @ConfigProperty(name = "SMTP_PORT", defaultValue = "25")
  int smtpPort;

  @Inject
  @ConfigProperty(
      name = "MAIL_FROM",
      defaultValue = "Portail partenaires <ne-pas-repondre@portail.example>")
  String from;

  @Inject
  @ConfigProperty(name = "MAIL_CAPTURE_DIR")
  Optional<String> captureDir;

  @Inject private Clock clock;

  /** Whether e-mails go to the developer's folder rather than to an SMTP server. */
  public boolean isCapturing() {
    return smtpHost.filter(h -> !h.isBlank()).isEmpty()
        && captureDir.filter(d -> !d.isBlank()).isPresent();
  }

  public Optional<CapturedMailbox> capturedMailbox() {
    return isCapturing()
        ? Optional.of(new CapturedMailbox(Path.of(captureDir.get())))
        : Optional.empty();
  }

  /** Opens one delivery: an SMTP connection (or the capture folder) for several e-mails. */
  public Delivery open() throws MessagingException {
    Session session = session();
    Optional<CapturedMailbox> mailbox = capturedMailbox();
    if (mailbox.isPresent()) {
      return email ->
          mailbox
              .get()
              .store(MailComposer.compose(session, from, email, clock.instant()), clock.instant());
    }
    if (smtpHost.filter(h -> !h.isBlank()).isEmpty()) {
      throw new MessagingException("SMTP_HOST is not set: e-mails cannot be sent");
    }
    Transport transport = session.getTransport("smtp");
    transport.connect();
    return new Delivery() {
      @Override
      public void send(Email email) throws MessagingException {
        MimeMessage message = MailComposer.compose(session, from, email, clock.instant());
        transport.sendMessage(message, message.getAllRecipients());
      }

      @Override
      public void close() throws MessagingException {
        transport.close();
      }
    };
  }

  private Session session() {
    Properties properties = new Properties();
    smtpHost.ifPresent(host -> properties.setProperty("mail.smtp.host", host));
    properties.setProperty("mail.smtp.port", String.valueOf(smtpPort));
    properties.setProperty("mail.smtp.connectiontimeout", "10000");
    properties.setProperty("mail.smtp.timeout", "20000");
    properties.setProperty("mail.smtp.writetimeout", "20000");
    return Session.getInstance(properties);
  }

  /** E-mails sent over one connection; close it when done. */
  @FunctionalInterface
  public interface Delivery extends AutoCloseable {
    void send(Email email) throws MessagingException;

    @Override
    default void close() throws MessagingException {}
  }
}
