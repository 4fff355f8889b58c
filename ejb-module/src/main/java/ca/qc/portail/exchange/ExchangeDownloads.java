package ca.qc.portail.exchange;

import ca.qc.portail.account.UserAccount;
import ca.qc.portail.audit.AuditAction;
import ca.qc.portail.audit.AuditLog;
import ca.qc.portail.audit.AuditOutcome;
import ca.qc.portail.audit.Phrase;
import ca.qc.portail.exchange.DownloadRefusedException.Reason;
import ca.qc.portail.notification.MailTemplates;
import ca.qc.portail.notification.Outbox;
import ca.qc.portail.password.PasswordHasher;
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
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Downloading a document (R-E2, R-E7–R-E10): a download starts — only for the document's addressees
 * and its depositor, once the project's consent is confirmed (R-E7), and within the member's quota
 * (R-E6) — then is served by as many range requests as the network needs, each streaming only the
 * bytes it asks for. A download is complete when its last byte is sent, across range requests; in a
 * single-download project a recipient then loses access (R-E8), and of two downloads of the same
 * document by the same person racing to their last bytes only one may finish: the last {@value
 * #TAIL} bytes are sent only by the download that claimed them. Every start, completion and refusal
 * is audited; content that fails its authentication stops the download, audited (R-E9).
 */
@Stateless
@TransactionManagement(TransactionManagementType.BEAN)
@Requires(value = Standing.SIGNED_IN, operation = "Télécharger un document")
public class ExchangeDownloads {

  private static final String OPERATION = "Télécharger un document";

  /** The bytes at the end of a document that only the download finishing it may send. */
  static final int TAIL = 64 * 1024;

  @PersistenceContext private EntityManager em;
  @Resource private UserTransaction tx;
  @Inject private Callers callers;
  @Inject private AuditLog audit;
  @Inject private Outbox outbox;
  @Inject private Clock clock;
  @Inject private DocumentStore store;
  @Inject private PasswordHasher hasher;

  /** A claim on a document's last bytes not finished in this time was left by a dead request. */
  @Inject
  @ConfigProperty(name = "documents.finishStaleSeconds", defaultValue = "120")
  long finishStaleSeconds;

  /**
   * Starts a download of a document the caller may get. For a protected ZIP (R-E10) the password
   * the depositor gave by another channel must match its stored hash; the transfer then wraps the
   * content with it. Refusals are audited.
   */
  public DownloadTicket start(long documentId, String zipPassword) {
    return start(callers.current(), documentId, zipPassword);
  }

  /**
   * The demo data's downloads ({@code DemoExchange}), made by the system at start-up for {@code
   * accountId}: one complete download of the document, decrypted, checked and audited as the
   * person's own, its bytes discarded.
   */
  @Requires(value = Standing.SYSTEM, operation = ExchangeUploads.DEMO)
  public void seedDownload(long accountId, long documentId) throws IOException {
    Caller recipient = callers.of(accountId);
    DownloadTicket ticket = start(recipient, documentId, null);
    send(recipient, ticket.id(), 0, ticket.size() - 1, OutputStream.nullOutputStream());
  }

  private DownloadTicket start(Caller caller, long documentId, String zipPassword) {
    Access.ToDocument to = Access.document(em, callers, caller, OPERATION, documentId);
    ExchangeDocument document = to.document();
    Project project = to.in().project();
    Instant now = clock.instant();
    available(caller, to, now);
    Recipient recipient = to.recipient();
    if (recipient != null) {
      if (ExchangeDocuments.consentNeeded(em, project, caller.accountId())) {
        throw refused(caller, Reason.CONSENT_REQUIRED);
      }
      if (project.isSingleDownload() && recipient.getCompletedAt() != null) {
        throw refused(caller, Reason.ALREADY_DOWNLOADED);
      }
      if (to.in().member()
          && recipient.getCompletedAt() == null
          && Counters.downloads(em, project.getId(), caller.accountId(), now)
              >= project.getDownloadQuota()) {
        throw refused(caller, Reason.QUOTA_REACHED);
      }
    }
    if (document.isZipProtected()
        && (zipPassword == null || !hasher.verify(zipPassword, document.getZipPasswordHash()))) {
      throw refused(caller, Reason.WRONG_ZIP_PASSWORD);
    }
    Download download =
        Transactions.run(
            tx,
            () -> {
              Download started = new Download(documentId, caller.accountId(), now);
              em.persist(started);
              em.flush();
              if (recipient != null) {
                em.createQuery(
                        "UPDATE Recipient r SET r.firstDownloadAt = :now"
                            + " WHERE r.id = :id AND r.firstDownloadAt IS NULL")
                    .setParameter("now", now)
                    .setParameter("id", recipient.getId())
                    .executeUpdate();
              }
              audit.write(
                  caller
                      .record(AuditAction.DOCUMENT_DOWNLOAD_STARTED, AuditOutcome.SUCCESS)
                      .on(null, project.getPartner().getId())
                      .phrase(describe(project, document, started.getId())));
              return started;
            });
    return new DownloadTicket(
        download.getId(),
        documentId,
        document.getFileName(),
        document.getSizeBytes(),
        document.getSha256(),
        document.isZipProtected());
  }

  /**
   * A started download as the caller's range requests see it again (name, size, SHA-256 for the
   * headers): only the caller's own ticket of a document still there; any other is "not found",
   * audited. In a single-download project, a download complete or finishing is refused (R-E8).
   */
  public DownloadTicket ticket(long ticketId) {
    Caller caller = callers.current();
    Download download = owned(caller, ticketId);
    Access.ToDocument access =
        Access.document(em, callers, caller, OPERATION, download.getDocumentId());
    available(caller, access, clock.instant());
    if (access.in().project().isSingleDownload() && access.recipient() != null) {
      stillOpen(caller, access.recipient());
    }
    ExchangeDocument document = access.document();
    return new DownloadTicket(
        ticketId,
        document.getId(),
        document.getFileName(),
        document.getSizeBytes(),
        document.getSha256(),
        document.isZipProtected());
  }

  private Download owned(Caller caller, long ticketId) {
    Download download = em.find(Download.class, ticketId);
    if (download == null || !caller.isActive() || download.getAccountId() != caller.accountId()) {
      throw callers.outOfScope(caller, OPERATION, "téléchargement " + ticketId, null, null);
    }
    return download;
  }

  /**
   * Sends the plaintext bytes {@code from} to {@code to} (inclusive) of the download's document to
   * {@code out}. When they reach its last byte and all of them were sent, the download is complete
   * (R-E8); when they are the whole document, its SHA-256 is checked too. An {@link IOException} is
   * the client gone: the download stays open, to be resumed.
   */
  public void send(long ticketId, long from, long to, OutputStream out) throws IOException {
    send(callers.current(), ticketId, from, to, out);
  }

  private void send(Caller caller, long ticketId, long from, long to, OutputStream out)
      throws IOException {
    Download download = owned(caller, ticketId);
    Access.ToDocument access =
        Access.document(em, callers, caller, OPERATION, download.getDocumentId());
    ExchangeDocument document = access.document();
    Project project = access.in().project();
    available(caller, access, clock.instant());
    Recipient recipient = access.recipient();
    boolean single = project.isSingleDownload() && recipient != null;
    if (single && recipient.getCompletedAt() != null) {
      throw refused(caller, Reason.ALREADY_DOWNLOADED);
    }
    long size = document.getSizeBytes();
    if (size > 0 && (from < 0 || to < from || to >= size)) {
      throw new IllegalArgumentException("Range " + from + "-" + to + " outside 0-" + (size - 1));
    }
    DataKey key = em.find(DataKey.class, document.getUploadId());
    if (key == null) {
      throw callers.outOfScope(
          caller, OPERATION, "document " + document.getId() + " supprimé", null, null);
    }
    List<UploadPart> parts = UploadPart.of(em, document.getUploadId());
    MessageDigest digest =
        size == 0 || (from == 0 && to == size - 1) ? DocumentStore.sha256() : null;
    boolean last = size == 0 || to == size - 1;
    long tail = last ? Math.max(from, size - TAIL) : to + 1;
    try {
      if (tail > from) {
        store.read(document.getUploadId(), key.getWrappedKey(), parts, from, tail - 1, out, digest);
      }
      if (!last) {
        return;
      }
      if (single && !claimLastBytes(recipient, ticketId)) {
        throw refused(caller, Reason.DOWNLOAD_IN_PROGRESS);
      }
      boolean finished = false;
      try {
        if (size > 0) {
          store.read(document.getUploadId(), key.getWrappedKey(), parts, tail, to, out, digest);
        }
        out.flush();
        if (digest != null
            && !HexFormat.of().formatHex(digest.digest()).equals(document.getSha256())) {
          throw new ContentIntegrityException(
              "SHA-256 of document " + document.getId() + " differs from the one stored", null);
        }
        finish(caller, project, document, download, recipient, single);
        finished = true;
      } finally {
        if (single && !finished) {
          releaseLastBytes(recipient, ticketId);
        }
      }
    } catch (ContentIntegrityException e) {
      Transactions.run(
          tx,
          () ->
              audit.write(
                  caller
                      .record(AuditAction.DOCUMENT_INTEGRITY_FAILED, AuditOutcome.FAILURE)
                      .on(null, project.getPartner().getId())
                      .detail(
                          "DOWNLOAD_INTEGRITY_FAILED",
                          project.label(),
                          document.getFileName(),
                          document.getId(),
                          ticketId)));
      throw e;
    }
  }

  /** Audits the refusal and says why, for the page to explain it. */
  private DownloadRefusedException refused(Caller caller, Reason reason) {
    return callers.refuse(
        caller,
        OPERATION,
        reason.audited(),
        message -> new DownloadRefusedException(reason, message));
  }

  /** Withdrawn or expired documents are gone for everyone (R-E3, R-E5): "not found", audited. */
  private void available(Caller caller, Access.ToDocument to, Instant now) {
    if (!to.document().isAvailable(now)) {
      throw callers.outOfScope(
          caller,
          OPERATION,
          "document " + to.document().getId() + " retiré ou expiré",
          null,
          to.in().project().getPartner().getId());
    }
  }

  /**
   * R-E8: a single download already complete, or whose last bytes another request is sending, is
   * refused before the server answers anything: a client holds those bytes before the completion is
   * recorded, and may ask again at once (over HTTP/1.1, as soon as the last byte arrives). Read
   * from the database, not from the entity the caller's transaction may already hold.
   */
  private void stillOpen(Caller caller, Recipient recipient) {
    Object[] state =
        em.createQuery(
                "SELECT r.completedAt, r.finishingTicket, r.finishingSince FROM Recipient r"
                    + " WHERE r.id = :id",
                Object[].class)
            .setParameter("id", recipient.getId())
            .getSingleResult();
    if (state[0] != null) {
      throw refused(caller, Reason.ALREADY_DOWNLOADED);
    }
    if (state[1] != null
        && state[2] != null
        && !((Instant) state[2]).isBefore(staleBefore(clock.instant()))) {
      throw refused(caller, Reason.DOWNLOAD_IN_PROGRESS);
    }
  }

  /** A claim on the last bytes taken before this instant is stale: its request died with them. */
  private Instant staleBefore(Instant now) {
    return now.minus(Duration.ofSeconds(finishStaleSeconds));
  }

  /** Takes the right to send the last bytes, for one download of a single-download document. */
  private boolean claimLastBytes(Recipient recipient, long ticketId) {
    Instant now = clock.instant();
    return Transactions.run(
            tx,
            () ->
                em.createQuery(
                        "UPDATE Recipient r SET r.finishingTicket = :ticket, r.finishingSince = :now"
                            + " WHERE r.id = :id AND r.completedAt IS NULL AND (r.finishingTicket"
                            + " IS NULL OR r.finishingTicket = :ticket OR r.finishingSince < :stale)")
                    .setParameter("ticket", ticketId)
                    .setParameter("now", now)
                    .setParameter("id", recipient.getId())
                    .setParameter("stale", staleBefore(now))
                    .executeUpdate())
        == 1;
  }

  private void releaseLastBytes(Recipient recipient, long ticketId) {
    Transactions.run(
        tx,
        () ->
            em.createQuery(
                    "UPDATE Recipient r SET r.finishingTicket = NULL, r.finishingSince = NULL"
                        + " WHERE r.id = :id AND r.finishingTicket = :ticket")
                .setParameter("id", recipient.getId())
                .setParameter("ticket", ticketId)
                .executeUpdate());
  }

  /**
   * The download is complete: recorded and audited; the recipient's first completion kept; in a
   * single-download project only by the download holding the claim. The depositor gets the receipt
   * when the project asks for it and every recipient has now downloaded the document.
   */
  private void finish(
      Caller caller,
      Project project,
      ExchangeDocument document,
      Download download,
      Recipient recipient,
      boolean single) {
    Transactions.run(
        tx,
        () -> {
          Instant now = clock.instant();
          em.createQuery("UPDATE Download d SET d.completedAt = :now WHERE d.id = :id")
              .setParameter("now", now)
              .setParameter("id", download.getId())
              .executeUpdate();
          boolean firstCompletion = false;
          if (recipient != null) {
            jakarta.persistence.Query complete =
                em.createQuery(
                        "UPDATE Recipient r SET r.completedAt = :now, r.finishingTicket = NULL,"
                            + " r.finishingSince = NULL WHERE r.id = :id AND r.completedAt IS NULL"
                            + (single ? " AND r.finishingTicket = :ticket" : ""))
                    .setParameter("now", now)
                    .setParameter("id", recipient.getId());
            if (single) {
              complete.setParameter("ticket", download.getId());
            }
            int updated = complete.executeUpdate();
            if (single && updated != 1) {
              throw new IllegalStateException("Single download of " + document.getId() + " lost");
            }
            firstCompletion = updated == 1;
          }
          audit.write(
              caller
                  .record(AuditAction.DOCUMENT_DOWNLOADED, AuditOutcome.SUCCESS)
                  .on(null, project.getPartner().getId())
                  .phrase(describe(project, document, download.getId())));
          if (firstCompletion && project.isReceiptOnDownload() && allCompleted(document)) {
            UserAccount depositor = em.find(UserAccount.class, document.getDepositorId());
            outbox.enqueue(
                MailTemplates.email(
                    depositor.getEmail(),
                    depositor.getPreferredLanguage(),
                    "documentReceipt",
                    project.label(),
                    document.getFileName()));
          }
        });
  }

  private boolean allCompleted(ExchangeDocument document) {
    return em.createQuery(
                "SELECT COUNT(r) FROM Recipient r WHERE r.documentId = :document"
                    + " AND r.completedAt IS NULL",
                Long.class)
            .setParameter("document", document.getId())
            .getSingleResult()
        == 0;
  }

  private static String describe(Project project, ExchangeDocument document, long ticketId) {
    return Phrase.of(
        "DOWNLOAD", project.label(), document.getFileName(), document.getId(), ticketId);
  }
}
