package ca.qc.portail.exchange;

import jakarta.persistence.EntityManager;
import java.time.Instant;

/**
 * R-E6: what the counters count, for the tabs and for the quotas alike. A member's uploads are the
 * documents they deposited in the project that are still there (not withdrawn, not expired); their
 * downloads are the documents still there that they downloaded completely.
 */
final class Counters {
  private Counters() {}

  /** The condition of a document that recipients may still see, on alias {@code d}. */
  static final String ACTIVE =
      " d.withdrawnAt IS NULL AND d.contentDeletedAt IS NULL AND d.expiresAt > :now ";

  static int uploads(EntityManager em, long projectId, long accountId, Instant now) {
    return em.createQuery(
            "SELECT COUNT(d) FROM ExchangeDocument d WHERE d.projectId = :project"
                + " AND d.depositorId = :account AND"
                + ACTIVE,
            Long.class)
        .setParameter("project", projectId)
        .setParameter("account", accountId)
        .setParameter("now", now)
        .getSingleResult()
        .intValue();
  }

  /** Uploads started and not finished yet: they count against the quota when another starts. */
  static int openUploads(EntityManager em, long projectId, long accountId) {
    return em.createQuery(
            "SELECT COUNT(u) FROM Upload u WHERE u.projectId = :project AND u.ownerId = :account"
                + " AND u.state = :open",
            Long.class)
        .setParameter("project", projectId)
        .setParameter("account", accountId)
        .setParameter("open", UploadState.OUVERT)
        .getSingleResult()
        .intValue();
  }

  static int downloads(EntityManager em, long projectId, long accountId, Instant now) {
    return em.createQuery(
            "SELECT COUNT(r) FROM Recipient r, ExchangeDocument d WHERE d.id = r.documentId"
                + " AND d.projectId = :project AND r.accountId = :account"
                + " AND r.completedAt IS NOT NULL AND"
                + ACTIVE,
            Long.class)
        .setParameter("project", projectId)
        .setParameter("account", accountId)
        .setParameter("now", now)
        .getSingleResult()
        .intValue();
  }
}
