package ca.qc.portail.web.session;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * R-L7: a temporary session cookie only — no expiry, HttpOnly, Secure and named {@code
 * __Host-PORTAIL_SESSION} when the deployment is served over HTTPS ({@code APP_BASE_URL} starts
 * with https; finding #10 of issue 12) — and the idle timeout from {@code
 * session.idleTimeoutMinutes}. Its SameSite=Lax comes from glassfish-web.xml ({@code
 * cookieSameSite}): the HTTP listener's setting wrote it twice; the application's other cookies get
 * it from {@code SecurityHeaders}.
 */
@WebListener
public class SessionSettings implements ServletContextListener {

  @Inject
  @ConfigProperty(name = "session.idleTimeoutMinutes", defaultValue = "30")
  int idleTimeoutMinutes;

  @Inject CookieNames names;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    event.getServletContext().setSessionTimeout(idleTimeoutMinutes);
    SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
    cookie.setName(names.session());
    cookie.setHttpOnly(true);
    cookie.setMaxAge(-1);
    // A __Host- cookie must be Secure, for the path / and without a domain (CookieNames).
    cookie.setPath("/");
    if (names.https()) {
      cookie.setSecure(true);
    }
  }
}
