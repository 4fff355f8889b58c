package ca.qc.portail.notification;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The product's e-mails in the recipient's language: French texts from the seeds ({@code
 * mail_fr.properties}), English versions ({@code mail_en.properties}). Each e-mail has a plain-text
 * part and an HTML part made from the same text, every argument escaped.
 */
public final class MailTemplates {
  private MailTemplates() {}

  /**
   * The e-mail {@code key} ({@code key.subject}, {@code key.body}) for one recipient.
   *
   * @param language "fr" or "en"; anything else is French
   */
  public static Email email(String to, String language, String key, Object... arguments) {
    ResourceBundle bundle = bundle(language);
    Locale locale = locale(language);
    String body = new MessageFormat(bundle.getString(key + ".body"), locale).format(arguments);
    String text =
        bundle.getString("signature")
            + "\n\n"
            + body
            + "\n\n"
            + bundle.getString("notFound.title")
            + "\n"
            + bundle.getString("notFound.text");
    Object[] escaped = new Object[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      escaped[i] = escape(String.valueOf(arguments[i]));
    }
    String htmlBody =
        new MessageFormat(escapePattern(bundle.getString(key + ".body")), locale).format(escaped);
    List<String> paragraphs = new ArrayList<>();
    for (String paragraph : htmlBody.split("\n\n")) {
      paragraphs.add("<p>" + paragraph.replace("\n", "<br>") + "</p>");
    }
    String html =
        "<!DOCTYPE html><html lang=\""
            + (locale.getLanguage())
            + "\"><body><h1>"
            + escape(bundle.getString("signature"))
            + "</h1>"
            + String.join("", paragraphs)
            + "<h2>"
            + escape(bundle.getString("notFound.title"))
            + "</h2><p>"
            + escape(bundle.getString("notFound.text"))
            + "</p></body></html>";
    // Subjects are MessageFormat patterns like the bodies (quotes doubled in the bundles).
    String subject =
        new MessageFormat(bundle.getString(key + ".subject"), locale).format(arguments);
    return new Email(List.of(to), subject, text, html);
  }

  /** A fragment of an e-mail ({@code key}) in {@code language}, e.g. to fill another's {n}. */
  public static String text(String language, String key) {
    return bundle(language).getString(key);
  }

  private static Locale locale(String language) {
    return "en".equals(language) ? Locale.CANADA : Locale.CANADA_FRENCH;
  }

  private static ResourceBundle bundle(String language) {
    return ResourceBundle.getBundle(
        "ca.qc.portail.notification.mail",
        locale(language),
        MailTemplates.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** Escapes the fixed text of a pattern, leaving its {n} placeholders and quoting intact. */
  private static String escapePattern(String pattern) {
    return pattern.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  static String escape(String value) {
    return value
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;");
  }
}
