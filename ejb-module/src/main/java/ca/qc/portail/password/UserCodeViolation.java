package ca.qc.portail.password;

/**
 * A criterion a chosen user code does not meet (R-A7), with the key of its text in the web module's
 * {@code messages_*.properties}; see {@link #arguments()} for the texts' {@code {0}}.
 */
public enum UserCodeViolation {
  /** Fewer than {@link UserCodeRules#MIN_LENGTH} characters; {@code {0}} is that minimum. */
  TOO_SHORT("userCode.tooShort"),
  /** More than {@link UserCodeRules#MAX_LENGTH} characters, the stored maximum; {@code {0}}. */
  TOO_LONG("userCode.tooLong"),
  /** Anything but unaccented letters and digits (seed 001: "chiffres ou lettres sans accents"). */
  INVALID_CHARACTERS("userCode.invalidCharacters"),
  /** Contains the first or last name, accents and case ignored. */
  CONTAINS_NAME("userCode.containsName"),
  /** Already chosen by someone else, case ignored; checked by the registration service. */
  TAKEN("userCode.taken");

  private final String messageKey;

  UserCodeViolation(String messageKey) {
    this.messageKey = messageKey;
  }

  public String messageKey() {
    return messageKey;
  }

  /** The values for the text's {@code {0}}, if it has one. */
  public Object[] arguments() {
    return switch (this) {
      case TOO_SHORT -> new Object[] {UserCodeRules.MIN_LENGTH};
      case TOO_LONG -> new Object[] {UserCodeRules.MAX_LENGTH};
      default -> new Object[0];
    };
  }
}
