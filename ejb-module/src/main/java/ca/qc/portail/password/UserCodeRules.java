package ca.qc.portail.password;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The form of a user code chosen on *Votre fiche d'identification* (R-A7, seed 001: "minimum de 6
 * caractères, chiffres ou lettres sans accents", never the first or last name). Uniqueness is
 * checked against the database by the registration service, not here.
 */
public final class UserCodeRules {

  public static final int MIN_LENGTH = 6;

  /** The length of the stored column. */
  public static final int MAX_LENGTH = 64;

  private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9]*");

  private UserCodeRules() {}

  /**
   * Every criterion the user code does not meet, in the order of {@link UserCodeViolation}; empty
   * when it may be chosen. Name parts shorter than 3 letters are not checked (see {@code
   * Text.nameParts}).
   */
  public static List<UserCodeViolation> check(String userCode, String firstName, String lastName) {
    String code = userCode == null ? "" : userCode;
    Set<UserCodeViolation> violations = EnumSet.noneOf(UserCodeViolation.class);
    int length = code.codePointCount(0, code.length());
    if (length < MIN_LENGTH) {
      violations.add(UserCodeViolation.TOO_SHORT);
    }
    if (length > MAX_LENGTH) {
      violations.add(UserCodeViolation.TOO_LONG);
    }
    if (!ALLOWED.matcher(code).matches()) {
      violations.add(UserCodeViolation.INVALID_CHARACTERS);
    }
    if (Text.containsName(code, firstName, lastName)) {
      violations.add(UserCodeViolation.CONTAINS_NAME);
    }
    return List.copyOf(violations);
  }
}
