package ca.qc.portail.web.session;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * R-L7: a temporary session cookie only — no expiry, HttpOnly, Secure when the deployment is served
 * over HTTPS ({@code APP_BASE_URL} starts with https) — and the idle timeout from {@code
 * session.idleTimeoutMinutes}. SameSite=Lax is added to every cookie by the HTTP listener
 * (server-config/pre-boot-commands.asadmin): Payara ignores the cookie attributes of Servlet 6.
 */
@WebListener
public class SessionSettings implements ServletContextListener {

  @Inject
  @ConfigProperty(name = "session.idleTimeoutMinutes", defaultValue = "30")
  int idleTimeoutMinutes;

  @Inject
  @ConfigProperty(name = "APP_BASE_URL", defaultValue = "http://localhost:8080")
  String baseUrl;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    event.getServletContext().setSessionTimeout(idleTimeoutMinutes);
    SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
    cookie.setName("PORTAIL_SESSION");
    cookie.setHttpOnly(true);
    cookie.setMaxAge(-1);
    if (baseUrl.startsWith("https://")) {
      cookie.setSecure(true);
    }
  }
}
