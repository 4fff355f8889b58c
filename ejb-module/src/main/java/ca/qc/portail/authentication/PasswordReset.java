package ca.qc.portail.authentication;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One forgot-password request (R-L8). Every request is kept for the rate limits; one made for a
 * usable account has a link token, of which only the SHA-256 hash is stored.
 */
@Entity
@Table(name = "password_reset")
public class PasswordReset {

  @Id
  @SequenceGenerator(
      name = "password_reset_seq",
      sequenceName = "password_reset_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "password_reset_seq")
  private Long id;

  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;

  @Column(name = "client_address", length = 64)
  private String address;

  @Column(name = "account_id")
  private Long accountId;

  @Column(name = "token_hash", length = 64)
  private String tokenHash;

  @Column(name = "expires_at")
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  protected PasswordReset() {}

  PasswordReset(Instant requestedAt, String address, Long accountId) {
    this.requestedAt = requestedAt;
    this.address = address == null || address.length() <= 64 ? address : address.substring(0, 64);
    this.accountId = accountId;
  }

  void issue(String tokenHash, Instant expiresAt) {
    this.tokenHash = tokenHash;
    this.expiresAt = expiresAt;
  }

  void use(Instant at) {
    this.usedAt = at;
  }

  boolean usableAt(Instant now) {
    return tokenHash != null && usedAt == null && expiresAt != null && now.isBefore(expiresAt);
  }

  public Long getAccountId() {
    return accountId;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public Instant getUsedAt() {
    return usedAt;
  }
}
