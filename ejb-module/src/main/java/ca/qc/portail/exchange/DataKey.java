package ca.qc.portail.exchange;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An upload's data key, encrypted by the master key ({@link MasterKey}); the clear key exists only
 * in memory while a part is written or read. Deleting it makes the content unreadable for good.
 */
@Entity
@Table(name = "exchange_data_key")
public class DataKey {

  @Id
  @Column(name = "upload_id")
  private Long uploadId;

  @Column(name = "wrapped_key", nullable = false)
  private byte[] wrappedKey;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected DataKey() {}

  public DataKey(long uploadId, byte[] wrappedKey, Instant createdAt) {
    this.uploadId = uploadId;
    this.wrappedKey = wrappedKey.clone();
    this.createdAt = createdAt;
  }

  public Long getUploadId() {
    return uploadId;
  }

  public byte[] getWrappedKey() {
    return wrappedKey.clone();
  }
}
