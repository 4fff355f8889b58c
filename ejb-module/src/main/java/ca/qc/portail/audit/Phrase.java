package ca.qc.portail.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What the application stores instead of a sentence (issue 13, point 2): a code and its values,
 * {@code CODE|value|value}, which pages and exports render in the reader's language (the web
 * bundles' {@code auditDetail.CODE}, {@code stateReason.CODE}). A value starting with {@code @}
 * lists message keys, comma-separated (a refusal's violations), each rendered in turn; one starting
 * with {@code ~} is an account's state reason ({@link #reason}). Anything else (an older record's
 * sentence, a reason a person typed) is shown as stored.
 */
public final class Phrase {

  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");
  private static final String SEPARATOR = "|";

  private Phrase() {}

  /**
   * The stored form of {@code code} with {@code values} ({@code |} in a value becomes {@code /}). A
   * text that is no code (a sentence written before codes) is stored as given, its values after it,
   * and shown as stored: a record is never lost for its wording.
   */
  public static String of(String code, Object... values) {
    if (!CODE.matcher(code).matches()) {
      StringBuilder text = new StringBuilder(code);
      for (Object value : values) {
        text.append(' ').append(value);
      }
      return text.toString();
    }
    StringBuilder stored = new StringBuilder(code);
    for (Object value : values) {
      stored.append(SEPARATOR).append(String.valueOf(value).replace(SEPARATOR, "/"));
    }
    return stored.toString();
  }

  /** A value listing message keys ({@code @key,key}); an empty list is {@code @}. */
  public static String keys(Collection<String> keys) {
    return "@" + String.join(",", keys);
  }

  /** {@link #keys} of what {@code key} gives for each item (a violation's message key). */
  public static <T> String keys(Collection<T> items, Function<T, String> key) {
    return keys(items.stream().map(key).collect(Collectors.toList()));
  }

  /** {@link #keys} of an enum's constants, each prefixed: {@code keys("x.", [A, B])} → @x.A,x.B. */
  public static String keys(String prefix, Collection<? extends Enum<?>> constants) {
    return keys(constants.stream().map(c -> prefix + c.name()).collect(Collectors.toList()));
  }

  /** A value that is an account's state reason: a code, or the text a person typed. */
  public static String reason(String stateReason) {
    return "~" + stateReason;
  }

  /** A value naming a job's execution ("exécution 12", "execution 12"): a job's reference. */
  public static String execution(long executionId) {
    return "@execution=" + executionId;
  }

  /** A stored phrase read back: its code and values. */
  public record Parsed(String code, List<String> values) {}

  /** The code and values of {@code stored}, or empty when it is not a phrase (free text). */
  public static Optional<Parsed> parse(String stored) {
    if (stored == null || stored.isEmpty()) {
      return Optional.empty();
    }
    List<String> parts = new ArrayList<>(Arrays.asList(stored.split(Pattern.quote(SEPARATOR), -1)));
    String code = parts.remove(0);
    if (!CODE.matcher(code).matches()) {
      return Optional.empty();
    }
    return Optional.of(new Parsed(code, List.copyOf(parts)));
  }
}
