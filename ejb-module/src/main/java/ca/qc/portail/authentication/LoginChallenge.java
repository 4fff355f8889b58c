package ca.qc.portail.authentication;

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
 * The second step of one login (R-L4): which account, the hash of the e-mailed code, and the
 * counters that limit it. Referenced from the browser's session by a random value whose hash only
 * is stored.
 */
@Entity
@Table(name = "login_challenge")
public class LoginChallenge {

  /** Where the challenge stands. */
  public enum State {
    EN_COURS,
    REUSSI,
    ECHOUE,
    ANNULE
  }

  /** Which second factor the login asks for. */
  public enum Factor {
    /** The e-mailed code (R-L4). */
    COURRIEL,
    /** The authenticator app's code, or a recovery code. */
    TOTP
  }

  @Id
  @SequenceGenerator(
      name = "login_challenge_seq",
      sequenceName = "login_challenge_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "login_challenge_seq")
  private Long id;

  @Column(name = "reference_hash", nullable = false, length = 64)
  private String referenceHash;

  @Column(name = "account_id", nullable = false)
  private long accountId;

  @Column(name = "code_salt", nullable = false, length = 32)
  private String codeSalt;

  @Column(name = "code_hash", nullable = false, length = 64)
  private String codeHash;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "last_sent_at", nullable = false)
  private Instant lastSentAt;

  @Column(nullable = false)
  private int resends;

  @Column(name = "wrong_codes", nullable = false)
  private int wrongCodes;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private State state;

  @Column(name = "client_address", length = 64)
  private String address;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Factor factor = Factor.COURRIEL;

  protected LoginChallenge() {}

  LoginChallenge(
      String referenceHash,
      long accountId,
      String codeSalt,
      String codeHash,
      Instant startedAt,
      Instant expiresAt,
      String address) {
    this.referenceHash = referenceHash;
    this.accountId = accountId;
    this.codeSalt = codeSalt;
    this.codeHash = codeHash;
    this.startedAt = startedAt;
    this.expiresAt = expiresAt;
    this.lastSentAt = startedAt;
    this.state = State.EN_COURS;
    this.address = address == null || address.length() <= 64 ? address : address.substring(0, 64);
  }

  LoginChallenge askingAuthenticator() {
    this.factor = Factor.TOTP;
    return this;
  }

  public Factor getFactor() {
    return factor;
  }

  void newCode(String salt, String hash, Instant at) {
    this.codeSalt = salt;
    this.codeHash = hash;
    this.lastSentAt = at;
    this.resends++;
  }

  int countWrongCode() {
    return ++wrongCodes;
  }

  void end(State state) {
    this.state = state;
  }

  public long getAccountId() {
    return accountId;
  }

  public String getCodeSalt() {
    return codeSalt;
  }

  public String getCodeHash() {
    return codeHash;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public Instant getLastSentAt() {
    return lastSentAt;
  }

  public int getResends() {
    return resends;
  }

  public int getWrongCodes() {
    return wrongCodes;
  }

  public State getState() {
    return state;
  }
}
