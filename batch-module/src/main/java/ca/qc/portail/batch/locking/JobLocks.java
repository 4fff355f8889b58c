package ca.qc.portail.batch.locking;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The single-runner lock of scheduled jobs, shared by every instance through the {@code job_lock}
 * table: one row per job, taken by one conditional UPDATE (PostgreSQL serialises concurrent UPDATEs
 * of a row and re-checks the condition, so exactly one of two simultaneous starts gets it). The
 * holder renews its lease after each chunk; a crashed holder's lease runs out.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JobLocks {

  /** This JVM, as shown on the console ("pid@host"). */
  public static final String INSTANCE = ManagementFactory.getRuntimeMXBean().getName();

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "jobs.lock.leaseMinutes", defaultValue = "10")
  long leaseMinutes;

  /** Takes the job's lock for the execution; false when another live execution holds it. */
  public boolean acquire(String job, long executionId) {
    return acquire(job, executionId, null);
  }

  /**
   * Takes the job's lock for the execution; false when another live execution holds it or, for a
   * scheduled run ({@code slot}: the minute its schedule fired for), when another execution already
   * took the lock for that minute or a later one. Every instance's timer fires at the same minute:
   * the first to get here does the work, and the others end BUSY even when that one has already
   * finished (issue 14: each scheduled job runs exactly once).
   */
  public boolean acquire(String job, long executionId, Instant slot) {
    Instant now = clock.instant();
    int rows =
        em.createNativeQuery(
                "UPDATE job_lock SET execution_id = ?1, holder = ?2, acquired_at = ?3,"
                    + " expires_at = ?4"
                    + (slot == null ? "" : ", last_scheduled_for = ?6")
                    + " WHERE job_name = ?5 AND (execution_id IS NULL"
                    + " OR execution_id = ?1 OR expires_at < ?3)"
                    + (slot == null
                        ? ""
                        : " AND (last_scheduled_for IS NULL OR last_scheduled_for < ?6)"))
            .setParameter(1, executionId)
            .setParameter(2, INSTANCE)
            .setParameter(3, utc(now))
            .setParameter(4, utc(now.plus(lease())))
            .setParameter(5, job)
            .setParameter(6, slot == null ? utc(now) : utc(slot))
            .executeUpdate();
    if (rows == 0 && held(job).isEmpty()) {
      // A job with no row yet (added after the migration): create it, then try once more.
      em.createNativeQuery("INSERT INTO job_lock (job_name) VALUES (?1)")
          .setParameter(1, job)
          .executeUpdate();
      return acquire(job, executionId, slot);
    }
    return rows == 1;
  }

  /** Extends the lease while the execution still holds the lock. */
  public void renew(String job, long executionId) {
    em.createNativeQuery(
            "UPDATE job_lock SET expires_at = ?1 WHERE job_name = ?2 AND execution_id = ?3")
        .setParameter(1, utc(clock.instant().plus(lease())))
        .setParameter(2, job)
        .setParameter(3, executionId)
        .executeUpdate();
  }

  /** Frees the lock if the execution holds it. */
  public void release(String job, long executionId) {
    em.createNativeQuery(
            "UPDATE job_lock SET execution_id = NULL, holder = NULL, acquired_at = NULL,"
                + " expires_at = NULL WHERE job_name = ?1 AND execution_id = ?2")
        .setParameter(1, job)
        .setParameter(2, executionId)
        .executeUpdate();
  }

  /** Who holds the job's lock, if its row exists (the lease may have run out). */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<Lock> held(String job) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT job_name, execution_id, holder, expires_at FROM job_lock WHERE job_name = ?1")
            .setParameter(1, job)
            .getResultList();
    return rows.stream()
        .findFirst()
        .map(
            r ->
                new Lock(
                    (String) r[0],
                    r[1] == null ? null : ((Number) r[1]).longValue(),
                    (String) r[2],
                    r[3] == null ? null : instant(r[3])));
  }

  private Duration lease() {
    return Duration.ofMinutes(leaseMinutes);
  }

  private static OffsetDateTime utc(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  static Instant instant(Object value) {
    if (value instanceof java.sql.Timestamp t) {
      return t.toInstant();
    }
    if (value instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    if (value instanceof Instant i) {
      return i;
    }
    throw new IllegalStateException("Unexpected timestamp type " + value.getClass());
  }

  /**
   * A job's lock row: the holding execution (null when free) and the end of its lease.
   *
   * @param expiresAt null when free
   */
  public record Lock(String job, Long executionId, String holder, Instant expiresAt) {
    /** Held by {@code executionId} with a lease still running at {@code now}. */
    public boolean heldBy(long execution, Instant now) {
      return executionId != null
          && executionId == execution
          && expiresAt != null
          && expiresAt.isAfter(now);
    }
  }
}
