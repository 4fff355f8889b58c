package ca.qc.portail.password;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Whether a password must be changed before anything else (seed 001, 7: "elle s'authentifie à
 * l'aide d'un mot de passe temporaire ou expiré").
 */
public enum PasswordStatus {
  /** Usable as it is. */
  CURRENT,
  /** Issued by central; changed at first use (R-P4). */
  TEMPORARY,
  /** Older than {@code password.maxAgeDays} (R-P2). */
  EXPIRED;

  /**
   * The status of a password set at {@code changedAt}. With {@code maxAgeDays} 0 (the default, as
   * NIST SP 800-63B-4 asks) passwords never expire; otherwise a password is expired from the
   * instant it is {@code maxAgeDays} days old. A temporary password is {@link #TEMPORARY} whatever
   * its age.
   */
  public static PasswordStatus of(
      boolean temporary, Instant changedAt, int maxAgeDays, Clock clock) {
    if (temporary) {
      return TEMPORARY;
    }
    if (maxAgeDays > 0
        && changedAt != null
        && !clock.instant().isBefore(changedAt.plus(Duration.ofDays(maxAgeDays)))) {
      return EXPIRED;
    }
    return CURRENT;
  }

  /** Whether the person must change the password before reaching any other page. */
  public boolean mustChange() {
    return this != CURRENT;
  }
}
