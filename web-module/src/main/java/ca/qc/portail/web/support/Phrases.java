package ca.qc.portail.web.support;

import ca.qc.portail.administration.SecurityFile;
import ca.qc.portail.audit.AuditEvent;
import ca.qc.portail.audit.Phrase;
import ca.qc.portail.security.Caller;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * Renders what the application stores as codes ({@link Phrase}) in the reader's language (issue 13,
 * points 2 and 3): an audit record's detail ({@code auditDetail.CODE}), an account's state reason
 * ({@code stateReason.CODE}), the authors "Système" and central. What is no code of the bundle (an
 * older record's sentence, a reason a person typed) is shown as stored.
 */
public final class Phrases {

  private final ResourceBundle bundle;
  private final Locale locale;

  private Phrases(ResourceBundle bundle, Locale locale) {
    this.bundle = bundle;
    this.locale = locale;
  }

  /** The renderer for {@code locale}, from the web bundles. */
  public static Phrases in(Locale locale) {
    return new Phrases(
        ResourceBundle.getBundle(
            "ca.qc.portail.web.messages", locale, Phrases.class.getClassLoader()),
        locale);
  }

  /** An audit record's detail as a sentence. */
  public String auditDetail(String stored) {
    return render(stored, "auditDetail.");
  }

  /** An account's state reason (R-S3) as words. */
  public String stateReason(String stored) {
    return render(stored, "stateReason.");
  }

  /** Who changed an account's state, or who acted in an audit record. */
  public String author(String stored) {
    if (stored == null || AuditEvent.SYSTEM.equals(stored)) {
      return text("file.history.system");
    }
    if (SecurityFile.CENTRAL_AUTHOR.equals(stored)) {
      return text("file.history.central");
    }
    return stored;
  }

  /** An audit record's actor: a login name, or the system, or « anonyme ». */
  public String actor(String stored) {
    if (AuditEvent.SYSTEM.equals(stored)) {
      return text("audit.actor.system");
    }
    if (Caller.ANONYMOUS.equals(stored)) {
      return text("audit.actor.anonymous");
    }
    return stored;
  }

  String render(String stored, String prefix) {
    if (stored == null) {
      return null;
    }
    return Phrase.parse(stored)
        .filter(p -> bundle.containsKey(prefix + p.code()))
        .map(
            p ->
                new MessageFormat(bundle.getString(prefix + p.code()), locale)
                    .format(p.values().stream().map(this::value).toArray()))
        .orElse(stored);
  }

  private String value(String value) {
    if (value.startsWith("~")) {
      return stateReason(value.substring(1));
    }
    if (!value.startsWith("@")) {
      return value;
    }
    if (value.length() == 1) {
      return "—";
    }
    return Arrays.stream(value.substring(1).split(","))
        .map(this::keyed)
        .collect(Collectors.joining(" "));
  }

  /** A message key, or {@code key=value}: the key's text with the value as its {@code {0}}. */
  private String keyed(String item) {
    int equals = item.indexOf('=');
    String key = equals < 0 ? item : item.substring(0, equals);
    if (!bundle.containsKey(key)) {
      return item;
    }
    return equals < 0
        ? bundle.getString(key)
        : new MessageFormat(bundle.getString(key), locale)
            .format(new Object[] {item.substring(equals + 1)});
  }

  private String text(String key) {
    try {
      return bundle.getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
  }
}
