package ca.qc.portail.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;

/**
 * GreenMail in the server's JVM, on the SMTP port the application sends to (SMTP_PORT), for the
 * container tests that read what the outbox really delivered. Deploy it with {@link
 * Deployments#withSmtp}.
 */
public final class SmtpMailbox {

  private final GreenMail smtp;

  private SmtpMailbox(GreenMail smtp) {
    this.smtp = smtp;
  }

  public static SmtpMailbox start() {
    GreenMail smtp =
        new GreenMail(
            new ServerSetup(Integer.parseInt(System.getenv("SMTP_PORT")), "127.0.0.1", "smtp"));
    smtp.start();
    return new SmtpMailbox(smtp);
  }

  public void stop() {
    smtp.stop();
  }

  /** The e-mails delivered to {@code to} so far, in the order they arrived. */
  public List<MimeMessage> receivedBy(String to) {
    List<MimeMessage> found = new ArrayList<>();
    for (MimeMessage m : smtp.getReceivedMessages()) {
      try {
        if (GreenMailUtil.getAddressList(m.getAllRecipients()).contains(to)) {
          found.add(m);
        }
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }
    return found;
  }

  /** The plain text of the first e-mail to {@code to} with that subject, waiting up to 30 s. */
  public String await(String to, String subject) throws Exception {
    return plainText(awaitMessage(to, subject));
  }

  /** The first e-mail to {@code to} with that subject, waiting up to 30 s. */
  public MimeMessage awaitMessage(String to, String subject) throws Exception {
    for (int i = 0; i < 300; i++) {
      for (MimeMessage m : receivedBy(to)) {
        if (subject.equals(m.getSubject())) {
          return m;
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError("No e-mail '" + subject + "' to " + to);
  }

  /** The plain-text part of an e-mail, decoded. */
  public static String plainText(MimeMessage message) throws Exception {
    Object content = message.getContent();
    return content instanceof Multipart multipart
        ? multipart.getBodyPart(0).getContent().toString()
        : content.toString();
  }
}
