package ca.qc.portail.exchange;

import ca.qc.portail.account.UserAccount;
import ca.qc.portail.audit.AuditAction;
import ca.qc.portail.audit.AuditLog;
import ca.qc.portail.audit.AuditOutcome;
import ca.qc.portail.audit.Phrase;
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
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * *Transmettre un document* (R-E3, R-E4, R-E6, R-E9, R-E10): a deposit is an upload that starts
 * with everything the form asked (checked before any byte is sent), receives the file's bytes in as
 * many requests as the network needs — each continuing from the last byte stored — and ends as a
 * document for its recipients, each e-mailed in their language. Until then nobody but its owner
 * sees anything of it; a cancelled or refused upload's parts are deleted, an abandoned one's by the
 * expiry (R-J5).
 *
 * <p>The bytes flow outside any transaction (see {@link Transactions}); one request at a time
 * appends to an upload, which a claim in its row ensures across the cluster.
 */
@Stateless
@TransactionManagement(TransactionManagementType.BEAN)
@Requires(value = Standing.SIGNED_IN, operation = "Transmettre un document")
public class ExchangeUploads {

  private static final String OPERATION = "Transmettre un document";

  /** The demo data's seeding, as the audit names it. */
  public static final String DEMO = "Données de démonstration";

  private static final DateTimeFormatter DAY_FR =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.CANADA_FRENCH);
  private static final DateTimeFormatter DAY_EN =
      DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.CANADA);

  @PersistenceContext private EntityManager em;
  @Resource private UserTransaction tx;
  @Inject private Callers callers;
  @Inject private AuditLog audit;
  @Inject private Outbox outbox;
  @Inject private Clock clock;
  @Inject private DocumentStore store;
  @Inject private PasswordHasher hasher;

  /** A claim not refreshed for this long was left by a request (or a server) that died. */
  @Inject
  @ConfigProperty(name = "documents.claimStaleSeconds", defaultValue = "300")
  long claimStaleSeconds;

  @Inject
  @ConfigProperty(name = "APP_BASE_URL", defaultValue = "http://localhost:8080")
  String baseUrl;

  /**
   * Starts a deposit in a project the caller takes part in: the file's name and size, recipients
   * among those they may send to, the note and the quota are checked now (R-E3, R-E6); a refusal
   * stores nothing and is audited. The upload gets its own data key.
   */
  public UploadStatus start(long projectId, DepositRequest request) {
    return start(callers.current(), projectId, request);
  }

  /**
   * The demo data's deposits ({@code DemoExchange}), made by the system at start-up for {@code
   * depositorId}: the same checks, encryption, e-mails and audit as the person's own deposit, in
   * one call. Returns the document's identifier.
   */
  @Requires(value = Standing.SYSTEM, operation = DEMO)
  public long seedDeposit(
      long depositorId, long projectId, DepositRequest request, InputStream in) {
    Caller depositor = callers.of(depositorId);
    long uploadId = start(depositor, projectId, request).uploadId();
    append(depositor, uploadId, 0, in);
    return complete(depositor, uploadId);
  }

  private UploadStatus start(Caller caller, long projectId, DepositRequest request) {
    Access.InProject in = Access.project(em, callers, caller, OPERATION, projectId);
    Instant now = clock.instant();
    Set<Long> allowed =
        ExchangeDocuments.recipientChoices(em, projectId, in.role()).stream()
            .map(ParticipantView::accountId)
            .collect(Collectors.toSet());
    Quota uploads =
        in.member()
            ? new Quota(
                Counters.uploads(em, projectId, caller.accountId(), now)
                    + Counters.openUploads(em, projectId, caller.accountId()),
                in.project().getUploadQuota())
            : null;
    List<DepositViolation> violations =
        ExchangeRules.check(request, store.maxBytes(), allowed, uploads);
    String fileName = ExchangeRules.fileName(request.fileName());
    if (!violations.isEmpty()) {
      String refused =
          Phrase.of(
              "DEPOSIT_REFUSED",
              in.project().label(),
              fileName,
              Phrase.keys("transmettre.refus.", violations));
      Transactions.run(
          tx,
          () ->
              audit.write(
                  caller
                      .record(AuditAction.DOCUMENT_DEPOSITED, AuditOutcome.FAILURE)
                      .on(null, in.project().getPartner().getId())
                      .phrase(refused)));
      throw new DepositRefusedException(violations);
    }
    String zipHash =
        request.zipPassword() == null || request.zipPassword().isEmpty()
            ? null
            : hasher.hash(request.zipPassword());
    Upload upload =
        Transactions.run(
            tx,
            () -> {
              Upload created =
                  new Upload(
                      projectId,
                      caller.accountId(),
                      fileName,
                      request.size(),
                      request.recipients(),
                      ExchangeRules.note(request.note()),
                      zipHash,
                      now);
              em.persist(created);
              em.flush();
              em.persist(new DataKey(created.getId(), store.newDataKey(created.getId()), now));
              return created;
            });
    return status(upload, false);
  }

  /** Where the caller's upload stands: the offset a resumed upload continues from (R-E9). */
  public UploadStatus status(long uploadId) {
    return status(own(callers.current(), uploadId, "Reprendre un téléversement"), false);
  }

  /**
   * Appends what {@code in} brings to the caller's open upload, which must hold exactly {@code
   * offset} bytes (the client resumes from {@link #status}). Bytes are encrypted and stored as they
   * arrive; more than the declared size refuses the upload there and then (R-E9), its parts deleted
   * and the refusal audited. A broken stream keeps every byte that arrived.
   */
  public UploadStatus append(long uploadId, long offset, InputStream in) {
    return append(callers.current(), uploadId, offset, in);
  }

  private UploadStatus append(Caller caller, long uploadId, long offset, InputStream in) {
    Upload upload = own(caller, uploadId, "Reprendre un téléversement");
    String token = UUID.randomUUID().toString();
    if (!claim(uploadId, offset, token)) {
      throw new UploadConflictException(
          "Not open at that offset, or another request is appending",
          status(reload(uploadId), false));
    }
    DataKey key = em.find(DataKey.class, uploadId);
    Upload claimed = reload(uploadId);
    try {
      DocumentStore.Appended appended =
          store.append(
              uploadId,
              key.getWrappedKey(),
              token,
              claimed.getPartCount(),
              claimed.getBytesReceived(),
              claimed.getDeclaredSize(),
              claimed.getBytesReceived() > 0 ? UploadPart.of(em, uploadId) : List.of(),
              in,
              part -> recordPart(uploadId, token, part));
      return status(reload(uploadId), appended.interrupted());
    } catch (SizeLimitExceededException e) {
      refuseTooLarge(caller, upload, token);
      throw e;
    } finally {
      release(uploadId, token);
    }
  }

  /** *Annuler*: the caller's open upload ends, its parts and key deleted now; audited (R-U1). */
  public void cancel(long uploadId) {
    Caller caller = callers.current();
    Upload upload = own(caller, uploadId, "Annuler un téléversement");
    Project project = em.find(Project.class, upload.getProjectId());
    boolean cancelled =
        Transactions.run(
            tx,
            () -> {
              if (close(uploadId, UploadState.ANNULE, null) != 1) {
                return false;
              }
              audit.write(
                  caller
                      .record(AuditAction.UPLOAD_PARTS_DELETED, AuditOutcome.SUCCESS)
                      .on(null, project.getPartner().getId())
                      .detail("UPLOAD_CANCELLED", project.label(), upload.getFileName(), uploadId));
              return true;
            });
    if (!cancelled) {
      throw new UploadConflictException(
          "Not open, or a request is appending", status(reload(uploadId), false));
    }
    discardContent(uploadId);
  }

  /**
   * Ends the caller's complete upload as a document (R-E3): its recipients (checked again, the
   * project's membership may have changed), the SHA-256 of its plaintext, its expiry (R-E5), an
   * e-mail to each recipient in their language (R-E4), and the deposit audited — all in one
   * transaction. Returns the document's identifier.
   */
  public long complete(long uploadId) {
    return complete(callers.current(), uploadId);
  }

  private long complete(Caller caller, long uploadId) {
    Upload upload = own(caller, uploadId, OPERATION);
    Access.InProject in = Access.project(em, callers, caller, OPERATION, upload.getProjectId());
    if (upload.getState() != UploadState.OUVERT
        || upload.getBytesReceived() != upload.getDeclaredSize()) {
      throw new UploadConflictException("Not complete", status(upload, false));
    }
    Set<Long> allowed =
        ExchangeDocuments.recipientChoices(em, upload.getProjectId(), in.role()).stream()
            .map(ParticipantView::accountId)
            .collect(Collectors.toSet());
    if (!allowed.containsAll(upload.recipients())) {
      throw new DepositRefusedException(List.of(DepositViolation.RECIPIENT_NOT_ALLOWED));
    }
    Project project = in.project();
    Long documentId =
        Transactions.run(
            tx,
            () -> {
              if (close(uploadId, UploadState.TERMINE, null) != 1) {
                return null;
              }
              Instant now = clock.instant();
              Upload done = em.find(Upload.class, uploadId);
              ExchangeDocument document =
                  new ExchangeDocument(
                      done,
                      sha256Hex(done),
                      now,
                      ExchangeRules.expiresAt(now, project.getExpiryDays()));
              em.persist(document);
              em.flush();
              for (Long recipient : done.recipients()) {
                em.persist(new Recipient(document.getId(), recipient));
                notify(em.find(UserAccount.class, recipient), project, document, caller);
              }
              audit.write(
                  caller
                      .record(AuditAction.DOCUMENT_DEPOSITED, AuditOutcome.SUCCESS)
                      .on(null, project.getPartner().getId())
                      .detail(
                          document.isZipProtected()
                              ? "DOCUMENT_DEPOSITED_ZIP"
                              : "DOCUMENT_DEPOSITED",
                          project.label(),
                          document.getFileName(),
                          document.getSizeBytes(),
                          document.getSha256(),
                          done.recipients().size(),
                          document.getId()));
              return document.getId();
            });
    if (documentId == null) {
      throw new UploadConflictException(
          "Not open, or a request is appending", status(reload(uploadId), false));
    }
    return documentId;
  }

  /** R-E4: the recipient's e-mail, in their language. */
  private void notify(
      UserAccount recipient, Project project, ExchangeDocument document, Caller depositor) {
    String language = recipient.getPreferredLanguage();
    DateTimeFormatter day = "en".equals(language) ? DAY_EN : DAY_FR;
    outbox.enqueue(
        MailTemplates.email(
            recipient.getEmail(),
            language,
            "documentDeposited",
            project.label(),
            document.getFileName(),
            ExchangeRules.sizeLabel(document.getSizeBytes()),
            depositor.fullName(),
            String.valueOf(project.getExpiryDays()),
            day.format(document.getExpiresAt().atZone(clock.getZone())),
            baseUrl + "/app/echange/projet.xhtml?projet=" + project.getId()));
  }

  /**
   * The SHA-256 of a complete upload's plaintext: as its last part recorded it, or read again from
   * its parts for an upload an earlier version stored (it kept a digest state instead).
   */
  private String sha256Hex(Upload done) {
    byte[] recorded = done.getDigestState();
    if (done.getBytesReceived() == 0 || (recorded != null && recorded.length == 32)) {
      return DocumentStore.sha256Hex(recorded);
    }
    MessageDigest digest = DocumentStore.sha256();
    try {
      store.read(
          done.getId(),
          em.find(DataKey.class, done.getId()).getWrappedKey(),
          UploadPart.of(em, done.getId()),
          0,
          done.getBytesReceived() - 1,
          OutputStream.nullOutputStream(),
          digest);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read upload " + done.getId(), e);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /** The caller's own upload; anyone else's (or none) is "not found", audited. */
  private Upload own(Caller caller, long uploadId, String operation) {
    Upload upload = em.find(Upload.class, uploadId);
    if (upload == null || !caller.isActive() || upload.getOwnerId() != caller.accountId()) {
      throw callers.outOfScope(caller, operation, "téléversement " + uploadId, null, null);
    }
    return upload;
  }

  private Upload reload(long uploadId) {
    return Transactions.run(
        tx,
        () -> {
          Upload upload = em.find(Upload.class, uploadId);
          em.refresh(upload);
          return upload;
        });
  }

  /** Takes the upload for one request, if it is open at {@code offset} and nobody appends. */
  private boolean claim(long uploadId, long offset, String token) {
    Instant now = clock.instant();
    return Transactions.run(
            tx,
            () ->
                em.createQuery(
                        "UPDATE Upload u SET u.claimToken = :token, u.claimedAt = :now,"
                            + " u.updatedAt = :now WHERE u.id = :id AND u.state = :open"
                            + " AND u.bytesReceived = :offset"
                            + " AND (u.claimToken IS NULL OR u.claimedAt < :stale)")
                    .setParameter("token", token)
                    .setParameter("now", now)
                    .setParameter("id", uploadId)
                    .setParameter("open", UploadState.OUVERT)
                    .setParameter("offset", offset)
                    .setParameter("stale", now.minus(Duration.ofSeconds(claimStaleSeconds)))
                    .executeUpdate())
        == 1;
  }

  /** Records a part on disk, only while this request still holds the claim. */
  private void recordPart(long uploadId, String token, DocumentStore.StoredPart part) {
    Transactions.run(
        tx,
        () -> {
          Instant now = clock.instant();
          int updated =
              em.createQuery(
                      "UPDATE Upload u SET u.bytesReceived = :received, u.partCount = :parts,"
                          + " u.digestState = :digest, u.claimedAt = :now, u.updatedAt = :now"
                          + " WHERE u.id = :id AND u.claimToken = :token AND u.state = :open")
                  .setParameter("received", part.plainOffset() + part.plainLength())
                  .setParameter("parts", part.index() + 1)
                  .setParameter("digest", part.sha256())
                  .setParameter("now", now)
                  .setParameter("id", uploadId)
                  .setParameter("token", token)
                  .setParameter("open", UploadState.OUVERT)
                  .executeUpdate();
          if (updated != 1) {
            throw new IllegalStateException("Upload " + uploadId + " no longer claimed");
          }
          em.persist(
              new UploadPart(
                  uploadId, part.index(), part.plainOffset(), part.plainLength(), token));
        });
  }

  private void release(long uploadId, String token) {
    Transactions.run(
        tx,
        () ->
            em.createQuery(
                    "UPDATE Upload u SET u.claimToken = NULL, u.claimedAt = NULL"
                        + " WHERE u.id = :id AND u.claimToken = :token")
                .setParameter("id", uploadId)
                .setParameter("token", token)
                .executeUpdate());
  }

  /**
   * Ends an open upload in {@code state}: only when no live request appends to it, or only the
   * request holding {@code token}.
   */
  private int close(long uploadId, UploadState state, String token) {
    Instant now = clock.instant();
    jakarta.persistence.Query update =
        em.createQuery(
                "UPDATE Upload u SET u.state = :state, u.updatedAt = :now, u.claimToken = NULL,"
                    + " u.claimedAt = NULL WHERE u.id = :id AND u.state = :open AND "
                    + (token == null
                        ? "(u.claimToken IS NULL OR u.claimedAt < :stale)"
                        : "u.claimToken = :token"))
            .setParameter("state", state)
            .setParameter("now", now)
            .setParameter("id", uploadId)
            .setParameter("open", UploadState.OUVERT);
    if (token != null) {
      update.setParameter("token", token);
    } else {
      update.setParameter("stale", now.minus(Duration.ofSeconds(claimStaleSeconds)));
    }
    return update.executeUpdate();
  }

  private void refuseTooLarge(Caller caller, Upload upload, String token) {
    Project project = em.find(Project.class, upload.getProjectId());
    Transactions.run(
        tx,
        () -> {
          close(upload.getId(), UploadState.REFUSE, token);
          audit.write(
              caller
                  .record(AuditAction.DOCUMENT_DEPOSITED, AuditOutcome.FAILURE)
                  .on(null, project.getPartner().getId())
                  .detail(
                      "UPLOAD_TOO_LARGE",
                      project.label(),
                      upload.getFileName(),
                      upload.getDeclaredSize(),
                      upload.getId()));
        });
    discardContent(upload.getId());
  }

  /** Deletes an ended upload's parts and key now (the expiry would, later). */
  private void discardContent(long uploadId) {
    store.delete(uploadId);
    Transactions.run(
        tx,
        () -> {
          em.createQuery("DELETE FROM DataKey k WHERE k.uploadId = :id")
              .setParameter("id", uploadId)
              .executeUpdate();
          em.createQuery("UPDATE Upload u SET u.partsDeletedAt = :now WHERE u.id = :id")
              .setParameter("now", clock.instant())
              .setParameter("id", uploadId)
              .executeUpdate();
        });
  }

  private static UploadStatus status(Upload upload, boolean interrupted) {
    return new UploadStatus(
        upload.getId(),
        upload.getBytesReceived(),
        upload.getDeclaredSize(),
        upload.getState(),
        interrupted);
  }
}
