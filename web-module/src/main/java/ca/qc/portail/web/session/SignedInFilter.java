package ca.qc.portail.web.session;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Pages under /app need both the container's caller and this session's {@link CurrentUser}; a
 * session that has one without the other (it outlived a redeployment) is ended and the person sent
 * to the login page.
 */
@WebFilter(urlPatterns = "/app/*")
public class SignedInFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  @Inject private CurrentUser currentUser;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getUserPrincipal() != null && currentUser.isSignedIn()) {
      response.setHeader("Cache-Control", "no-store");
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
