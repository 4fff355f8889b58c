package ca.qc.portail.exchange;

import ca.qc.portail.audit.AuditAction;
import ca.qc.portail.audit.AuditLog;
import ca.qc.portail.audit.AuditOutcome;
import ca.qc.portail.security.Caller;
import ca.qc.portail.security.Callers;
import ca.qc.portail.security.Requires;
import ca.qc.portail.security.Standing;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The exchange's expiry (R-E5, R-J5, R-E9), what the expiry job runs: each document past its expiry
 * or withdrawn loses its content and its data key — without the key, no copy of the content could
 * be read again — while its record and audit trail stay; an upload left unfinished for more than
 * {@code documents.abandonedHours} (24) is abandoned, and the parts of abandoned, cancelled and
 * refused uploads are deleted. Each item is done in a transaction of its own, files first, so a run
 * stopped anywhere is finished by the next one, and a second run finds nothing to do.
 */
@Stateless
@TransactionManagement(TransactionManagementType.BEAN)
@Requires(
    value = {Standing.SYSTEM, Standing.OPERATOR},
    operation = "Expiration des documents échangés")
public class ExchangeExpiry {

  @PersistenceContext private EntityManager em;
  @Resource private UserTransaction tx;
  @Inject private Callers callers;
  @Inject private AuditLog audit;
  @Inject private Clock clock;
  @Inject private DocumentStore store;

  @Inject
  @ConfigProperty(name = "documents.abandonedHours", defaultValue = "24")
  long abandonedHours;

  @Inject
  @ConfigProperty(name = "documents.claimStaleSeconds", defaultValue = "300")
  long claimStaleSeconds;

  /**
   * Deletes what is due now, all at once; returns how many documents and uploads it deleted. The
   * expiry job does the same in chunks ({@link #dueDocuments}, {@link #deleteContent}, {@link
   * #abandonUploads}, {@link #endedUploads}, {@link #deleteParts}), with a checkpoint after each.
   */
  public PurgeResult purge() {
    int documents = 0;
    for (Long id : dueDocuments(0, Integer.MAX_VALUE)) {
      if (deleteContent(id, null)) {
        documents++;
      }
    }
    abandonUploads();
    int uploads = 0;
    for (Long id : endedUploads(0, Integer.MAX_VALUE)) {
      if (deleteParts(id, null)) {
        uploads++;
      }
    }
    return new PurgeResult(documents, uploads);
  }

  /**
   * Up to {@code max} documents, after {@code afterId} in identifier order, withdrawn or past their
   * expiry now and still holding their content.
   */
  public List<Long> dueDocuments(long afterId, int max) {
    return em.createQuery(
            "SELECT d.id FROM ExchangeDocument d WHERE d.contentDeletedAt IS NULL"
                + " AND (d.withdrawnAt IS NOT NULL OR d.expiresAt <= :now) AND d.id > :after"
                + " ORDER BY d.id",
            Long.class)
        .setParameter("now", clock.instant())
        .setParameter("after", afterId)
        .setMaxResults(max)
        .getResultList();
  }

  /**
   * Deletes the document's content and data key, keeps its record, and audits it ({@code
   * jobReference}, e.g. the job's execution, is added to the record when given); false when an
   * earlier run already did, so a restart or a second run never does it twice.
   */
  public boolean deleteContent(long documentId, String jobReference) {
    return deleteContent(callers.current(), documentId, jobReference);
  }

  /**
   * Marks abandoned the open uploads untouched for {@code documents.abandonedHours} and not being
   * appended to; returns how many.
   */
  public int abandonUploads() {
    return abandon(clock.instant());
  }

  /**
   * Up to {@code max} ended uploads (cancelled, refused, abandoned) after {@code afterId} whose
   * parts are still stored.
   */
  public List<Long> endedUploads(long afterId, int max) {
    return em.createQuery(
            "SELECT u.id FROM Upload u WHERE u.partsDeletedAt IS NULL AND u.state IN :ended"
                + " AND u.id > :after ORDER BY u.id",
            Long.class)
        .setParameter(
            "ended", List.of(UploadState.ANNULE, UploadState.REFUSE, UploadState.ABANDONNE))
        .setParameter("after", afterId)
        .setMaxResults(max)
        .getResultList();
  }

  /**
   * Deletes an ended upload's parts and data key and audits it; false when an earlier run already
   * did.
   */
  public boolean deleteParts(long uploadId, String jobReference) {
    return deleteParts(callers.current(), uploadId, jobReference);
  }

  private static String reference(String jobReference) {
    return jobReference == null ? "@execution.none" : jobReference;
  }

  private boolean deleteContent(Caller caller, long documentId, String jobReference) {
    ExchangeDocument document = em.find(ExchangeDocument.class, documentId);
    if (document == null || document.getContentDeletedAt() != null) {
      return false;
    }
    store.delete(document.getUploadId());
    return Transactions.run(
        tx,
        () -> {
          Instant now = clock.instant();
          ExchangeDocument locked = em.find(ExchangeDocument.class, documentId);
          em.refresh(locked, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
          if (locked.getContentDeletedAt() != null) {
            return false;
          }
          boolean expired = locked.getWithdrawnAt() == null;
          locked.contentDeleted(now, expired);
          em.createQuery("DELETE FROM DataKey k WHERE k.uploadId = :upload")
              .setParameter("upload", locked.getUploadId())
              .executeUpdate();
          em.createQuery("UPDATE Upload u SET u.partsDeletedAt = :now WHERE u.id = :upload")
              .setParameter("now", now)
              .setParameter("upload", locked.getUploadId())
              .executeUpdate();
          Project project = em.find(Project.class, locked.getProjectId());
          audit.write(
              caller
                  .record(AuditAction.DOCUMENT_CONTENT_DELETED, AuditOutcome.SUCCESS)
                  .on(null, project.getPartner().getId())
                  .detail(
                      expired ? "EXPIRED_CONTENT_DELETED" : "WITHDRAWN_CONTENT_DELETED",
                      project.label(),
                      locked.getFileName(),
                      documentId,
                      reference(jobReference)));
          return true;
        });
  }

  /** Open uploads not touched for a day, and not being appended to, are abandoned. */
  private int abandon(Instant now) {
    return Transactions.run(
        tx,
        () ->
            em.createQuery(
                    "UPDATE Upload u SET u.state = :abandoned, u.claimToken = NULL,"
                        + " u.claimedAt = NULL WHERE u.state = :open AND u.updatedAt < :before"
                        + " AND (u.claimToken IS NULL OR u.claimedAt < :stale)")
                .setParameter("abandoned", UploadState.ABANDONNE)
                .setParameter("open", UploadState.OUVERT)
                .setParameter("before", now.minus(Duration.ofHours(abandonedHours)))
                .setParameter("stale", now.minus(Duration.ofSeconds(claimStaleSeconds)))
                .executeUpdate());
  }

  private boolean deleteParts(Caller caller, long uploadId, String jobReference) {
    store.delete(uploadId);
    return Transactions.run(
        tx,
        () -> {
          Instant now = clock.instant();
          int marked =
              em.createQuery(
                      "UPDATE Upload u SET u.partsDeletedAt = :now"
                          + " WHERE u.id = :id AND u.partsDeletedAt IS NULL")
                  .setParameter("now", now)
                  .setParameter("id", uploadId)
                  .executeUpdate();
          if (marked != 1) {
            return false;
          }
          em.createQuery("DELETE FROM DataKey k WHERE k.uploadId = :upload")
              .setParameter("upload", uploadId)
              .executeUpdate();
          Upload upload = em.find(Upload.class, uploadId);
          Project project = em.find(Project.class, upload.getProjectId());
          audit.write(
              caller
                  .record(AuditAction.UPLOAD_PARTS_DELETED, AuditOutcome.SUCCESS)
                  .on(upload.getOwnerId(), project.getPartner().getId())
                  .detail(
                      "UPLOAD_PARTS_DELETED",
                      project.label(),
                      upload.getFileName(),
                      uploadId,
                      reference(jobReference)));
          return true;
        });
  }
}
