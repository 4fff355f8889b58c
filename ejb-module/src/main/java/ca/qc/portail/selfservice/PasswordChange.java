package ca.qc.portail.selfservice;

import ca.qc.portail.password.PasswordViolation;
import java.util.List;

/**
 * The answer to a password change (R-P1, R-P3, R-P5): changed, refused because the current password
 * is wrong, or refused with every unmet criterion ({@link PasswordViolation#ONCE_A_DAY} alone when
 * R-P3 refuses the change). A change gives the account's new session generation, under which the
 * session that made it goes on while the account's other sessions end (finding #3 of issue 12).
 */
public record PasswordChange(
    Outcome outcome, List<PasswordViolation> violations, long sessionGeneration) {

  public enum Outcome {
    CHANGED,
    /** The current password typed is not the account's; nothing else was checked. */
    WRONG_CURRENT_PASSWORD,
    REFUSED
  }

  /** Key of the wrong current password's text in the web module's messages. */
  public static final String WRONG_CURRENT_PASSWORD_KEY = "selfPassword.wrongCurrent";

  public PasswordChange {
    violations = List.copyOf(violations);
  }

  static PasswordChange changed(long sessionGeneration) {
    return new PasswordChange(Outcome.CHANGED, List.of(), sessionGeneration);
  }

  static PasswordChange wrongCurrentPassword() {
    return new PasswordChange(Outcome.WRONG_CURRENT_PASSWORD, List.of(), 0);
  }

  static PasswordChange refused(List<PasswordViolation> violations) {
    return new PasswordChange(Outcome.REFUSED, violations, 0);
  }

  public boolean succeeded() {
    return outcome == Outcome.CHANGED;
  }
}
