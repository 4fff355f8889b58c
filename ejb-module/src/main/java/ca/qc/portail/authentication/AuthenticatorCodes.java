package ca.qc.portail.authentication;

import ca.qc.portail.account.UserAccount;
import ca.qc.portail.platform.Digests;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * The authenticator app's secrets and recovery codes as the login and the enrolment use them, in
 * their caller's transaction on an account the caller has locked: a TOTP code is accepted once (the
 * account's last accepted step), a recovery code once (marked used), and both are compared without
 * revealing which part was wrong. Secrets are stored only encrypted ({@link TotpKey}), recovery
 * codes only hashed.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class AuthenticatorCodes {

  /** How many recovery codes an enrolment gives. */
  public static final int RECOVERY_CODES = 10;

  private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
  private static final String RECOVERY_FORMAT = "[a-z2-9]{5}-?[a-z2-9]{5}";

  @PersistenceContext private EntityManager em;
  @Inject private TotpKey key;
  @Inject private Clock clock;

  private final SecureRandom random = new SecureRandom();

  /** What a typed code turned out to be. */
  public enum Match {
    TOTP,
    RECOVERY_CODE,
    NONE
  }

  /**
   * Checks a code typed at login against the enrolled account's authenticator, or one of its unused
   * recovery codes; an accepted one can never be accepted again.
   */
  public Match verify(UserAccount account, String typed) {
    if (!account.isTotpEnrolled() || typed == null) {
      return Match.NONE;
    }
    String code = typed.strip().toLowerCase(Locale.ROOT);
    if (code.matches("\\d{" + Totp.DIGITS + "}")) {
      String secret = key.decrypt(account.getId(), account.getTotpSecret());
      OptionalLong step =
          Totp.matchingStep(secret, code, clock.instant(), account.getTotpLastStep());
      if (step.isPresent()) {
        account.acceptTotpStep(step.getAsLong());
        return Match.TOTP;
      }
      return Match.NONE;
    }
    if (code.matches(RECOVERY_FORMAT)) {
      int used =
          em.createNativeQuery(
                  "UPDATE totp_recovery_code SET used_at = ? WHERE account_id = ? AND code_hash = ?"
                      + " AND used_at IS NULL")
              .setParameter(1, Timestamp.from(clock.instant()))
              .setParameter(2, account.getId())
              .setParameter(3, hashOf(account.getId(), code))
              .executeUpdate();
      return used == 1 ? Match.RECOVERY_CODE : Match.NONE;
    }
    return Match.NONE;
  }

  /**
   * Enrols {@code secret} when {@code code} is its current code: the secret is stored encrypted,
   * the account's former recovery codes are replaced by {@value #RECOVERY_CODES} new ones, returned
   * in clear this once. Empty when the code does not match.
   */
  public OptionalLong confirmStep(String secret, String code) {
    return Totp.matchingStep(secret, code, clock.instant(), Long.MIN_VALUE);
  }

  /** Stores {@code secret} as {@code account}'s, after {@link #confirmStep}; the recovery codes. */
  public List<String> enrol(UserAccount account, String secret, long confirmedStep) {
    Instant now = clock.instant();
    account.enrolTotp(key.encrypt(account.getId(), secret), now, confirmedStep);
    em.createNativeQuery("DELETE FROM totp_recovery_code WHERE account_id = ?")
        .setParameter(1, account.getId())
        .executeUpdate();
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < RECOVERY_CODES; i++) {
      String code = newRecoveryCode();
      codes.add(code);
      em.createNativeQuery(
              "INSERT INTO totp_recovery_code (account_id, code_hash, created_at) VALUES (?, ?, ?)")
          .setParameter(1, account.getId())
          .setParameter(2, hashOf(account.getId(), code))
          .setParameter(3, Timestamp.from(now))
          .executeUpdate();
    }
    return codes;
  }

  /** How many recovery codes of {@code accountId} are still unused. */
  public long unusedRecoveryCodes(long accountId) {
    return ((Number)
            em.createNativeQuery(
                    "SELECT COUNT(*) FROM totp_recovery_code WHERE account_id = ? AND used_at IS NULL")
                .setParameter(1, accountId)
                .getSingleResult())
        .longValue();
  }

  private String newRecoveryCode() {
    StringBuilder code = new StringBuilder();
    for (int i = 0; i < 10; i++) {
      if (i == 5) {
        code.append('-');
      }
      code.append(RECOVERY_ALPHABET.charAt(random.nextInt(RECOVERY_ALPHABET.length())));
    }
    return code.toString();
  }

  /** The stored form of a recovery code: bound to its account, the hyphen optional when typed. */
  static String hashOf(long accountId, String code) {
    return Digests.sha256Hex(accountId + ":" + code.replace("-", ""));
  }
}
