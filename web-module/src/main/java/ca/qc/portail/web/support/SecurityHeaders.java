package ca.qc.portail.web.support;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Headers every response carries, error pages included (finding #10 of issue 12): no framing, no
 * MIME sniffing, no referrer leaving the site, the Content Security Policy, nothing kept in caches
 * but the static resources, and HSTS when the portal is served over HTTPS ({@code APP_BASE_URL}).
 * Mapped in web.xml to the REQUEST, FORWARD and ERROR dispatches: the container's own refusals (the
 * signed-in 403 page) and the 404 and 500 pages are rendered through an ERROR dispatch.
 *
 * <p>Faces pages get the same policy with a script nonce: PrimeFaces (context-param {@code
 * primefaces.CSP}) adds its header with {@link ContentSecurityPolicy#forPrimeFaces()} and the
 * nonce; the wrapper makes that header replace this filter's, so a page never carries two policies
 * (which browsers would both enforce). Cookies set through the wrapper (the application's and the
 * Faces flash cookie) get {@code SameSite=Lax}, and {@code Secure} under HTTPS.
 */
public class SecurityHeaders extends HttpFilter {
  private static final long serialVersionUID = 1L;

  @Inject
  @ConfigProperty(name = "APP_BASE_URL", defaultValue = "http://localhost:8080")
  String baseUrl;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    boolean https = https(baseUrl);
    headers(https, staticResource(request)).forEach(response::setHeader);
    chain.doFilter(request, new Hardened(response, https));
  }

  static boolean https(String baseUrl) {
    return baseUrl != null && baseUrl.regionMatches(true, 0, "https://", 0, 8);
  }

  /** Resources the browser may cache: stylesheets, scripts, images (never a page). */
  static boolean staticResource(HttpServletRequest request) {
    String path = request.getServletPath();
    return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
  }

  /** The headers of a response, by whether the site is on HTTPS and the response is a resource. */
  static Map<String, String> headers(boolean https, boolean staticResource) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("X-Content-Type-Options", "nosniff");
    headers.put("X-Frame-Options", "DENY");
    headers.put("Referrer-Policy", "same-origin");
    headers.put("Content-Security-Policy", ContentSecurityPolicy.WITHOUT_NONCE);
    if (!staticResource) {
      headers.put("Cache-Control", "no-store");
    }
    if (https) {
      headers.put("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
    return headers;
  }

  /** A cookie as the portal sends it: SameSite=Lax unless said otherwise, Secure under HTTPS. */
  static Cookie harden(Cookie cookie, boolean https) {
    if (cookie.getAttribute("SameSite") == null) {
      cookie.setAttribute("SameSite", "Lax");
    }
    if (https) {
      cookie.setSecure(true);
    }
    return cookie;
  }

  private static final class Hardened extends HttpServletResponseWrapper {
    private final boolean https;

    Hardened(HttpServletResponse response, boolean https) {
      super(response);
      this.https = https;
    }

    @Override
    public void addHeader(String name, String value) {
      if ("Content-Security-Policy".equalsIgnoreCase(name)) {
        super.setHeader(name, value);
      } else {
        super.addHeader(name, value);
      }
    }

    @Override
    public void addCookie(Cookie cookie) {
      super.addCookie(harden(cookie, https));
    }
  }
}
