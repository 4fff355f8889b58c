package ca.qc.portail.authentication;

import java.time.Duration;

/**
 * R-L3, as settings: {@code lockout.mode} TEMPORARY (2021, default: 5 failures lock the account 15
 * minutes) or DEACTIVATE (2008: 3 failures make it Inactif), {@code lockout.threshold}, {@code
 * lockout.durationMinutes}; and R-L2's {@code login.failureMail}.
 */
public record LockoutPolicy(Mode mode, int threshold, Duration duration, boolean failureMail) {

  /** What reaching the threshold does. */
  public enum Mode {
    TEMPORARY,
    DEACTIVATE
  }

  public LockoutPolicy {
    if (threshold < 1) {
      throw new IllegalArgumentException("lockout.threshold must be at least 1");
    }
    if (mode == Mode.TEMPORARY && (duration.isNegative() || duration.isZero())) {
      throw new IllegalArgumentException("lockout.durationMinutes must be positive");
    }
  }

  /** The threshold each mode has when the setting is absent: 5 (2021) or 3 (2008). */
  public static int defaultThreshold(Mode mode) {
    return mode == Mode.TEMPORARY ? 5 : 3;
  }
}
