package ca.qc.portail.authentication;

/**
 * The outcome of one login attempt, with the signed-in user on success.
 *
 * @param user present only when the outcome is {@link LoginOutcome#SUCCESS}
 * @param challenge present only when the outcome is {@link LoginOutcome#SECOND_FACTOR}: the
 *     reference of the e-mailed code, kept in the browser's session on the server
 */
public record LoginResult(LoginOutcome outcome, SignedInUser user, String challenge) {

  static LoginResult refused(LoginOutcome outcome) {
    return new LoginResult(outcome, null, null);
  }

  static LoginResult secondFactor(String challenge) {
    return new LoginResult(LoginOutcome.SECOND_FACTOR, null, challenge);
  }

  public boolean succeeded() {
    return outcome == LoginOutcome.SUCCESS;
  }
}
