package ca.qc.portail.batch;

import ca.qc.portail.account.InternalRole;
import ca.qc.portail.account.UserAccount;
import ca.qc.portail.audit.AuditAction;
import ca.qc.portail.audit.AuditEvent;
import ca.qc.portail.notification.OutboxEmail;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Test-only changes and reads the job tests need beyond {@code Fixtures}. */
@Stateless
public class JobTestData {

  @PersistenceContext private EntityManager em;

  /** Sets when the account was created and last used (null: never used). */
  public void usage(long accountId, Instant createdAt, Instant lastAccessAt) {
    em.createNativeQuery(
            "UPDATE user_account SET created_at = ?1, last_access_at = NULL WHERE id = ?2")
        .setParameter(1, OffsetDateTime.ofInstant(createdAt, ZoneOffset.UTC))
        .setParameter(2, accountId)
        .executeUpdate();
    if (lastAccessAt != null) {
      em.createNativeQuery("UPDATE user_account SET last_access_at = ?1 WHERE id = ?2")
          .setParameter(1, OffsetDateTime.ofInstant(lastAccessAt, ZoneOffset.UTC))
          .setParameter(2, accountId)
          .executeUpdate();
    }
  }

  public void expiry(long accountId, LocalDate expiry) {
    em.createNativeQuery("UPDATE user_account SET expiry_date = ?1 WHERE id = ?2")
        .setParameter(1, expiry)
        .setParameter(2, accountId)
        .executeUpdate();
  }

  public void language(long accountId, String language) {
    em.find(UserAccount.class, accountId).setPreferredLanguage(language);
  }

  /** A registration code row for the account, valid through {@code validUntil}. */
  public long registrationCode(long accountId, LocalDate validUntil, String state) {
    long id =
        ((Number) em.createNativeQuery("SELECT nextval('registration_code_seq')").getSingleResult())
            .longValue();
    em.createNativeQuery(
            "INSERT INTO registration_code (id, account_id, code_hash, issued_at, valid_until,"
                + " state) VALUES (?1, ?2, ?3, CURRENT_TIMESTAMP, ?4, ?5)")
        .setParameter(1, id)
        .setParameter(2, accountId)
        .setParameter(3, java.util.UUID.randomUUID().toString().replace("-", ""))
        .setParameter(4, validUntil)
        .setParameter(5, state)
        .executeUpdate();
    return id;
  }

  public String registrationCodeState(long codeId) {
    return (String)
        em.createNativeQuery("SELECT state FROM registration_code WHERE id = ?1")
            .setParameter(1, codeId)
            .getSingleResult();
  }

  /** The outbox e-mails whose recipients include the address. */
  public List<OutboxEmail> mailTo(String address) {
    return em.createQuery(
            "SELECT o FROM OutboxEmail o WHERE o.recipients LIKE :to ORDER BY o.id",
            OutboxEmail.class)
        .setParameter("to", "%" + address + "%")
        .getResultList();
  }

  public String text(long emailId) {
    return em.find(OutboxEmail.class, emailId).toEmail().text();
  }

  public long auditCount(AuditAction action, Long partnerId) {
    return em.createQuery(
            "SELECT COUNT(e) FROM AuditEvent e WHERE e.action = :action AND e.partnerId = :partner",
            Long.class)
        .setParameter("action", action)
        .setParameter("partner", partnerId)
        .getSingleResult();
  }

  /** Pretends the execution's instance died while running it: STARTED, and its lease run out. */
  public void crash(long executionId, String job) {
    em.createNativeQuery(
            "UPDATE jbatchexecutioninstancedata SET batchstatus = 'STARTED', exitstatus = NULL,"
                + " endtime = NULL, starttime = starttime - INTERVAL '1 hour' WHERE jobexecid = ?1")
        .setParameter(1, executionId)
        .executeUpdate();
    em.createNativeQuery(
            "UPDATE job_lock SET execution_id = ?1, holder = 'crashed',"
                + " expires_at = CURRENT_TIMESTAMP - INTERVAL '1 minute' WHERE job_name = ?2")
        .setParameter(1, executionId)
        .setParameter(2, job)
        .executeUpdate();
  }

  public String partnerName(long partnerId) {
    return em.find(ca.qc.portail.partner.Partner.class, partnerId).getName();
  }

  public String lastDetail(AuditAction action, long partnerId) {
    return em.createQuery(
            "SELECT e.detail FROM AuditEvent e WHERE e.action = :action AND e.partnerId = :partner"
                + " ORDER BY e.id DESC",
            String.class)
        .setParameter("action", action)
        .setParameter("partner", partnerId)
        .setMaxResults(1)
        .getSingleResult();
  }

  public String lastDetail(AuditAction action) {
    return em.createQuery(
            "SELECT e.detail FROM AuditEvent e WHERE e.action = :action ORDER BY e.id DESC",
            String.class)
        .setParameter("action", action)
        .setMaxResults(1)
        .getSingleResult();
  }

  /** The refusals ({@code ACCESS_REFUSED}) recorded with {@code actor} as author, oldest first. */
  public List<AuditEvent> refusalsBy(String actor) {
    return em.createQuery(
            "SELECT e FROM AuditEvent e WHERE e.action = :action AND e.actor = :actor ORDER BY e.id",
            AuditEvent.class)
        .setParameter("action", AuditAction.ACCESS_REFUSED)
        .setParameter("actor", actor)
        .getResultList();
  }

  /** Gives the account an internal role (an operator, a central agent). */
  public void grant(long accountId, InternalRole role) {
    em.find(UserAccount.class, accountId).grant(role);
  }

  /** The records of what the account did (it is their author), oldest first. */
  public List<AuditEvent> actionsBy(long accountId) {
    return em.createQuery(
            "SELECT e FROM AuditEvent e WHERE e.actorAccountId = :id ORDER BY e.id",
            AuditEvent.class)
        .setParameter("id", accountId)
        .getResultList();
  }
}
