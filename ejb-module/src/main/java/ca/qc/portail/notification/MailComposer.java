package ca.qc.portail.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;

/** Builds the MIME message of an {@link Email}: multipart/alternative, UTF-8. */
public final class MailComposer {
  private MailComposer() {}

  public static MimeMessage compose(Session session, String from, Email email, Instant sentAt)
      throws MessagingException {
    MimeMessage message = new MimeMessage(session);
    message.setFrom(new InternetAddress(from, true));
    for (String recipient : email.to()) {
      message.addRecipient(MimeMessage.RecipientType.TO, new InternetAddress(recipient, true));
    }
    message.setSubject(email.subject(), StandardCharsets.UTF_8.name());
    message.setSentDate(Date.from(sentAt));
    if (email.html() == null) {
      message.setText(email.text(), StandardCharsets.UTF_8.name());
    } else {
      MimeBodyPart text = new MimeBodyPart();
      text.setText(email.text(), StandardCharsets.UTF_8.name());
      MimeBodyPart html = new MimeBodyPart();
      html.setText(email.html(), StandardCharsets.UTF_8.name(), "html");
      message.setContent(new MimeMultipart("alternative", text, html));
    }
    message.saveChanges();
    return message;
  }
}
