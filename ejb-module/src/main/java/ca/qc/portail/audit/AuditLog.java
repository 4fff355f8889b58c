package ca.qc.portail.audit;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/**
 * Writes audit records in the caller's transaction, so a change and its record commit or roll back
 * together.
 */
@Stateless
@PermitAll
public class AuditLog {

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void write(AuditRecord r) {
    em.persist(
        new AuditEvent(
            clock.instant(),
            r.actor,
            r.actorAccountId,
            r.address,
            r.action,
            r.outcome,
            r.targetAccountId,
            r.partnerId,
            r.detail));
  }

  /** Writes the records in the caller's transaction, in order (one batch of inserts). */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void writeAll(List<AuditRecord> records) {
    records.forEach(this::write);
  }

  /**
   * Writes a record in a transaction of its own, for events that are not part of a change (a job's
   * start and end).
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void writeOnItsOwn(AuditRecord r) {
    write(r);
  }

  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<AuditEvent> latest(AuditAction action, int max) {
    return em.createQuery(
            "SELECT e FROM AuditEvent e WHERE e.action = :action ORDER BY e.id DESC",
            AuditEvent.class)
        .setParameter("action", action)
        .setMaxResults(max)
        .getResultList();
  }
}
