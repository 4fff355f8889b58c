package ca.qc.portail.account;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The columns of an account that the scheduled rules (R-J1, R-J2) read, as locked by {@link
 * Accounts#lockStates}.
 */
public record StateRow(
    long id,
    Long partnerId,
    AccountState state,
    LocalDate expiryDate,
    Instant lastAccessAt,
    Instant createdAt) {

  /** A row of {@code id, partner_id, state, expiry_date, last_access_at, created_at}. */
  static StateRow of(Object[] row) {
    return new StateRow(
        ((Number) row[0]).longValue(),
        row[1] == null ? null : ((Number) row[1]).longValue(),
        AccountState.valueOf((String) row[2]),
        date(row[3]),
        instant(row[4]),
        instant(row[5]));
  }

  /** PostgreSQL's driver gives java.sql types, H2's java.time ones. */
  private static LocalDate date(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof LocalDate date) {
      return date;
    }
    return ((java.sql.Date) value).toLocalDate();
  }

  private static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Instant instant) {
      return instant;
    }
    if (value instanceof OffsetDateTime offset) {
      return offset.toInstant();
    }
    return ((java.sql.Timestamp) value).toInstant();
  }
}
