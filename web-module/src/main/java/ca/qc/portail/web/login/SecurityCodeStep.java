package ca.qc.portail.web.login;

import ca.qc.portail.authentication.SecondFactor;
import ca.qc.portail.authentication.SignedInUser;
import ca.qc.portail.web.support.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/**
 * The security-code page (R-L4): *Soumettre*, *Réenvoyer le code*, *Redémarrer la connexion*,
 * *Annuler*.
 */
@Named
@RequestScoped
public class SecurityCodeStep {

  static final String PAGE = "/code-de-securite.xhtml";

  @Inject private SecondFactor secondFactor;
  @Inject private PendingLogin pending;
  @Inject private Login login;
  @Inject private ca.qc.portail.web.session.Language language;

  private String code;

  /** The code's validity from the start of the login ({@code mfa.codeValidityMinutes}). */
  public long getValidityMinutes() {
    return secondFactor.validityMinutes();
  }

  /** Without a login in progress the page has nothing to do: back to the login page. */
  public void open() throws IOException {
    if (!pending.isActive()) {
      toLogin(null);
    }
  }

  public void submit() throws IOException {
    if (!pending.isActive()) {
      toLogin("restart");
      return;
    }
    SecondFactor.CodeResult result = secondFactor.verify(pending.challenge(), code);
    code = null;
    switch (result.outcome()) {
      case SUCCESS -> {
        SignedInUser user = result.user();
        pending.clear();
        login.establish(user);
      }
      case WRONG ->
          Pages.message(
              "securite:code",
              FacesMessage.SEVERITY_ERROR,
              pending.isAuthenticator() ? "code.authenticator.wrong" : "code.wrong");
      // Finding #12 of issue 12: too many wrong codes from this address.
      case THROTTLED -> Pages.message(null, FacesMessage.SEVERITY_ERROR, "code.throttled");
      case RESTART -> {
        pending.clear();
        toLogin("restart");
      }
    }
  }

  public void resend() throws IOException {
    if (!pending.isActive()) {
      toLogin("restart");
      return;
    }
    switch (secondFactor.resend(pending.challenge(), language.chosen())) {
      case SENT -> Pages.message(null, FacesMessage.SEVERITY_INFO, "code.resent");
      case TOO_SOON -> Pages.message(null, FacesMessage.SEVERITY_ERROR, "code.tooSoon");
      case TOO_MANY -> Pages.message(null, FacesMessage.SEVERITY_ERROR, "code.tooMany");
      case RESTART -> {
        pending.clear();
        toLogin("restart");
      }
    }
  }

  /** *Redémarrer la connexion* and *Annuler*: the code is cancelled, back to the login page. */
  public void restart() throws IOException {
    if (pending.isActive()) {
      secondFactor.cancel(pending.challenge());
      pending.clear();
    }
    toLogin(null);
  }

  private static void toLogin(String reason) throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(
        external.getRequestContextPath()
            + "/connexion.xhtml"
            + (reason == null ? "" : "?recommencer=1"));
    FacesContext.getCurrentInstance().responseComplete();
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}
