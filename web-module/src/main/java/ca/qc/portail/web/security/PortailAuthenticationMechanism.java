package ca.qc.portail.web.security;

import ca.qc.portail.security.Callers;
import ca.qc.portail.security.RequestOrigin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
 * session asking for a protected page is sent to the login page; when the page belongs to a
 * restricted section ({@link RestrictedSections}) the attempt is audited.
 *
 * <p>The caller's name is the account identifier, so services look the caller up without trusting
 * anything the browser sends.
 */
@AutoApplySession
@ApplicationScoped
public class PortailAuthenticationMechanism implements HttpAuthenticationMechanism {

  public static final String LOGIN_PAGE = "/connexion.xhtml";

  @Inject private Callers callers;
  @Inject private RequestOrigin origin;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (context.isAuthenticationRequest()
        && context.getAuthParameters().getCredential() instanceof VerifiedLogin login) {
      return context.notifyContainerAboutLogin(
          String.valueOf(login.user().accountId()), login.user().roles());
    }
    if (context.isProtected()) {
      // R-S1, R-U1: a restricted section asked for without a session is an attempt worth a record.
      String page = request.getRequestURI().substring(request.getContextPath().length());
      if (RestrictedSections.rolesFor(page).isPresent()) {
        RequestOriginFilter.note(request, origin);
        callers.pageRefused(page);
      }
      return context.redirect(request.getContextPath() + LOGIN_PAGE);
    }
    return context.doNothing();
  }
}
