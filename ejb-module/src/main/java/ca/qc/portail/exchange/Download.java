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
 * One download of a document by one recipient (or its depositor), possibly served by several range
 * requests after breaks (R-E9); complete when its last byte was sent (R-E8).
 */
@Entity
@Table(name = "exchange_download")
public class Download {

  @Id
  @SequenceGenerator(
      name = "exchange_download_seq",
      sequenceName = "exchange_download_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "exchange_download_seq")
  private Long id;

  @Column(name = "document_id", nullable = false)
  private long documentId;

  @Column(name = "account_id", nullable = false)
  private long accountId;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "completed_at")
  private Instant completedAt;

  protected Download() {}

  public Download(long documentId, long accountId, Instant startedAt) {
    this.documentId = documentId;
    this.accountId = accountId;
    this.startedAt = startedAt;
  }

  public Long getId() {
    return id;
  }

  public long getDocumentId() {
    return documentId;
  }

  public long getAccountId() {
    return accountId;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getCompletedAt() {
    return completedAt;
  }
}
