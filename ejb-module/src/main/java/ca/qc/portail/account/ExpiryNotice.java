package ca.qc.portail.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * R-J3: the officers were notified that this account expires on this date. Unique per account and
 * date, written with the e-mail: the same notice is never sent twice.
 */
@Entity
@Table(name = "expiry_notice")
public class ExpiryNotice {

  @Id
  @SequenceGenerator(
      name = "expiry_notice_seq",
      sequenceName = "expiry_notice_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "expiry_notice_seq")
  private Long id;

  @Column(name = "account_id", nullable = false)
  private Long accountId;

  @Column(name = "expiry_date", nullable = false)
  private LocalDate expiryDate;

  @Column(name = "partner_id", nullable = false)
  private Long partnerId;

  @Column(name = "sent_at", nullable = false)
  private Instant sentAt;

  protected ExpiryNotice() {}

  ExpiryNotice(long accountId, LocalDate expiryDate, long partnerId, Instant sentAt) {
    this.accountId = accountId;
    this.expiryDate = expiryDate;
    this.partnerId = partnerId;
    this.sentAt = sentAt;
  }

  public Long getAccountId() {
    return accountId;
  }

  public LocalDate getExpiryDate() {
    return expiryDate;
  }
}
