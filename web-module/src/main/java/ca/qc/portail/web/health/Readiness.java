package ca.qc.portail.web.health;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * {@code GET /health/ready}: 200 once the application is deployed and its database answers, 503
 * otherwise. For load balancers and run.sh; it shows nothing about the deployment.
 */
@WebServlet(urlPatterns = "/health/ready", loadOnStartup = 1)
public class Readiness extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(Readiness.class.getName());

  @Resource(lookup = "jdbc/portail")
  private transient DataSource dataSource;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    boolean up;
    try (Connection connection = dataSource.getConnection()) {
      up = connection.isValid(2);
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "Readiness: database unreachable", e);
      up = false;
    }
    response.setStatus(up ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    response.setContentType("application/json");
    response.setHeader("Cache-Control", "no-store");
    response.getWriter().write(up ? "{\"status\":\"UP\"}" : "{\"status\":\"DOWN\"}");
  }
}
