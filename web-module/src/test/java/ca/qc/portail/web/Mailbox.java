package ca.qc.portail.web;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The SMTP server the application sends to in the browser tests (GreenMail on SMTP_PORT), and the
 * ways the tests read it. As an extension registered before Arquillian's, it starts before the
 * class's deployment, so whatever the application sends finds it up, and it stops after the class.
 * Nothing is ever purged: e-mails are found by recipient (each test's people have addresses of
 * their own), subject or text, and a security code is the first one to arrive after a mark.
 */
public final class Mailbox implements BeforeAllCallback, AfterAllCallback {

  /** 300 looks 100 ms apart: 30 s. */
  private static final int TRIES = 300;

  private static final Pattern SECURITY_CODE = Pattern.compile("(\\d{6})");

  /** The subject of the security code e-mail, in the person's language. */
  private static final Set<String> SECURITY_CODE_SUBJECTS =
      Set.of("Code de sécurité", "Security code");

  private static volatile GreenMail smtp;

  /** A received e-mail, its plain-text part decoded. */
  public record Mail(String subject, String text) {}

  @Override
  public void beforeAll(ExtensionContext context) {
    smtp =
        new GreenMail(
            new ServerSetup(Integer.parseInt(System.getenv("SMTP_PORT")), "127.0.0.1", "smtp"));
    smtp.start();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    smtp.stop();
  }

  /** Every e-mail to {@code address} so far, in the order they arrived. */
  public static List<Mail> to(String address) throws Exception {
    List<Mail> mails = new ArrayList<>();
    for (MimeMessage message : smtp.getReceivedMessages()) {
      if (addressedTo(message, address)) {
        mails.add(new Mail(message.getSubject(), plainText(message)));
      }
    }
    return mails;
  }

  /** How many e-mails {@code address} has had so far: a mark for {@link #awaitSecurityCode}. */
  public static int mark(String address) throws Exception {
    return to(address).size();
  }

  /**
   * The text of the newest e-mail to {@code to} whose subject is {@code subject}, waiting for it.
   */
  public static String awaitEmail(String to, String subject) throws Exception {
    return awaitNewest(to, 0, m -> subject.equals(m.subject()), "'" + subject + "'").text();
  }

  /** The text of the newest e-mail to {@code to} containing {@code text}, waiting for it. */
  public static String awaitEmailContaining(String to, String text) throws Exception {
    return awaitNewest(to, 0, m -> m.text().contains(text), "containing « " + text + " »").text();
  }

  /** The code of the security code e-mail (R-L4) to {@code to} arrived after {@code mark}. */
  public static String awaitSecurityCode(String to, int mark) throws Exception {
    Mail mail =
        awaitNewest(
            to,
            mark,
            m ->
                SECURITY_CODE_SUBJECTS.contains(m.subject())
                    && SECURITY_CODE.matcher(m.text()).find(),
            "with a security code");
    Matcher code = SECURITY_CODE.matcher(mail.text());
    code.find();
    return code.group(1);
  }

  private static Mail awaitNewest(String to, int mark, Predicate<Mail> wanted, String what)
      throws Exception {
    return await(
        () -> {
          List<Mail> mails = to(to);
          for (int i = mails.size() - 1; i >= mark; i--) {
            if (wanted.test(mails.get(i))) {
              return Optional.of(mails.get(i));
            }
          }
          return Optional.empty();
        },
        () -> "No e-mail " + what + " to " + to + "; received: " + received());
  }

  /** Asks {@code probe} every 100 ms until it answers, for 30 s at the most. */
  public static <T> T await(Callable<Optional<T>> probe, Callable<String> failure)
      throws Exception {
    for (int i = 0; i < TRIES; i++) {
      Optional<T> found = probe.call();
      if (found.isPresent()) {
        return found.get();
      }
      Thread.sleep(100);
    }
    throw new AssertionError(failure.call());
  }

  private static String received() throws Exception {
    List<String> seen = new ArrayList<>();
    for (MimeMessage message : smtp.getReceivedMessages()) {
      seen.add(
          message.getSubject()
              + " → "
              + List.of(message.getAllRecipients()).stream()
                  .map(Address::toString)
                  .collect(Collectors.joining(", ")));
    }
    return String.join("; ", seen);
  }

  private static boolean addressedTo(MimeMessage message, String address) throws Exception {
    Address[] recipients = message.getAllRecipients();
    if (recipients == null) {
      return false;
    }
    for (Address recipient : recipients) {
      if (recipient instanceof InternetAddress internet
          && internet.getAddress().equalsIgnoreCase(address)) {
        return true;
      }
    }
    return false;
  }

  /** The plain-text part of an e-mail, decoded. */
  private static String plainText(MimeMessage message) throws Exception {
    Object content = message.getContent();
    if (content instanceof Multipart multipart) {
      return multipart.getBodyPart(0).getContent().toString();
    }
    return content.toString();
  }
}
