package ca.qc.portail.notification;

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
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The mail outbox (R-J6). A change enqueues its e-mails in its own transaction, so they exist
 * exactly when the change does; the {@link MailDispatcher} claims and sends them. Claims are
 * conditional updates, so two cluster members never send the same row, and a claim left by a member
 * that died expires.
 */
@Stateless
@PermitAll
public class Outbox {

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "mail.maxAttempts", defaultValue = "10")
  int maxAttempts;

  @Inject
  @ConfigProperty(name = "mail.retry.baseSeconds", defaultValue = "60")
  long retryBaseSeconds;

  /** Adds an e-mail to the outbox, in the caller's transaction. */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void enqueue(Email email) {
    em.persist(new OutboxEmail(email, clock.instant()));
  }

  /** Claims up to {@code max} due e-mails for {@code lease}; returns them with their ids. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<Claimed> claimDue(int max, Duration lease) {
    Instant now = clock.instant();
    List<OutboxEmail> candidates =
        em.createQuery(
                "SELECT o FROM OutboxEmail o WHERE (o.state = :waiting AND o.nextAttemptAt <= :now)"
                    + " OR (o.state = :claimed AND o.claimedUntil < :now) ORDER BY o.id",
                OutboxEmail.class)
            .setParameter("waiting", OutboxState.EN_ATTENTE)
            .setParameter("claimed", OutboxState.EN_COURS)
            .setParameter("now", now)
            .setMaxResults(max)
            .getResultList();
    List<Claimed> claimed = new ArrayList<>();
    for (OutboxEmail candidate : candidates) {
      int updated =
          em.createQuery(
                  "UPDATE OutboxEmail o SET o.state = :claimed, o.claimedUntil = :until"
                      + " WHERE o.id = :id AND ((o.state = :waiting AND o.nextAttemptAt <= :now)"
                      + " OR (o.state = :claimed AND o.claimedUntil < :now))")
              .setParameter("claimed", OutboxState.EN_COURS)
              .setParameter("waiting", OutboxState.EN_ATTENTE)
              .setParameter("until", now.plus(lease))
              .setParameter("now", now)
              .setParameter("id", candidate.getId())
              .executeUpdate();
      if (updated == 1) {
        claimed.add(new Claimed(candidate.getId(), candidate.toEmail()));
      }
    }
    return claimed;
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void markSent(long id) {
    em.createQuery(
            "UPDATE OutboxEmail o SET o.state = :sent, o.sentAt = :now, o.claimedUntil = NULL,"
                + " o.attempts = o.attempts + 1, o.lastError = NULL WHERE o.id = :id")
        .setParameter("sent", OutboxState.ENVOYE)
        .setParameter("now", clock.instant())
        .setParameter("id", id)
        .executeUpdate();
  }

  /**
   * Records a failed attempt: the e-mail waits for its next attempt (exponential backoff from
   * {@code mail.retry.baseSeconds}, at most an hour), or fails for good after {@code
   * mail.maxAttempts}.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void markFailed(long id, String error) {
    OutboxEmail email = em.find(OutboxEmail.class, id);
    if (email == null) {
      return;
    }
    int attempts = email.getAttempts() + 1;
    boolean givingUp = attempts >= maxAttempts;
    em.createQuery(
            "UPDATE OutboxEmail o SET o.state = :state, o.attempts = :attempts, o.claimedUntil = NULL,"
                + " o.nextAttemptAt = :next, o.lastError = :error WHERE o.id = :id")
        .setParameter("state", givingUp ? OutboxState.ECHEC : OutboxState.EN_ATTENTE)
        .setParameter("attempts", attempts)
        .setParameter("next", clock.instant().plus(backoff(attempts, retryBaseSeconds)))
        .setParameter(
            "error", error == null ? null : error.substring(0, Math.min(error.length(), 1000)))
        .setParameter("id", id)
        .executeUpdate();
  }

  /** The wait before the attempt after {@code attempts} failures: base × 2^(attempts−1), ≤ 1 h. */
  static Duration backoff(int attempts, long baseSeconds) {
    long seconds = baseSeconds << Math.min(Math.max(attempts - 1, 0), 20);
    return Duration.ofSeconds(Math.min(seconds, 3600));
  }

  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<OutboxEmail> latest(int max) {
    return em.createQuery("SELECT o FROM OutboxEmail o ORDER BY o.id DESC", OutboxEmail.class)
        .setMaxResults(max)
        .getResultList();
  }

  /** The e-mails in a state, oldest first (operations console, R-J6). */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<OutboxEmail> inState(OutboxState state, int max) {
    return em.createQuery(
            "SELECT o FROM OutboxEmail o WHERE o.state = :state ORDER BY o.id", OutboxEmail.class)
        .setParameter("state", state)
        .setMaxResults(max)
        .getResultList();
  }

  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public long count(OutboxState state) {
    return em.createQuery("SELECT COUNT(o) FROM OutboxEmail o WHERE o.state = :state", Long.class)
        .setParameter("state", state)
        .getSingleResult();
  }

  /**
   * Puts a failed e-mail back in the outbox for a new series of attempts (operations console,
   * R-J6); returns false when it is not failed (any more).
   */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public boolean retry(long id) {
    return em.createQuery(
                "UPDATE OutboxEmail o SET o.state = :waiting, o.attempts = 0, o.nextAttemptAt = :now"
                    + " WHERE o.id = :id AND o.state = :failed")
            .setParameter("waiting", OutboxState.EN_ATTENTE)
            .setParameter("now", clock.instant())
            .setParameter("id", id)
            .setParameter("failed", OutboxState.ECHEC)
            .executeUpdate()
        == 1;
  }

  /** An e-mail claimed by one dispatcher. */
  public record Claimed(long id, Email email) {}
}
