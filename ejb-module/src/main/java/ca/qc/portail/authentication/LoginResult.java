package ca.qc.portail.authentication;

/**
 * The outcome of one login attempt, with the signed-in user on success.
 *
 * @param user present only when the outcome is {@link LoginOutcome#SUCCESS}
 */
public record LoginResult(LoginOutcome outcome, SignedInUser user) {

  static LoginResult refused(LoginOutcome outcome) {
    return new LoginResult(outcome, null);
  }

  public boolean succeeded() {
    return outcome == LoginOutcome.SUCCESS;
  }
}
