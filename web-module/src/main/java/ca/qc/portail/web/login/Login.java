package ca.qc.portail.web.login;

import ca.qc.portail.authentication.LoginResult;
import ca.qc.portail.authentication.LoginService;
import ca.qc.portail.web.security.VerifiedLogin;
import ca.qc.portail.web.session.CurrentUser;
import ca.qc.portail.web.support.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * *Accédez à votre compte*: the password step (R-L1, R-L5). On success the session gets a new
 * identifier (R-L7) and the home page follows.
 */
@Named
@RequestScoped
public class Login {

  static final String HOME = "/app/accueil.xhtml";

  @Inject private LoginService loginService;
  @Inject private SecurityContext securityContext;
  @Inject private CurrentUser currentUser;

  private String login;
  private String password;

  public void signIn() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    LoginResult result = loginService.authenticate(login, password, request.getRemoteAddr());
    password = null;
    if (!result.succeeded()) {
      Pages.message(null, FacesMessage.SEVERITY_ERROR, "login.refused." + result.outcome().name());
      return;
    }
    request.getSession(true);
    request.changeSessionId();
    AuthenticationStatus status =
        securityContext.authenticate(
            request,
            (HttpServletResponse) external.getResponse(),
            AuthenticationParameters.withParams()
                .credential(new VerifiedLogin(result.user()))
                .newAuthentication(true));
    if (status != AuthenticationStatus.SUCCESS) {
      Pages.message(null, FacesMessage.SEVERITY_ERROR, "login.refused.INVALID");
      return;
    }
    currentUser.signIn(result.user());
    external.redirect(external.getRequestContextPath() + HOME);
    faces.responseComplete();
  }

  public String getLogin() {
    return login;
  }

  public void setLogin(String login) {
    this.login = login;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
