package ca.qc.portail.web.exchange;

import ca.qc.portail.exchange.ContentIntegrityException;
import ca.qc.portail.exchange.DownloadTicket;
import ca.qc.portail.exchange.ExchangeDownloads;
import ca.qc.portail.security.AccessRefusedException;
import ca.qc.portail.security.OutOfScopeException;
import ca.qc.portail.web.exchange.ByteRange.Part;
import ca.qc.portail.web.exchange.ByteRange.Unsatisfiable;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code GET /app/echange/telechargement/{ticketId}} (R-E2, R-E8, R-E9): serves a download started
 * by a click on a document's name, by as many requests as the network needs. Each streams only the
 * plaintext bytes it asks for ({@code Range}, one range; {@code If-Range} on the ETag, the
 * document's SHA-256) straight from the store to the client: nothing is held in memory. The service
 * checks the caller, counts the download complete when its last byte is sent, and audits; another
 * person's ticket is "not found". A protected ZIP (R-E10) is not served here: it is the response of
 * the POST that carries its password ({@link ProjectExchange}).
 */
@WebServlet("/app/echange/telechargement/*")
public class DocumentDownload extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(DocumentDownload.class.getName());

  @Inject private ExchangeDownloads downloads;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    serve(request, response, true);
  }

  /** The headers only: a HEAD never sends, so never completes, a download. */
  @Override
  protected void doHead(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    serve(request, response, false);
  }

  private void serve(HttpServletRequest request, HttpServletResponse response, boolean body)
      throws IOException {
    Long ticketId = ticketId(request.getPathInfo());
    if (ticketId == null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    DownloadTicket ticket;
    try {
      ticket = downloads.ticket(ticketId);
    } catch (OutOfScopeException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    } catch (AccessRefusedException e) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    if (ticket.zipProtected()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    long size = ticket.size();
    String etag = "\"" + ticket.sha256() + "\"";
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Accept-Ranges", "bytes");
    response.setHeader("ETag", etag);
    response.setHeader("Repr-Digest", reprDigest(ticket.sha256()));
    response.setHeader("Content-Disposition", attachment(ticket.fileName()));
    String ifRange = request.getHeader("If-Range");
    ByteRange.Asked asked =
        ifRange == null || ifRange.strip().equals(etag)
            ? ByteRange.parse(request.getHeader("Range"), size)
            : new ByteRange.Whole();
    if (asked instanceof Unsatisfiable) {
      response.setHeader("Content-Range", "bytes */" + size);
      response.sendError(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
      return;
    }
    ByteRange range =
        asked instanceof Part part ? part.range() : new ByteRange(0, Math.max(0, size - 1));
    response.setContentType("application/octet-stream");
    if (asked instanceof Part) {
      response.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
      response.setHeader("Content-Range", range.contentRange(size));
      response.setContentLengthLong(range.length());
    } else {
      response.setStatus(HttpServletResponse.SC_OK);
      response.setContentLengthLong(size);
    }
    if (!body) {
      return;
    }
    try {
      downloads.send(ticketId, range.first(), range.last(), response.getOutputStream());
    } catch (OutOfScopeException e) {
      refuse(response, HttpServletResponse.SC_NOT_FOUND);
    } catch (AccessRefusedException e) {
      refuse(response, HttpServletResponse.SC_FORBIDDEN);
    } catch (ContentIntegrityException e) {
      // Audited by the service; the client must not take what it got for the document.
      LOG.log(Level.SEVERE, "Download {0} stopped: content failed its check", ticketId);
      refuse(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
    } catch (IOException e) {
      // The client went away: the download stays open, to be resumed with a Range.
      LOG.log(Level.FINE, "Download {0} interrupted", ticketId);
    }
  }

  /** An error status while nothing was sent yet; otherwise the connection is cut short. */
  private static void refuse(HttpServletResponse response, int status) throws IOException {
    if (!response.isCommitted()) {
      response.resetBuffer();
      response.setHeader("Content-Range", null);
      response.setHeader("Content-Disposition", null);
      response.sendError(status);
      return;
    }
    throw new IOException("Download refused after its first bytes were sent");
  }

  static Long ticketId(String pathInfo) {
    if (pathInfo == null || !pathInfo.matches("/\\d{1,18}")) {
      return null;
    }
    return Long.valueOf(pathInfo.substring(1));
  }

  /** RFC 9530: {@code sha-256=:<base64>:} of the whole document. */
  static String reprDigest(String sha256Hex) {
    return "sha-256=:"
        + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha256Hex))
        + ":";
  }

  /** RFC 6266 with RFC 8187's UTF-8 name, and a plain ASCII fallback for old clients. */
  static String attachment(String fileName) {
    String ascii = fileName.replaceAll("[^\\x20-\\x7E]|[\"\\\\%;]", "_");
    String encoded =
        URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
  }
}
