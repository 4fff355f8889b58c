package ca.qc.portail.web.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The portal's cookie names (finding #10 of issue 12). Under HTTPS ({@code APP_BASE_URL}) the
 * session cookie and the session key cookie take the {@code __Host-} prefix: browsers then accept
 * them only Secure, for the path {@code /} and without a domain, so no other host of the domain
 * (nor a plain-HTTP page) can plant or overwrite them.
 */
@ApplicationScoped
public class CookieNames {

  static final String SESSION = "PORTAIL_SESSION";

  /** The session-wide language choice made with the switch ({@link LanguageSwitch}). */
  public static final String LANGUAGE = "PORTAIL_LANGUE";

  @Inject
  @ConfigProperty(name = "APP_BASE_URL", defaultValue = "http://localhost:8080")
  String baseUrl;

  public boolean https() {
    return https(baseUrl);
  }

  static boolean https(String baseUrl) {
    return baseUrl != null && baseUrl.regionMatches(true, 0, "https://", 0, 8);
  }

  /** {@code name}, with the {@code __Host-} prefix when the site is on HTTPS. */
  static String hostOnly(String name, boolean https) {
    return https ? "__Host-" + name : name;
  }

  public String session() {
    return hostOnly(SESSION, https());
  }

  /** The cookie of the signed-in session's key ({@link CurrentUser}). */
  public String key() {
    return hostOnly(CurrentUser.KEY_COOKIE, https());
  }

  /** A cookie of the browser session (no expiry), HttpOnly, for the whole site. */
  public Cookie sessionCookie(String name, String value) {
    Cookie cookie = new Cookie(name, value);
    cookie.setHttpOnly(true);
    cookie.setPath("/");
    cookie.setMaxAge(-1);
    cookie.setSecure(https());
    cookie.setAttribute("SameSite", "Lax");
    return cookie;
  }

  /** The value of the request's cookie {@code name}, or null. */
  public static String valueOf(HttpServletRequest request, String name) {
    Cookie[] cookies = request.getCookies();
    return cookies == null
        ? null
        : Arrays.stream(cookies)
            .filter(c -> name.equals(c.getName()))
            .map(Cookie::getValue)
            .findFirst()
            .orElse(null);
  }
}
