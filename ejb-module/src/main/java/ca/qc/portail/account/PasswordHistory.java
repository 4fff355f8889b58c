package ca.qc.portail.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A password an account had (its hash), for R-P1's "not one of the last 5 passwords". */
@Entity
@Table(name = "password_history")
public class PasswordHistory {

  @Id
  @SequenceGenerator(
      name = "password_history_seq",
      sequenceName = "password_history_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "password_history_seq")
  private Long id;

  @Column(name = "account_id", nullable = false)
  private long accountId;

  @Column(name = "password_hash", nullable = false, length = 255)
  private String passwordHash;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  protected PasswordHistory() {}

  public PasswordHistory(long accountId, String passwordHash, Instant changedAt) {
    this.accountId = accountId;
    this.passwordHash = passwordHash;
    this.changedAt = changedAt;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public Instant getChangedAt() {
    return changedAt;
  }
}
