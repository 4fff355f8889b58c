package ca.qc.portail.authentication;

import ca.qc.portail.account.AccountState;
import ca.qc.portail.password.PasswordRules;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Decides the outcome of a login attempt on an existing account (R-L1, R-L3, R-L5). Expiry and
 * deactivation are told only to someone who knows the password: with a wrong password those
 * accounts, and every unknown login, get the same {@link LoginOutcome#INVALID}. A current lock is
 * the exception the seeds make: its message is worded for any account.
 */
public final class LoginRules {

  /** Longest login accepted: an e-mail address (RFC 5321). */
  public static final int MAX_LOGIN = 254;

  /** Longest password accepted; longer input is refused before hashing. */
  public static final int MAX_PASSWORD = PasswordRules.MAX_LENGTH;

  private LoginRules() {}

  /**
   * Whether the typed values can be looked up at all. Overlong values and control characters are
   * refused with the generic message, like any other failure.
   */
  public static boolean acceptableInput(String login, String password) {
    return login != null
        && password != null
        && !login.isBlank()
        && login.strip().length() <= MAX_LOGIN
        && !password.isEmpty()
        && password.length() <= MAX_PASSWORD
        && login.codePoints().noneMatch(LoginRules::isControl)
        && password.codePoints().noneMatch(LoginRules::isControl);
  }

  private static boolean isControl(int codePoint) {
    return Character.isISOControl(codePoint)
        || Character.getType(codePoint) == Character.FORMAT
        || Character.getType(codePoint) == Character.SURROGATE;
  }

  public static LoginOutcome decide(
      AccountState state,
      LocalDate expiryDate,
      Instant lockedUntil,
      boolean passwordMatches,
      Clock clock) {
    // R-L3: while the lock lasts every attempt gets the lock message (seed 002: "Si le compte est
    // valide, vous recevrez un courriel…"), whatever the password.
    if (state == AccountState.VERROUILLE
        && lockedUntil != null
        && lockedUntil.isAfter(clock.instant())) {
      return LoginOutcome.LOCKED;
    }
    if (!passwordMatches) {
      return LoginOutcome.INVALID;
    }
    if (state == AccountState.INACTIF) {
      return LoginOutcome.INACTIVE;
    }
    if (state == AccountState.EXPIRE
        || (expiryDate != null && !expiryDate.isAfter(LocalDate.now(clock)))) {
      return LoginOutcome.EXPIRED;
    }
    return LoginOutcome.SUCCESS;
  }
}
