package ca.qc.portail.account;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * R-D1: what a self-deactivation needs besides the password: a reason from the seed's list, and a
 * text when the reason is *Autre raison*. Changes nothing.
 */
public final class SelfDeactivationRules {

  /** Longest other reason: the account's state reason column. */
  public static final int MAX_OTHER_REASON = 300;

  private SelfDeactivationRules() {}

  /** Every unmet requirement on the reason; empty when the reason may be recorded. */
  public static List<DeactivationViolation> checkReason(
      DeactivationReason reason, String otherReason) {
    Set<DeactivationViolation> violations = EnumSet.noneOf(DeactivationViolation.class);
    if (reason == null) {
      violations.add(DeactivationViolation.REASON_MISSING);
    } else if (reason == DeactivationReason.AUTRE_RAISON) {
      String text = otherReason == null ? "" : otherReason.strip();
      if (text.isEmpty()) {
        violations.add(DeactivationViolation.OTHER_REASON_MISSING);
      } else if (text.length() > MAX_OTHER_REASON) {
        violations.add(DeactivationViolation.OTHER_REASON_TOO_LONG);
      }
    }
    return List.copyOf(violations);
  }

  /**
   * The reason the account records (and its security file shows, R-S3): the other reason's text for
   * *Autre raison*, else the reason's code (pages render it in the reader's language). Only for a
   * reason {@link #checkReason} accepted.
   */
  public static String recordedReason(DeactivationReason reason, String otherReason) {
    return reason == DeactivationReason.AUTRE_RAISON ? otherReason.strip() : reason.name();
  }

  /** Officers see only the first three characters of a user code (seed 001). */
  public static String firstThree(String userCode) {
    return userCode.length() <= 3 ? userCode : userCode.substring(0, 3);
  }
}
