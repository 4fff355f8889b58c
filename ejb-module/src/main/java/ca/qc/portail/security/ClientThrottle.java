package ca.qc.portail.security;

import ca.qc.portail.audit.AuditAction;
import ca.qc.portail.audit.AuditLog;
import ca.qc.portail.audit.AuditOutcome;
import ca.qc.portail.audit.AuditRecord;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Throttling per client address (finding #12 of issue 12). Within a sliding window of {@code
 * throttle.windowMinutes}, one address may fail {@code throttle.loginFailuresPerAddress} passwords
 * across any accounts and type {@code throttle.codeFailuresPerAddress} wrong security codes; beyond
 * that its logins and codes are refused before any hash is computed or any e-mail is written. And a
 * visitor without a session may make the portal write at most {@code throttle.refusalsPerAddress}
 * audit records of refusals: the next one says the ceiling is reached, later ones are dropped until
 * the window moves on.
 *
 * <p>The counts are rows of {@code client_attempt}, in the caller's transaction: every cluster
 * member reads and writes the same ones. Two simultaneous requests may both read a count just under
 * a ceiling, so an address can overshoot it by the number of its requests in flight at that moment
 * (a handful), never more. The address is the one {@link Callers} knows (behind trusted proxies,
 * the client's, see the web tier's {@code TRUSTED_PROXIES}); calls without one (the system, jobs)
 * are never throttled.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ClientThrottle {

  /** What is counted against an address. */
  public enum Kind {
    /** A failed password step (wrong password, unknown login, unusable account, refused input). */
    LOGIN,
    /** A wrong security code (the e-mailed one or another second factor). */
    CODE,
    /** An audit record of a refusal written for a visitor without a session. */
    REFUSAL
  }

  /** One sweep of expired rows every this many recorded events, on average. */
  private static final int SWEEP_EVERY = 200;

  @PersistenceContext private EntityManager em;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "throttle.windowMinutes", defaultValue = "15")
  long windowMinutes;

  @Inject
  @ConfigProperty(name = "throttle.loginFailuresPerAddress", defaultValue = "20")
  int loginFailures;

  @Inject
  @ConfigProperty(name = "throttle.codeFailuresPerAddress", defaultValue = "20")
  int codeFailures;

  @Inject
  @ConfigProperty(name = "throttle.refusalsPerAddress", defaultValue = "30")
  int refusals;

  /**
   * Whether {@code address} has used up its allowance of {@code kind} in the window: its next
   * attempt is to be refused before any work. One indexed read of at most the ceiling's rows.
   */
  public boolean exhausted(Kind kind, String address) {
    return address != null && recent(kind, address, ceiling(kind)) >= ceiling(kind);
  }

  /**
   * Counts one failure of {@code kind} from {@code address}. The failure that uses up the allowance
   * writes one audit record saying the address is now refused for the rest of the window.
   */
  public void failed(Kind kind, String address) {
    if (address == null) {
      return;
    }
    int ceiling = ceiling(kind);
    long before = recent(kind, address, ceiling);
    if (before >= ceiling) {
      return;
    }
    record(kind, address);
    if (before + 1 == ceiling) {
      audit.write(
          AuditRecord.of(AuditAction.ADDRESS_THROTTLED, AuditOutcome.REFUSED)
              .from(address)
              .detail(
                  kind == Kind.LOGIN ? "LOGINS_THROTTLED" : "CODES_THROTTLED",
                  ceiling,
                  windowMinutes));
    }
  }

  /**
   * Writes {@code record}, the refusal of something {@code address} asked for without a session,
   * unless that address has reached its ceiling of such records in the window: the record past the
   * ceiling is replaced by one saying so, and later ones are dropped. Without an address (the
   * system) the record is always written.
   */
  public void auditRefusal(String address, AuditRecord record) {
    if (address == null) {
      audit.write(record);
      return;
    }
    long before = recent(Kind.REFUSAL, address, refusals + 1);
    if (before > refusals) {
      return;
    }
    record(Kind.REFUSAL, address);
    if (before < refusals) {
      audit.write(record);
      return;
    }
    audit.write(
        AuditRecord.of(AuditAction.ADDRESS_THROTTLED, AuditOutcome.REFUSED)
            .from(address)
            .detail("REFUSALS_THROTTLED", refusals, windowMinutes));
  }

  /** The window of every count, for the pages that say how long to wait. */
  public Duration window() {
    return Duration.ofMinutes(windowMinutes);
  }

  private int ceiling(Kind kind) {
    return switch (kind) {
      case LOGIN -> loginFailures;
      case CODE -> codeFailures;
      case REFUSAL -> refusals;
    };
  }

  /** The address's events of that kind within the window, counted up to {@code max}. */
  private long recent(Kind kind, String address, int max) {
    return em.createQuery(
            "SELECT a.id FROM ClientAttempt a WHERE a.address = :address AND a.kind = :kind"
                + " AND a.attemptedAt > :since",
            Long.class)
        .setParameter("address", address)
        .setParameter("kind", kind)
        .setParameter("since", clock.instant().minus(window()))
        .setMaxResults(max)
        .getResultList()
        .size();
  }

  private void record(Kind kind, String address) {
    Instant now = clock.instant();
    em.persist(new ClientAttempt(kind, address, now));
    if (ThreadLocalRandom.current().nextInt(SWEEP_EVERY) == 0) {
      em.createQuery("DELETE FROM ClientAttempt a WHERE a.attemptedAt <= :before")
          .setParameter("before", now.minus(window()))
          .executeUpdate();
    }
  }
}
