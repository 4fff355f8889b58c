package ca.qc.portail.web.authenticator;

import ca.qc.portail.authentication.AuthenticatorApp;
import ca.qc.portail.authentication.Totp;
import ca.qc.portail.web.session.CurrentUser;
import ca.qc.portail.web.support.Pages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * *Application d'authentification* (issue 12, deliver 2): the caller's status, then a new secret as
 * a QR code and as text, confirmed with a code of the app; the recovery codes are shown once. The
 * secret lives in this view only until it is confirmed (then stored encrypted, never shown again)
 * or the page is left.
 */
@Named
@ViewScoped
public class AuthenticatorEnrolment implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private AuthenticatorApp app;
  @Inject private CurrentUser currentUser;

  private AuthenticatorApp.Status status;
  private String secret;
  private String qrCode;
  private String code;
  private List<String> recoveryCodes = List.of();

  public void open() {
    if (FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    status = app.status();
    if (!status.enrolled()) {
      begin();
    }
  }

  /** A new secret: the first enrolment, or replacing the app. */
  public void begin() {
    AuthenticatorApp.Enrolment enrolment = app.begin();
    secret = enrolment.secret();
    qrCode = QrCode.pngDataUrl(enrolment.uri());
    recoveryCodes = List.of();
  }

  public void confirm() {
    Optional<List<String>> result = app.confirm(secret, code);
    code = null;
    if (result.isEmpty()) {
      Pages.message("activation:code", FacesMessage.SEVERITY_ERROR, "authenticator.code.wrong");
      FacesContext.getCurrentInstance().validationFailed();
      return;
    }
    recoveryCodes = result.get();
    secret = null;
    qrCode = null;
    currentUser.authenticatorEnrolled();
    status = app.status();
  }

  /** Whether the login led here because the setting requires an app not enrolled yet. */
  public boolean isRequiredNow() {
    return currentUser.isAuthenticatorEnrolmentRequired();
  }

  public AuthenticatorApp.Status getStatus() {
    return status;
  }

  public boolean isEnrolling() {
    return secret != null;
  }

  /** The secret in groups of four, for typing into the app by hand. */
  public String getSecretText() {
    return secret == null ? null : Totp.grouped(secret);
  }

  public String getQrCode() {
    return qrCode;
  }

  public List<String> getRecoveryCodes() {
    return recoveryCodes;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}
