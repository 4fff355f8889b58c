package ca.qc.portail.password;

/**
 * A criterion a new password does not meet (R-P1, R-P3), with the key of its text in the web
 * module's {@code messages_*.properties}. A few texts take one number, {@code {0}}: see {@link
 * #arguments(PasswordPolicy)}.
 */
public enum PasswordViolation {
  /** Fewer characters than the policy's minimum; {@code {0}} is that minimum. */
  TOO_SHORT("password.tooShort"),
  /** More than {@link PasswordRules#MAX_LENGTH}, which the login page would refuse; {@code {0}}. */
  TOO_LONG("password.tooLong"),
  /** A control or invisible formatting character, which the login page would refuse. */
  INVALID_CHARACTERS("password.invalidCharacters"),
  NO_LOWERCASE("password.noLowercase"),
  NO_UPPERCASE("password.noUppercase"),
  NO_DIGIT("password.noDigit"),
  NO_SPECIAL("password.noSpecial"),
  CONTAINS_USER_CODE("password.containsUserCode"),
  /** Contains the part of the e-mail address before the {@code @}. */
  CONTAINS_EMAIL("password.containsEmail"),
  /** Contains the first or last name (or one of their parts). */
  CONTAINS_NAME("password.containsName"),
  /** One of the 10,000 most common passwords. */
  COMMON("password.common"),
  /** One of the last {@link PasswordRules#HISTORY} passwords; {@code {0}} is that number. */
  REUSED("password.reused"),
  /** The confirmation differs from the new password. */
  MISMATCH("password.mismatch"),
  /**
   * Already changed today (R-P3). Not returned by {@link PasswordRules#check}: the caller reports
   * it when {@link PasswordRules#changeAllowed} refuses the change.
   */
  ONCE_A_DAY("password.onceADay");

  private final String messageKey;

  PasswordViolation(String messageKey) {
    this.messageKey = messageKey;
  }

  public String messageKey() {
    return messageKey;
  }

  /** The values for the text's {@code {0}}, if it has one, under the given policy. */
  public Object[] arguments(PasswordPolicy policy) {
    return switch (this) {
      case TOO_SHORT -> new Object[] {policy.minLength()};
      case TOO_LONG -> new Object[] {PasswordRules.MAX_LENGTH};
      case REUSED -> new Object[] {PasswordRules.HISTORY};
      default -> new Object[0];
    };
  }
}
