package ca.qc.portail.web.support;

import ca.qc.portail.web.exchange.deposit.TusUploads;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ResourceBundle;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A request body larger than {@code request.maxBytes} gets 413 before anything reads it (finding
 * #14 of issue 12), but for the exchange's tus endpoint, which receives documents of up to {@code
 * documents.maxBytes} and enforces its own limits as the bytes arrive. The HTTP listener's own
 * limit stays off for that endpoint's sake (server-config/pre-boot-commands.asadmin).
 */
public class RequestSizeLimit extends HttpFilter {
  private static final long serialVersionUID = 1L;

  @Inject
  @ConfigProperty(name = "request.maxBytes", defaultValue = "2097152")
  long maxBytes;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (tooLarge(request.getContentLengthLong(), request.getServletPath(), maxBytes)) {
      response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
      // The body is left unread: the connection is not kept for another request.
      response.setHeader("Connection", "close");
      response.setContentType("text/plain;charset=UTF-8");
      ResourceBundle fr =
          ResourceBundle.getBundle("ca.qc.portail.web.messages", Locale.CANADA_FRENCH);
      ResourceBundle en = ResourceBundle.getBundle("ca.qc.portail.web.messages", Locale.CANADA);
      response
          .getOutputStream()
          .write(
              (fr.getString("request.tooLarge") + "\n" + en.getString("request.tooLarge") + "\n")
                  .getBytes(StandardCharsets.UTF_8));
      return;
    }
    chain.doFilter(request, response);
  }

  /** Whether a body of {@code length} bytes (-1: not declared) is refused at {@code path}. */
  static boolean tooLarge(long length, String path, long maxBytes) {
    boolean tus = path.equals(TusUploads.PATH) || path.startsWith(TusUploads.PATH + "/");
    return !tus && length > maxBytes;
  }
}
