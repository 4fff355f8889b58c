package ca.qc.portail.web.login;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * A login between its two steps (R-L4): the reference of the e-mailed code and the name typed, kept
 * in the session on the server only.
 */
@Named
@SessionScoped
public class PendingLogin implements Serializable {
  private static final long serialVersionUID = 1L;

  private String challenge;
  private String loginName;
  private boolean authenticator;

  void start(String challenge, String loginName, boolean authenticator) {
    this.challenge = challenge;
    this.loginName = loginName;
    this.authenticator = authenticator;
  }

  void clear() {
    challenge = null;
    loginName = null;
    authenticator = false;
  }

  /**
   * Whether the code asked is the authenticator app's (or a recovery code), not an e-mailed one.
   */
  public boolean isAuthenticator() {
    return authenticator;
  }

  String challenge() {
    return challenge;
  }

  public boolean isActive() {
    return challenge != null;
  }

  public String getLoginName() {
    return loginName;
  }
}
