package ca.qc.portail.web.session;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * Sessions are tracked by cookie only (R-L7): a request naming a session in its path ({@code
 * ;PORTAIL_SESSION=…}), or a session id from anywhere but the cookie, is refused with 400 before
 * anything reads the session, so a session id put in a link cannot be planted on someone (finding
 * #8 of issue 12). Mapped in web.xml to every path, before anything that reads the session.
 */
public class SessionIdInUrlFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (namesSessionInPath(request.getRequestURI())
        || request.isRequestedSessionIdFromURL()
        || (request.getRequestedSessionId() != null && !request.isRequestedSessionIdFromCookie())) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    chain.doFilter(request, response);
  }

  /** Whether a request path carries a session id as a path parameter. */
  static boolean namesSessionInPath(String uri) {
    if (uri == null || uri.indexOf(';') < 0) {
      return false;
    }
    String lower = uri.toLowerCase(Locale.ROOT);
    // Under HTTPS the cookie is __Host-PORTAIL_SESSION (CookieNames).
    return lower.contains(";portail_session") || lower.contains(";__host-portail_session");
  }
}
