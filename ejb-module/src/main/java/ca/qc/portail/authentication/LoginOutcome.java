package ca.qc.portail.authentication;

/** How one login attempt ends; each refusal has its own message on the login page. */
public enum LoginOutcome {
  SUCCESS,
  /** Password accepted; the e-mailed security code must follow (R-L4). */
  SECOND_FACTOR,
  /** Unknown login, wrong password or unacceptable input: one generic message (R-L1). */
  INVALID,
  /** Expiry date reached (R-L5). */
  EXPIRED,
  /** Deactivated (R-L5). */
  INACTIVE,
  /** Temporarily locked after failed logins (R-L3). */
  LOCKED,
  /**
   * Too many failed logins from the client's address (finding #12 of issue 12): refused before the
   * password is even looked at, for the rest of the throttling window.
   */
  THROTTLED
}
