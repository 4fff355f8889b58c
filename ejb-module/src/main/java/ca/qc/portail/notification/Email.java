package ca.qc.portail.notification;

import java.util.List;
import java.util.Objects;

/**
 * One e-mail to send: recipients, subject, and the same text as plain text and as HTML.
 *
 * @param html may be null: the message is then plain text only
 */
public record Email(List<String> to, String subject, String text, String html) {

  public Email {
    to = List.copyOf(to);
    if (to.isEmpty()) {
      throw new IllegalArgumentException("An e-mail needs at least one recipient");
    }
    Objects.requireNonNull(subject);
    Objects.requireNonNull(text);
  }
}
