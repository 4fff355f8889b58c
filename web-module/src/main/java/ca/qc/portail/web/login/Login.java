package ca.qc.portail.web.login;

import ca.qc.portail.authentication.LoginOutcome;
import ca.qc.portail.authentication.LoginResult;
import ca.qc.portail.authentication.LoginService;
import ca.qc.portail.authentication.SecondFactor;
import ca.qc.portail.authentication.SignedInUser;
import ca.qc.portail.selfservice.SelfService;
import ca.qc.portail.web.security.VerifiedLogin;
import ca.qc.portail.web.session.CookieNames;
import ca.qc.portail.web.session.CurrentUser;
import ca.qc.portail.web.session.Language;
import ca.qc.portail.web.session.SignedInFilter;
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
import java.time.Clock;

/**
 * *Accédez à votre compte*: the password step (R-L1, R-L5), then the security code (R-L4) when it
 * is on. Each step gives the session a new identifier (R-L7); the home page follows.
 */
@Named
@RequestScoped
public class Login {

  static final String HOME = "/app/accueil.xhtml";

  @Inject private LoginService loginService;
  @Inject private SecondFactor secondFactor;
  @Inject private SecurityContext securityContext;
  @Inject private CurrentUser currentUser;
  @Inject private PendingLogin pending;
  @Inject private Language language;
  @Inject private CookieNames cookies;
  @Inject private SelfService self;
  @Inject private Clock clock;

  private String login;
  private String password;

  public void signIn() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    // Issue 13, point 2: English chosen on the login page writes the security code's e-mail in it.
    LoginResult result = loginService.authenticate(login, password, language.chosen());
    password = null;
    if (result.outcome() == LoginOutcome.SECOND_FACTOR) {
      request.getSession(true);
      request.changeSessionId();
      pending.start(
          result.challenge(), login.strip(), secondFactor.asksAuthenticator(result.challenge()));
      external.redirect(external.getRequestContextPath() + SecurityCodeStep.PAGE);
      faces.responseComplete();
      return;
    }
    if (!result.succeeded()) {
      Pages.message(null, FacesMessage.SEVERITY_ERROR, "login.refused." + result.outcome().name());
      return;
    }
    establish(result.user());
  }

  /**
   * Makes {@code user} the session's caller: a new session identifier (R-L7), the container's
   * caller and groups, then the home page, or the change page when the password must be changed
   * first.
   */
  void establish(SignedInUser user) throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    request.getSession(true);
    request.changeSessionId();
    AuthenticationStatus status =
        securityContext.authenticate(
            request,
            (HttpServletResponse) external.getResponse(),
            AuthenticationParameters.withParams()
                .credential(new VerifiedLogin(user))
                .newAuthentication(true));
    if (status != AuthenticationStatus.SUCCESS) {
      Pages.message(null, FacesMessage.SEVERITY_ERROR, "login.refused.INVALID");
      return;
    }
    String key = currentUser.signIn(user, clock.instant());
    ((HttpServletResponse) external.getResponse())
        .addCookie(cookies.sessionCookie(cookies.key(), key));
    // The language chosen with the switch before the login is the person's from now on (R-J6);
    // otherwise the pages follow the language recorded for them (Language).
    String chosen = language.chosen();
    if (chosen != null && !chosen.equals(user.language())) {
      self.preferLanguage(chosen);
      currentUser.languageRecorded(chosen);
    }
    // R-P2, R-P4: a temporary or expired password is changed before anything else.
    // Issue 12: an authenticator app the setting requires is enrolled next (SignedInFilter).
    String next =
        user.passwordStatus().mustChange()
            ? SignedInFilter.CHANGE_PAGE
            : user.mustEnrolAuthenticator() ? SignedInFilter.ENROLMENT_PAGE : HOME;
    external.redirect(external.getRequestContextPath() + next);
    faces.responseComplete();
  }

  /**
   * Issue 13, point 12: a signed-in person who comes back to the site's address (or the login page)
   * lands on their menu, not on a login form under their own name.
   */
  public void leaveIfSignedIn() throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    // Without a session nobody is signed in: asking the session's bean would start one.
    if (external.getSession(false) != null && currentUser.isSignedIn()) {
      external.redirect(external.getRequestContextPath() + HOME);
      FacesContext.getCurrentInstance().responseComplete();
    }
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
