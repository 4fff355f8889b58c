package ca.qc.portail.web.session;

import ca.qc.portail.authentication.SessionValidity;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Pages under /app need both the container's caller and this session's {@link CurrentUser}; a
 * session that has one without the other (it outlived a redeployment) is ended and the person sent
 * to the login page. While the password must be changed (R-P2, R-P4) every other page leads to the
 * change page, then, while an authenticator app must be enrolled, to the enrolment page.
 */
@WebFilter(urlPatterns = "/app/*")
public class SignedInFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  /** *Modification de votre mot de passe*, the only page open while the password must change. */
  public static final String CHANGE_PAGE = "/app/mot-de-passe.xhtml";

  /** The authenticator app's enrolment, the only page open while it is required (issue 12). */
  public static final String ENROLMENT_PAGE = "/app/authentificateur.xhtml";

  @Inject private CurrentUser currentUser;
  @Inject private CookieNames cookies;
  @Inject private SessionValidity validity;
  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "session.absoluteTimeoutHours", defaultValue = "12")
  long absoluteTimeoutHours;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getUserPrincipal() != null
        && currentUser.isSignedIn()
        && currentUser.holdsKey(CookieNames.valueOf(request, cookies.key()))
        && !currentUser.outlived(Duration.ofHours(absoluteTimeoutHours), clock.instant())
        && validity.stillValid(currentUser.getUser())) {
      response.setHeader("Cache-Control", "no-store");
      // R-P2, R-P4: a temporary or expired password is changed before anything else.
      if (currentUser.getUser().passwordStatus().mustChange()
          && !CHANGE_PAGE.equals(request.getServletPath())) {
        response.sendRedirect(request.getContextPath() + CHANGE_PAGE);
        return;
      }
      // mfa.totpRequiredForRoles: the enrolment comes next, before any other page.
      if (currentUser.isAuthenticatorEnrolmentRequired()
          && !ENROLMENT_PAGE.equals(request.getServletPath())) {
        response.sendRedirect(request.getContextPath() + ENROLMENT_PAGE);
        return;
      }
      chain.doFilter(request, response);
      return;
    }
    request.logout();
    if (request.getSession(false) != null) {
      request.getSession(false).invalidate();
    }
    response.sendRedirect(request.getContextPath() + "/connexion.xhtml");
  }
}
