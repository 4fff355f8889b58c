package ca.qc.portail.exchange;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An upload in progress or ended (R-E9). What the depositor asked for was checked when it started
 * and is kept here; its content is in the {@link DocumentStore}, as {@link UploadPart}s encrypted
 * under its own data key. Nobody but its owner ever sees an upload; only a finished one becomes an
 * {@link ExchangeDocument}.
 */
@Entity
@Table(name = "exchange_upload")
public class Upload {

  @Id
  @SequenceGenerator(
      name = "exchange_upload_seq",
      sequenceName = "exchange_upload_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "exchange_upload_seq")
  private Long id;

  @Column(name = "project_id", nullable = false)
  private long projectId;

  @Column(name = "owner_id", nullable = false)
  private long ownerId;

  @Column(name = "file_name", nullable = false, length = 255)
  private String fileName;

  @Column(name = "declared_size", nullable = false)
  private long declaredSize;

  @Column(name = "bytes_received", nullable = false)
  private long bytesReceived;

  @Column(name = "part_count", nullable = false)
  private int partCount;

  /**
   * The SHA-256 of the whole plaintext (32 bytes), recorded with the part that completes the
   * upload; {@code null} before. (Uploads stored before 2026-12 kept a resumable digest state here,
   * longer than 32 bytes: {@link ExchangeUploads} then computes the digest again from the parts.)
   */
  @Column(name = "digest_state")
  private byte[] digestState;

  @Column(name = "recipient_ids", nullable = false, length = 4000)
  private String recipientIds;

  @Column(length = 500)
  private String note;

  @Column(name = "zip_password_hash", length = 255)
  private String zipPasswordHash;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private UploadState state;

  @Column(name = "claim_token", length = 36)
  private String claimToken;

  @Column(name = "claimed_at")
  private Instant claimedAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "parts_deleted_at")
  private Instant partsDeletedAt;

  protected Upload() {}

  public Upload(
      long projectId,
      long ownerId,
      String fileName,
      long declaredSize,
      List<Long> recipients,
      String note,
      String zipPasswordHash,
      Instant now) {
    this.projectId = projectId;
    this.ownerId = ownerId;
    this.fileName = fileName;
    this.declaredSize = declaredSize;
    this.recipientIds = recipients.stream().map(String::valueOf).collect(Collectors.joining(","));
    this.note = note;
    this.zipPasswordHash = zipPasswordHash;
    this.state = UploadState.OUVERT;
    this.createdAt = now;
    this.updatedAt = now;
  }

  public Long getId() {
    return id;
  }

  public long getProjectId() {
    return projectId;
  }

  public long getOwnerId() {
    return ownerId;
  }

  public String getFileName() {
    return fileName;
  }

  public long getDeclaredSize() {
    return declaredSize;
  }

  public long getBytesReceived() {
    return bytesReceived;
  }

  public int getPartCount() {
    return partCount;
  }

  /** The whole plaintext's SHA-256 once complete; see the field. */
  public byte[] getDigestState() {
    return digestState;
  }

  public List<Long> recipients() {
    return recipientIds.isEmpty()
        ? List.of()
        : Arrays.stream(recipientIds.split(",")).map(Long::valueOf).toList();
  }

  public String getNote() {
    return note;
  }

  public String getZipPasswordHash() {
    return zipPasswordHash;
  }

  public UploadState getState() {
    return state;
  }

  public String getClaimToken() {
    return claimToken;
  }

  public Instant getClaimedAt() {
    return claimedAt;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public Instant getPartsDeletedAt() {
    return partsDeletedAt;
  }
}
