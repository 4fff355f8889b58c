package ca.qc.portail.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A registration code issued to a pending person (R-A5): only its SHA-256 hash is stored. It is
 * valid through {@link #getValidUntil()} inclusive, may be extended once, and is suspended by the
 * 5th mismatch of the partial SIN (R-A6). The mismatch counter is changed by {@link Registration}
 * with one database UPDATE only.
 */
@Entity
@Table(name = "registration_code")
public class RegistrationCode {

  @Id
  @SequenceGenerator(
      name = "registration_code_seq",
      sequenceName = "registration_code_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "registration_code_seq")
  private Long id;

  @Column(name = "account_id", nullable = false)
  private Long accountId;

  @Column(name = "code_hash", nullable = false, length = 64)
  private String codeHash;

  @Column(name = "issued_at", nullable = false)
  private Instant issuedAt;

  @Column(name = "valid_until", nullable = false)
  private LocalDate validUntil;

  @Column(nullable = false)
  private boolean extended;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private RegistrationCodeState state;

  @Column(name = "mismatch_count", nullable = false)
  private int mismatchCount;

  @Column(name = "state_changed_at")
  private Instant stateChangedAt;

  @Version private long version;

  protected RegistrationCode() {}

  RegistrationCode(long accountId, String codeHash, Instant issuedAt, LocalDate validUntil) {
    this.accountId = accountId;
    this.codeHash = Objects.requireNonNull(codeHash);
    this.issuedAt = Objects.requireNonNull(issuedAt);
    this.validUntil = Objects.requireNonNull(validUntil);
    this.state = RegistrationCodeState.ACTIF;
  }

  /** Usable on {@code today}: Actif and {@code today} not after the last valid day. */
  public boolean usableOn(LocalDate today) {
    return state == RegistrationCodeState.ACTIF && !today.isAfter(validUntil);
  }

  /**
   * R-A5, R-C3: the one extension, to {@code lastDay}; an expired code becomes usable again. The
   * caller checked the partial SIN and that the code was never extended.
   */
  void extendTo(LocalDate lastDay, Instant at) {
    this.validUntil = Objects.requireNonNull(lastDay);
    this.extended = true;
    if (state == RegistrationCodeState.EXPIRE) {
      this.state = RegistrationCodeState.ACTIF;
      this.stateChangedAt = at;
    }
  }

  /** R-A6, R-C3: central lifts the suspension; the mismatches start again from zero. */
  void liftSuspension(Instant at) {
    this.state = RegistrationCodeState.ACTIF;
    this.mismatchCount = 0;
    this.stateChangedAt = at;
  }

  /** R-J4: an Actif code whose last valid day is before {@code today}. */
  public boolean isPastValidity(LocalDate today) {
    return state == RegistrationCodeState.ACTIF && today.isAfter(validUntil);
  }

  void markExpired(Instant at) {
    this.state = RegistrationCodeState.EXPIRE;
    this.stateChangedAt = at;
  }

  void markUsed(Instant at) {
    this.state = RegistrationCodeState.UTILISE;
    this.stateChangedAt = at;
  }

  public Long getId() {
    return id;
  }

  public Long getAccountId() {
    return accountId;
  }

  public Instant getIssuedAt() {
    return issuedAt;
  }

  public LocalDate getValidUntil() {
    return validUntil;
  }

  public boolean isExtended() {
    return extended;
  }

  public RegistrationCodeState getState() {
    return state;
  }

  public Instant getStateChangedAt() {
    return stateChangedAt;
  }

  public int getMismatchCount() {
    return mismatchCount;
  }
}
