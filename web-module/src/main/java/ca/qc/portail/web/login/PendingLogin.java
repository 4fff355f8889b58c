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

  void start(String challenge, String loginName) {
    this.challenge = challenge;
    this.loginName = loginName;
  }

  void clear() {
    challenge = null;
    loginName = null;
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
