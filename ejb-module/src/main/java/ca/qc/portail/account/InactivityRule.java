package ca.qc.portail.account;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * R-J2: when an account becomes Inactif. An Actif account unused for more than {@link #UNUSED_DAYS}
 * days (a never-used one counted from its creation), or an Expiré account whose expiry date is more
 * than {@link #EXPIRED_WEEKS} weeks old (officers may extend it during those 12 weeks, R-S7).
 */
public final class InactivityRule {

  /** Six months of 26 weeks: on the 183rd day without use the account becomes Inactif. */
  public static final int UNUSED_DAYS = 182;

  public static final int EXPIRED_WEEKS = 12;

  /** Reason recorded for an account unused for six months (seed 002). */
  public static final String INACTIVITY_REASON = "INACTIVITY";

  /** Reason recorded for an account Expiré for more than 12 weeks. */
  public static final String EXPIRATION_REASON = "EXPIRATION";

  private InactivityRule() {}

  /** Accounts last used (or created, if never used) before this instant are unused on runDate. */
  public static Instant unusedSince(LocalDate runDate, ZoneId zone) {
    return runDate.minusDays(UNUSED_DAYS).atStartOfDay(zone).toInstant();
  }

  /** Expiré accounts whose expiry date is before this day are inactivated on runDate. */
  public static LocalDate expiredBefore(LocalDate runDate) {
    return runDate.minusWeeks(EXPIRED_WEEKS);
  }

  /** The reason the account becomes Inactif on {@code runDate}, or empty when it does not. */
  public static Optional<String> reason(
      AccountState state,
      Instant lastAccessAt,
      Instant createdAt,
      LocalDate expiryDate,
      LocalDate runDate,
      ZoneId zone) {
    if (state == AccountState.ACTIF) {
      Instant lastUse = lastAccessAt != null ? lastAccessAt : createdAt;
      return lastUse.isBefore(unusedSince(runDate, zone))
          ? Optional.of(INACTIVITY_REASON)
          : Optional.empty();
    }
    if (state == AccountState.EXPIRE && expiryDate != null) {
      return expiryDate.isBefore(expiredBefore(runDate))
          ? Optional.of(EXPIRATION_REASON)
          : Optional.empty();
    }
    return Optional.empty();
  }

  static Optional<String> reason(UserAccount account, LocalDate runDate, ZoneId zone) {
    return reason(
        account.getState(),
        account.getLastAccessAt(),
        account.getCreatedAt(),
        account.getExpiryDate(),
        runDate,
        zone);
  }
}
