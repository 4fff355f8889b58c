package ca.qc.portail.account;

/**
 * Why a self-deactivation request is refused (R-D1), with the key of its text in the web module's
 * {@code messages_*.properties}.
 */
public enum DeactivationViolation {
  WRONG_PASSWORD("deactivation.wrongPassword"),
  REASON_MISSING("deactivation.reason.required"),
  /** *Autre raison* chosen without a text. */
  OTHER_REASON_MISSING("deactivation.otherReason.required"),
  /** The other reason is longer than {@link SelfDeactivationRules#MAX_OTHER_REASON}. */
  OTHER_REASON_TOO_LONG("deactivation.otherReason.tooLong");

  private final String messageKey;

  DeactivationViolation(String messageKey) {
    this.messageKey = messageKey;
  }

  public String messageKey() {
    return messageKey;
  }
}
