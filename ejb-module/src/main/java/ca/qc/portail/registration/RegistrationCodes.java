package ca.qc.portail.registration;

import ca.qc.portail.platform.Digests;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form of registration codes and partial SINs (R-A5, R-A6): pure functions, no state. A code is
 * {@link #LENGTH} characters from an alphabet without look-alikes (no I, L, O, 0 or 1), about 59
 * bits of randomness: guessing one is out of reach, so the generic refusal needs no rate limit.
 */
public final class RegistrationCodes {

  public static final int LENGTH = 12;
  static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
  private static final Pattern PARTIAL_SIN = Pattern.compile("[0-9]{6}");

  private RegistrationCodes() {}

  public static String generate(SecureRandom random) {
    StringBuilder code = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return code.toString();
  }

  /**
   * The code as typed, made comparable: spaces and dashes dropped, upper case. {@code null} when it
   * cannot be a code at all (nothing typed, or far too long), so no lookup is made.
   */
  public static String normalize(String typed) {
    if (typed == null || typed.length() > 4 * LENGTH) {
      return null;
    }
    String code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    return code.isEmpty() ? null : code;
  }

  /**
   * The first 6 digits of a SIN, spaces allowed between them, as stored; {@code null} otherwise.
   */
  public static String partialSin(String typed) {
    if (typed == null || typed.length() > 20) {
      return null;
    }
    String digits = typed.replaceAll("\\s", "");
    return PARTIAL_SIN.matcher(digits).matches() ? digits : null;
  }

  /** A partial SIN as the seeds show it: "999 222". */
  public static String display(String partialSin) {
    if (partialSin == null || partialSin.length() != 6) {
      return partialSin;
    }
    return partialSin.substring(0, 3) + " " + partialSin.substring(3);
  }

  /** What is stored instead of the code: its SHA-256, in hexadecimal. */
  public static String hash(String normalizedCode) {
    return Digests.sha256Hex(normalizedCode);
  }
}
