package ca.qc.portail.registration;

/**
 * Why central's action on a registration code (R-C3) was refused, with the key of its text in the
 * web bundles.
 */
public enum CodeRefusal {
  /** The partial SIN given does not match the person's (R-A5: checked before an extension). */
  SIN_MISMATCH("codes.refused.sin"),
  /** R-A5: a code is extended once only. */
  ALREADY_EXTENDED("codes.refused.alreadyExtended"),
  /** A suspended code is first lifted, then extended if need be. */
  SUSPENDED("codes.refused.suspended"),
  /** Lifting a suspension of a code that is not suspended. */
  NOT_SUSPENDED("codes.refused.notSuspended"),
  /** The person already registered with it. */
  USED("codes.refused.used");

  private final String messageKey;

  CodeRefusal(String messageKey) {
    this.messageKey = messageKey;
  }

  public String messageKey() {
    return messageKey;
  }
}
