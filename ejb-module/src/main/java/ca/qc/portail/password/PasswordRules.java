package ca.qc.portail.password;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The rules a new password must meet (R-P1) and when it may be changed (R-P3). {@link #check} names
 * every unmet criterion at once, so the page can list them all; it changes nothing.
 */
public final class PasswordRules {

  /** Longest password, also the most the login page accepts. */
  public static final int MAX_LENGTH = 256;

  /** How many of the latest passwords may not be chosen again. */
  public static final int HISTORY = 5;

  private final PasswordPolicy policy;
  private final CommonPasswords common;

  public PasswordRules(PasswordPolicy policy, CommonPasswords common) {
    this.policy = Objects.requireNonNull(policy);
    this.common = Objects.requireNonNull(common);
  }

  public PasswordPolicy policy() {
    return policy;
  }

  /**
   * Every criterion the candidate does not meet, in the order of {@link PasswordViolation}; empty
   * when it may be chosen.
   *
   * <p>Character classes follow Unicode: an accented letter is a lowercase or uppercase letter, and
   * a special character is anything that is neither a letter nor a digit, space included. The
   * length is counted in characters as a person sees them (code points). Containment checks ignore
   * accents and case (see {@code Text.fold}); name parts shorter than 3 letters are not checked,
   * nor are particles such as "des" or "van". The e-mail check uses the part before the {@code @}.
   *
   * @param candidate the new password
   * @param confirmation the new password typed a second time
   * @param person who chooses it
   * @param previousHashes the account's stored password hashes, most recent first, the current
   *     password included; only the first {@link #HISTORY} are compared, so older passwords may be
   *     used again
   * @param hasher verifies the candidate against each stored hash
   */
  public List<PasswordViolation> check(
      String candidate,
      String confirmation,
      PersonContext person,
      List<String> previousHashes,
      PasswordHasher hasher) {
    String password = candidate == null ? "" : candidate;
    Set<PasswordViolation> violations = EnumSet.noneOf(PasswordViolation.class);

    if (password.codePointCount(0, password.length()) < policy.minLength()) {
      violations.add(PasswordViolation.TOO_SHORT);
    }
    // In UTF-16 units, as the login page counts, so that every accepted password can sign in.
    if (password.length() > MAX_LENGTH) {
      violations.add(PasswordViolation.TOO_LONG);
    }
    if (password.codePoints().anyMatch(PasswordRules::isControl)) {
      violations.add(PasswordViolation.INVALID_CHARACTERS);
    }
    if (policy.lowercase() && password.codePoints().noneMatch(Character::isLowerCase)) {
      violations.add(PasswordViolation.NO_LOWERCASE);
    }
    if (policy.uppercase() && password.codePoints().noneMatch(Character::isUpperCase)) {
      violations.add(PasswordViolation.NO_UPPERCASE);
    }
    if (policy.digit() && password.codePoints().noneMatch(Character::isDigit)) {
      violations.add(PasswordViolation.NO_DIGIT);
    }
    if (policy.special() && password.codePoints().allMatch(Character::isLetterOrDigit)) {
      violations.add(PasswordViolation.NO_SPECIAL);
    }

    PersonContext who = person == null ? new PersonContext(null, null, null, null) : person;
    String folded = Text.fold(password);
    if (containsFolded(folded, who.userCode())) {
      violations.add(PasswordViolation.CONTAINS_USER_CODE);
    }
    if (containsFolded(folded, localPart(who.email()))) {
      violations.add(PasswordViolation.CONTAINS_EMAIL);
    }
    if (Text.containsName(password, who.firstName(), who.lastName())) {
      violations.add(PasswordViolation.CONTAINS_NAME);
    }
    if (common.contains(password)) {
      violations.add(PasswordViolation.COMMON);
    }
    if (reused(password, previousHashes, hasher)) {
      violations.add(PasswordViolation.REUSED);
    }
    if (!password.equals(confirmation)) {
      violations.add(PasswordViolation.MISMATCH);
    }
    return List.copyOf(violations);
  }

  /**
   * Whether the password may be changed now (R-P3, seed 001: "Il est impossible de modifier son mot
   * de passe plus d'une fois par jour"). A day is a calendar day in the clock's zone, not 24 hours:
   * the change is refused while today's date is the date of the last change (or earlier, should the
   * last change lie in the future of a lagging clock), and allowed from midnight on. A password
   * that is temporary, expired or was set by a reset may always be changed, as may one never
   * changed ({@code lastChange} null).
   */
  public static boolean changeAllowed(
      Instant lastChange, boolean temporaryOrExpiredOrReset, Clock clock) {
    if (temporaryOrExpiredOrReset || lastChange == null) {
      return true;
    }
    LocalDate lastChangeDate = LocalDate.ofInstant(lastChange, clock.getZone());
    return LocalDate.now(clock).isAfter(lastChangeDate);
  }

  private boolean reused(String password, List<String> previousHashes, PasswordHasher hasher) {
    if (previousHashes == null || previousHashes.isEmpty()) {
      return false;
    }
    Objects.requireNonNull(hasher, "a hasher is needed to compare with previous passwords");
    return previousHashes.stream()
        .limit(HISTORY)
        .anyMatch(stored -> hasher.verify(password, stored));
  }

  /** Whether the folded password contains the folded value; values under 3 letters are ignored. */
  private static boolean containsFolded(String foldedPassword, String value) {
    String foldedValue = Text.fold(value);
    return foldedValue.length() >= Text.MIN_NAME_PART && foldedPassword.contains(foldedValue);
  }

  private static String localPart(String email) {
    if (email == null) {
      return null;
    }
    int at = email.lastIndexOf('@');
    return at < 0 ? email : email.substring(0, at);
  }

  /** The characters {@link LoginRules#acceptableInput} refuses in a password. */
  private static boolean isControl(int codePoint) {
    return Character.isISOControl(codePoint)
        || Character.getType(codePoint) == Character.FORMAT
        || Character.getType(codePoint) == Character.SURROGATE;
  }
}
