package ca.qc.portail.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Jakarta Security mechanism of the portal. The login page checks the password through the EJB
 * rules and then calls {@code SecurityContext.authenticate} with a {@link VerifiedLogin}; this
 * mechanism registers that caller for the session ({@link AutoApplySession}). A visitor without a
 * session asking for a protected page is sent to the login page.
 *
 * <p>The caller's name is the account identifier, so services look the caller up without trusting
 * anything the browser sends.
 */
@AutoApplySession
@ApplicationScoped
public class PortailAuthenticationMechanism implements HttpAuthenticationMechanism {

  public static final String LOGIN_PAGE = "/connexion.xhtml";

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (context.isAuthenticationRequest()
        && context.getAuthParameters().getCredential() instanceof VerifiedLogin login) {
      return context.notifyContainerAboutLogin(
          String.valueOf(login.user().accountId()), login.user().roles());
    }
    if (context.isProtected()) {
      return context.redirect(request.getContextPath() + LOGIN_PAGE);
    }
    return context.doNothing();
  }
}
