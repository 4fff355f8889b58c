package ca.qc.portail.password;

import java.util.Locale;

/**
 * What a new password must have (R-P1): a minimum length and the character classes required. The
 * deployment chooses one of the named presets with the setting {@code password.policy} (see {@link
 * PasswordPolicySetting}); the checks that do not depend on the policy (name, e-mail, user code,
 * common passwords, history, confirmation) always apply.
 *
 * @param minLength fewest characters (Unicode code points)
 * @param lowercase at least one lowercase letter
 * @param uppercase at least one uppercase letter
 * @param digit at least one digit
 * @param special at least one character that is neither a letter nor a digit
 */
public record PasswordPolicy(
    int minLength, boolean lowercase, boolean uppercase, boolean digit, boolean special) {

  /** 2021 guide (seed 002): "huit caractères minimum", special, lowercase, uppercase, digit. */
  public static final PasswordPolicy V2021 = new PasswordPolicy(8, true, true, true, true);

  /**
   * 2008 guide (seed 001): "minimum de 10 caractères, dont au moins une majuscule, une minuscule et
   * un chiffre".
   */
  public static final PasswordPolicy V2008 = new PasswordPolicy(10, true, true, true, false);

  /**
   * NIST SP 800-63B-4 (issue 12, finding 15): 15 characters or more and no composition rule, so a
   * passphrase of plain words ("correct horse battery staple zebra lamp") is accepted; the checks
   * every policy keeps (names, e-mail, user code, common passwords, history) still apply.
   */
  public static final PasswordPolicy NIST = new PasswordPolicy(15, false, false, false, false);

  public PasswordPolicy {
    if (minLength < 1 || minLength > PasswordRules.MAX_LENGTH) {
      throw new IllegalArgumentException(
          "minimum length must be between 1 and " + PasswordRules.MAX_LENGTH);
    }
  }

  /** Whether the policy requires any character class (the 2021 and 2008 presets do). */
  public boolean hasCompositionRule() {
    return lowercase || uppercase || digit || special;
  }

  /**
   * The preset named by the setting {@code password.policy}: {@code 2021}, {@code 2008} or {@code
   * NIST} (any case). Any other value is refused, so that a mistyped setting stops the deployment
   * instead of silently applying another policy than the one intended.
   */
  public static PasswordPolicy named(String setting) {
    String name = setting == null ? "" : setting.strip().toUpperCase(Locale.ROOT);
    return switch (name) {
      case "2021" -> V2021;
      case "2008" -> V2008;
      case "NIST" -> NIST;
      default ->
          throw new IllegalArgumentException(
              "password.policy must be 2021, 2008 or NIST, not '" + setting + "'");
    };
  }
}
