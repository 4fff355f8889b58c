package ca.qc.portail.web.security;

import ca.qc.portail.security.Callers;
import ca.qc.portail.security.RequestOrigin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Set;

/**
 * Jakarta Security mechanism of the portal. The login page checks the password through the EJB
 * rules and then calls {@code SecurityContext.authenticate} with a {@link VerifiedLogin}; this
 * mechanism registers that caller and keeps it, with its groups, in an attribute of the HTTP
 * session ({@link SessionCaller}), from which every later request of the session is authenticated
 * again. A visitor without a session asking for a protected page is sent to the login page; when
 * the page belongs to a restricted section ({@link RestrictedSections}) the attempt is audited.
 *
 * <p>Not {@code @AutoApplySession}: that keeps the caller in the container's own session record,
 * whose groups do not travel with a session replicated to another cluster member, so the member
 * that took over (the next request through the balancer, or every request after the first one died)
 * knew the caller but none of its roles and answered 403 (issue 14, bench/cluster). The attribute
 * is an ordinary session attribute, replicated with the session. The groups are those the login
 * verified; a change of the account that must end its sessions changes its session generation,
 * which {@code SignedInFilter} checks on every signed-in request.
 *
 * <p>{@link ApplicationScoped} is what makes this class a bean (the module's discovery mode is
 * {@code annotated}): without it the container has no mechanism and every {@code authenticate}
 * answers {@code SEND_FAILURE} (the 401 of the first attempt at this change).
 *
 * <p>The caller's name is the account identifier, so services look the caller up without trusting
 * anything the browser sends.
 */
@ApplicationScoped
public class PortailAuthenticationMechanism implements HttpAuthenticationMechanism {

  public static final String LOGIN_PAGE = "/connexion.xhtml";

  /** The session attribute holding the signed-in caller ({@link SessionCaller}). */
  static final String CALLER = SessionCaller.class.getName();

  @Inject private Callers callers;
  @Inject private RequestOrigin origin;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (context.isAuthenticationRequest()
        && context.getAuthParameters().getCredential() instanceof VerifiedLogin login) {
      SessionCaller caller =
          new SessionCaller(
              String.valueOf(login.user().accountId()), Set.copyOf(login.user().roles()));
      // The login page has just given the session its new identifier (R-L7); the record goes in
      // that session, in this same request.
      request.getSession(true).setAttribute(CALLER, caller);
      return context.notifyContainerAboutLogin(caller.name(), caller.groups());
    }
    // Finding #8 of issue 12: only a session named by its cookie signs a request in; one named in
    // the path (;PORTAIL_SESSION=…) is refused by SessionIdInUrlFilter, and its 400 page must not
    // render in that session either.
    HttpSession session =
        request.isRequestedSessionIdFromCookie() ? request.getSession(false) : null;
    if (session != null && session.getAttribute(CALLER) instanceof SessionCaller caller) {
      return context.notifyContainerAboutLogin(caller.name(), caller.groups());
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

  /** {@code request.logout()}: the session no longer names a caller, even before it ends. */
  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(CALLER);
    }
    HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
  }

  /** The caller of a signed-in session: the account identifier and the container groups. */
  record SessionCaller(String name, Set<String> groups) implements Serializable {}
}
