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
 * Request bodies the application would not read as sent are refused before anything reads them, the
 * body left unread and the connection closed:
 *
 * <ul>
 *   <li>a body larger than {@code request.maxBytes} gets 413 (finding #14 of issue 12), but for the
 *       exchange's tus endpoint, which receives documents of up to {@code documents.maxBytes} and
 *       enforces its own limits as the bytes arrive. The HTTP listener's own limit stays off for
 *       that endpoint's sake (server-config/pre-boot-commands.asadmin);
 *   <li>a body in a transfer encoding (chunked) sent with a request that asks to upgrade the
 *       connection ({@code Upgrade: h2c}, as Java's HTTP client asks on plain HTTP) gets 400: the
 *       listener does not speak cleartext HTTP/2 (pre-boot-commands.asadmin), and Grizzly then
 *       hands such a body on without decoding it, so a document would be stored with the chunk
 *       sizes in it. With its length declared instead, such a request is read and answered in
 *       HTTP/1.1, as is one without a body (Grizzly leaves out the headers it would derive:
 *       Content-Type, Content-Length).
 * </ul>
 */
public class RequestBodies extends HttpFilter {
  private static final long serialVersionUID = 1L;

  @Inject
  @ConfigProperty(name = "request.maxBytes", defaultValue = "2097152")
  long maxBytes;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (tooLarge(request.getContentLengthLong(), request.getServletPath(), maxBytes)) {
      refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "request.tooLarge");
      return;
    }
    if (upgradeWithEncodedBody(
        request.getHeader("Upgrade"), request.getHeader("Transfer-Encoding"))) {
      refuse(response, HttpServletResponse.SC_BAD_REQUEST, "request.upgradeWithBody");
      return;
    }
    chain.doFilter(request, response);
  }

  /** Whether a body of {@code length} bytes (-1: not declared) is refused at {@code path}. */
  static boolean tooLarge(long length, String path, long maxBytes) {
    boolean tus = path.equals(TusUploads.PATH) || path.startsWith(TusUploads.PATH + "/");
    return !tus && length > maxBytes;
  }

  /**
   * Whether a request asks for a protocol upgrade ({@code upgrade} not blank) and sends its body in
   * a transfer encoding.
   */
  static boolean upgradeWithEncodedBody(String upgrade, String transferEncoding) {
    boolean upgrading = upgrade != null && !upgrade.isBlank();
    boolean encoded = transferEncoding != null && !transferEncoding.isBlank();
    return upgrading && encoded;
  }

  /** The refusal, in French then English, as plain text: no page is rendered for such a request. */
  private static void refuse(HttpServletResponse response, int status, String key)
      throws IOException {
    response.setStatus(status);
    // The body is left unread: the connection is not kept for another request.
    response.setHeader("Connection", "close");
    response.setContentType("text/plain;charset=UTF-8");
    ResourceBundle fr =
        ResourceBundle.getBundle("ca.qc.portail.web.messages", Locale.CANADA_FRENCH);
    ResourceBundle en = ResourceBundle.getBundle("ca.qc.portail.web.messages", Locale.CANADA);
    response
        .getOutputStream()
        .write(
            (fr.getString(key) + "\n" + en.getString(key) + "\n").getBytes(StandardCharsets.UTF_8));
  }
}
