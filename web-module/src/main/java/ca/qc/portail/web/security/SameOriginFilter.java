package ca.qc.portail.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * State changes only by POST (or the tus endpoint's PATCH and DELETE), and only from this site's
 * own pages (finding #9 of issue 12). Faces forms carry their view state, which a foreign page
 * cannot know; the forms without one — the login page (a stateless view, so that reading it opens
 * no session), the language switch and the audit export — are protected here: a request whose
 * {@code Origin}, or failing it {@code Referer}, names another site is refused with 403 before
 * anything reads it. Browsers send {@code Origin} with every POST, so a cross-site form always
 * names its site; a request with neither header comes from no browser, and so carries no victim's
 * cookies.
 */
public class SameOriginFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  @Inject
  @ConfigProperty(name = "APP_BASE_URL", defaultValue = "http://localhost:8080")
  String baseUrl;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!SAFE_METHODS.contains(request.getMethod())
        && !sameOrigin(
            request.getHeader("Origin"),
            request.getHeader("Referer"),
            request.getScheme() + "://" + request.getHeader("Host"),
            baseUrl)) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    chain.doFilter(request, response);
  }

  /**
   * Whether a request with these headers comes from this site: its {@code Origin} (or, without one,
   * its {@code Referer}'s origin) is the address the request was sent to or the public address
   * {@code APP_BASE_URL} (behind a proxy that ends TLS). Neither header: not a browser.
   */
  static boolean sameOrigin(String origin, String referer, String requested, String baseUrl) {
    String claimed = origin != null ? origin : referer;
    if (claimed == null) {
      return true;
    }
    String from = originOf(claimed);
    return from != null && (from.equals(originOf(requested)) || from.equals(originOf(baseUrl)));
  }

  /** {@code scheme://host[:port]} of an address, lower case, default ports left out; or null. */
  static String originOf(String address) {
    if (address == null) {
      return null;
    }
    try {
      URI uri = new URI(address.trim());
      if (uri.getScheme() == null || uri.getHost() == null) {
        return null;
      }
      String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
      int port = uri.getPort();
      boolean defaultPort =
          port == -1
              || ("http".equals(scheme) && port == 80)
              || ("https".equals(scheme) && port == 443);
      return scheme
          + "://"
          + uri.getHost().toLowerCase(Locale.ROOT)
          + (defaultPort ? "" : ":" + port);
    } catch (Exception e) {
      return null;
    }
  }
}
