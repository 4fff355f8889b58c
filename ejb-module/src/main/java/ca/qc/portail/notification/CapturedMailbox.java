package ca.qc.portail.notification;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The developer's mailbox of the embedded default: each e-mail is written as an {@code .eml} file
 * (openable in any mail client) instead of being sent. Never used when an SMTP server is set.
 */
public final class CapturedMailbox {

  private static final DateTimeFormatter FILE_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

  private final Path folder;

  public CapturedMailbox(Path folder) {
    this.folder = folder;
  }

  public Path store(MimeMessage message, Instant at) throws MessagingException {
    try {
      Files.createDirectories(folder);
      Path file = folder.resolve(FILE_TIME.format(at) + "-" + UUID.randomUUID() + ".eml");
      try (OutputStream out = Files.newOutputStream(file)) {
        message.writeTo(out);
      }
      return file;
    } catch (IOException e) {
      throw new MessagingException("Cannot write the captured e-mail in " + folder, e);
    }
  }

  /** The captured e-mails, newest first. */
  public List<CapturedEmail> list() {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(".eml"))
          .sorted(Comparator.comparing(Path::getFileName).reversed())
          .map(CapturedMailbox::read)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static CapturedEmail read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), in);
      return new CapturedEmail(
          file.getFileName().toString(),
          message.getSentDate() == null ? null : message.getSentDate().toInstant(),
          String.join(", ", Stream.of(message.getAllRecipients()).map(Object::toString).toList()),
          message.getSubject(),
          plainText(message));
    } catch (IOException | MessagingException e) {
      return new CapturedEmail(
          file.getFileName().toString(), null, "", "(illisible)", e.getMessage());
    }
  }

  private static String plainText(MimeMessage message) throws IOException, MessagingException {
    Object content = message.getContent();
    if (content instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart part = multipart.getBodyPart(i);
        if (part.isMimeType("text/plain")) {
          return part.getContent().toString();
        }
      }
      return "";
    }
    return content.toString();
  }

  /** One captured e-mail, as the developer's mailbox page lists it. */
  public record CapturedEmail(
      String file, Instant sentAt, String to, String subject, String text) {}
}
