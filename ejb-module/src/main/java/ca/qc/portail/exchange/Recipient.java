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
 * An addressee of a document (R-E2, R-E8): when they first started downloading it (never: shown in
 * bold) and when one download of it was complete, the last byte sent.
 */
@Entity
@Table(name = "exchange_recipient")
public class Recipient {

  @Id
  @SequenceGenerator(
      name = "exchange_recipient_seq",
      sequenceName = "exchange_recipient_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "exchange_recipient_seq")
  private Long id;

  @Column(name = "document_id", nullable = false)
  private long documentId;

  @Column(name = "account_id", nullable = false)
  private long accountId;

  @Column(name = "first_download_at")
  private Instant firstDownloadAt;

  @Column(name = "completed_at")
  private Instant completedAt;

  @Column(name = "finishing_ticket")
  private Long finishingTicket;

  @Column(name = "finishing_since")
  private Instant finishingSince;

  protected Recipient() {}

  public Recipient(long documentId, long accountId) {
    this.documentId = documentId;
    this.accountId = accountId;
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

  public Instant getFirstDownloadAt() {
    return firstDownloadAt;
  }

  public Instant getCompletedAt() {
    return completedAt;
  }
}
