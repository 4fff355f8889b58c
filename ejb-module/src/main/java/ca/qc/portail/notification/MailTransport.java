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
 * Hands e-mails to the SMTP server ({@code SMTP_HOST}, {@code SMTP_PORT}). Without an SMTP server,
 * and only when {@code MAIL_CAPTURE_DIR} is set (run.sh sets it on the embedded default), e-mails
 * are captured in that folder instead.
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

  public void send(Email email) throws MessagingException {
    Optional<CapturedMailbox> mailbox = capturedMailbox();
    if (mailbox.isPresent()) {
      mailbox
          .get()
          .store(MailComposer.compose(session(), from, email, clock.instant()), clock.instant());
      return;
    }
    if (smtpHost.filter(h -> !h.isBlank()).isEmpty()) {
      throw new MessagingException("SMTP_HOST is not set: the e-mail cannot be sent");
    }
    MimeMessage message = MailComposer.compose(session(), from, email, clock.instant());
    Transport.send(message);
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
}
