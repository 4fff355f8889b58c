package ca.qc.portail.exchange;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A document deposited in a project for some of its participants ({@link Recipient}s) (R-E2–R-E5,
 * R-E8, R-E10). Its content is the finished {@link Upload}'s; once withdrawn or expired the content
 * and its key are deleted, and this record stays, with the audit trail, saying what was exchanged.
 */
@Entity
@Table(name = "exchange_document")
public class ExchangeDocument {

  @Id
  @SequenceGenerator(
      name = "exchange_document_seq",
      sequenceName = "exchange_document_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "exchange_document_seq")
  private Long id;

  @Column(name = "project_id", nullable = false)
  private long projectId;

  @Column(name = "upload_id", nullable = false)
  private long uploadId;

  @Column(name = "depositor_id", nullable = false)
  private long depositorId;

  @Column(name = "file_name", nullable = false, length = 255)
  private String fileName;

  @Column(name = "size_bytes", nullable = false)
  private long sizeBytes;

  /** SHA-256 of the plaintext, lower-case hexadecimal. */
  @Column(nullable = false, length = 64)
  private String sha256;

  @Column(length = 500)
  private String note;

  @Column(name = "deposited_at", nullable = false)
  private Instant depositedAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "withdrawn_at")
  private Instant withdrawnAt;

  @Column(name = "expired_at")
  private Instant expiredAt;

  @Column(name = "content_deleted_at")
  private Instant contentDeletedAt;

  @Column(name = "zip_protected", nullable = false)
  private boolean zipProtected;

  @Column(name = "zip_password_hash", length = 255)
  private String zipPasswordHash;

  protected ExchangeDocument() {}

  public ExchangeDocument(Upload upload, String sha256, Instant depositedAt, Instant expiresAt) {
    this.projectId = upload.getProjectId();
    this.uploadId = upload.getId();
    this.depositorId = upload.getOwnerId();
    this.fileName = upload.getFileName();
    this.sizeBytes = upload.getDeclaredSize();
    this.sha256 = sha256;
    this.note = upload.getNote();
    this.depositedAt = depositedAt;
    this.expiresAt = expiresAt;
    this.zipPasswordHash = upload.getZipPasswordHash();
    this.zipProtected = zipPasswordHash != null;
  }

  /** R-E3: gone for every recipient from now on. */
  void withdraw(Instant at) {
    this.withdrawnAt = at;
  }

  /**
   * R-E5, R-J5: content and key deleted; {@code expired} when it was its expiry, not a withdrawal.
   */
  void contentDeleted(Instant at, boolean expired) {
    this.contentDeletedAt = at;
    if (expired) {
      this.expiredAt = at;
    }
  }

  /** Whether recipients may still get it: not withdrawn, not past its expiry, content kept. */
  public boolean isAvailable(Instant now) {
    return withdrawnAt == null && contentDeletedAt == null && now.isBefore(expiresAt);
  }

  public Long getId() {
    return id;
  }

  public long getProjectId() {
    return projectId;
  }

  public long getUploadId() {
    return uploadId;
  }

  public long getDepositorId() {
    return depositorId;
  }

  public String getFileName() {
    return fileName;
  }

  public long getSizeBytes() {
    return sizeBytes;
  }

  public String getSha256() {
    return sha256;
  }

  public String getNote() {
    return note;
  }

  public Instant getDepositedAt() {
    return depositedAt;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public Instant getWithdrawnAt() {
    return withdrawnAt;
  }

  public Instant getExpiredAt() {
    return expiredAt;
  }

  public Instant getContentDeletedAt() {
    return contentDeletedAt;
  }

  public boolean isZipProtected() {
    return zipProtected;
  }

  public String getZipPasswordHash() {
    return zipPasswordHash;
  }
}
