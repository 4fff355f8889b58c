package ca.qc.portail.security;

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

/**
 * One event counted against a client address by {@link ClientThrottle} (finding #12 of issue 12): a
 * failed password, a wrong security code or an audited refusal. Kept in the database so every
 * cluster member sees the same count.
 */
@Entity
@Table(name = "client_attempt")
public class ClientAttempt {

  @Id
  @SequenceGenerator(
      name = "client_attempt_seq",
      sequenceName = "client_attempt_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "client_attempt_seq")
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10, updatable = false)
  private ClientThrottle.Kind kind;

  @Column(name = "client_address", nullable = false, length = 64, updatable = false)
  private String address;

  @Column(name = "attempted_at", nullable = false, updatable = false)
  private Instant attemptedAt;

  protected ClientAttempt() {}

  ClientAttempt(ClientThrottle.Kind kind, String address, Instant attemptedAt) {
    this.kind = kind;
    this.address = address.length() <= 64 ? address : address.substring(0, 64);
    this.attemptedAt = attemptedAt;
  }
}
