package ca.qc.portail.web.exchange.deposit;

import ca.qc.portail.exchange.DepositRefusedException;
import ca.qc.portail.exchange.DepositRequest;
import ca.qc.portail.exchange.DepositViolation;
import ca.qc.portail.exchange.DocumentStore;
import ca.qc.portail.exchange.ExchangeUploads;
import ca.qc.portail.exchange.SizeLimitExceededException;
import ca.qc.portail.exchange.UploadConflictException;
import ca.qc.portail.exchange.UploadState;
import ca.qc.portail.exchange.UploadStatus;
import ca.qc.portail.security.AccessRefusedException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The bytes of *Transmettre un document* (R-E3, R-E9): the tus 1.0.0 protocol (core, creation,
 * termination) over {@link ExchangeUploads}, so a transfer broken by the network or a closed laptop
 * resumes from the last byte stored. Each PATCH body goes from the request's stream into the
 * encrypted store as it arrives, never held whole; the service checks the caller, the project's
 * scope and the size limit, and audits.
 *
 * <p>Every request but OPTIONS carries {@code Tus-Resumable: 1.0.0}, a header a cross-site form
 * cannot send (and no CORS lets a script send it), and an {@code Origin}, when present, must be the
 * application's own: with the session cookie's SameSite, that is this endpoint's CSRF defence.
 * Anything out of the caller's reach is "not found".
 */
@WebServlet(urlPatterns = {TusUploads.PATH, TusUploads.PATH + "/*"})
public class TusUploads extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(TusUploads.class.getName());

  public static final String PATH = "/app/echange/televersements";
  static final String VERSION = "1.0.0";
  static final String OCTETS = "application/offset+octet-stream";

  /** At most this much of a refused body is read to answer it; beyond, the connection closes. */
  private static final long DRAIN_LIMIT = 8L * 1024 * 1024;

  @Inject private ExchangeUploads uploads;
  @Inject private DocumentStore store;

  @Inject
  @ConfigProperty(name = "APP_BASE_URL", defaultValue = "http://localhost:8080")
  String baseUrl;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setHeader("Tus-Resumable", VERSION);
    response.setHeader("Cache-Control", "no-store");
    String method = request.getMethod();
    if ("OPTIONS".equals(method)) {
      options(response);
      return;
    }
    if (!VERSION.equals(request.getHeader("Tus-Resumable"))) {
      response.setHeader("Tus-Version", VERSION);
      text(response, HttpServletResponse.SC_PRECONDITION_FAILED, "Tus-Resumable: 1.0.0 requis.");
      return;
    }
    if (!sameOrigin(request)) {
      text(response, HttpServletResponse.SC_FORBIDDEN, "Origine refusée.");
      return;
    }
    Optional<Long> id = uploadId(request);
    try {
      switch (method) {
        case "POST" -> {
          if (id.isPresent()) {
            text(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "");
          } else {
            create(request, response);
          }
        }
        case "HEAD" -> withId(id, response, () -> head(id.get(), response));
        case "PATCH" -> withId(id, response, () -> patch(id.get(), request, response));
        case "DELETE" -> withId(id, response, () -> delete(id.get(), response));
        default -> text(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "");
      }
    } catch (AccessRefusedException e) {
      // Out of the caller's scope (audited by the service), or no such upload: "not found".
      answerRefused(request, response, HttpServletResponse.SC_NOT_FOUND, "Introuvable.");
    } catch (UploadConflictException e) {
      drainOrClose(request, response);
      conflict(response, e.status());
    } catch (SizeLimitExceededException e) {
      answerRefused(
          request,
          response,
          HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
          "Document refusé : plus d'octets reçus que la taille annoncée.");
    } catch (DepositRefusedException e) {
      drainOrClose(request, response);
      refused(response, e);
    }
  }

  private static void answerRefused(
      HttpServletRequest request, HttpServletResponse response, int status, String body)
      throws IOException {
    drainOrClose(request, response);
    text(response, status, body);
  }

  /**
   * Before answering a refused PATCH: reads and drops what is left of its body, up to {@link
   * #DRAIN_LIMIT}, so the client reads the answer instead of a connection closed while it sends;
   * beyond that, the connection is closed after the answer.
   */
  private static void drainOrClose(HttpServletRequest request, HttpServletResponse response) {
    if (!"PATCH".equals(request.getMethod())) {
      return;
    }
    byte[] buffer = new byte[64 * 1024];
    long left = DRAIN_LIMIT;
    try {
      var in = request.getInputStream();
      int n;
      while (left > 0 && (n = in.read(buffer)) >= 0) {
        left -= n;
      }
    } catch (IOException e) {
      left = 0;
    }
    if (left <= 0) {
      response.setHeader("Connection", "close");
    }
  }

  @FunctionalInterface
  private interface Action {
    void run() throws IOException;
  }

  private static void withId(Optional<Long> id, HttpServletResponse response, Action action)
      throws IOException {
    if (id.isEmpty()) {
      text(response, HttpServletResponse.SC_NOT_FOUND, "Introuvable.");
    } else {
      action.run();
    }
  }

  private void options(HttpServletResponse response) {
    response.setHeader("Tus-Version", VERSION);
    response.setHeader("Tus-Extension", "creation,termination");
    response.setHeader("Tus-Max-Size", String.valueOf(store.maxBytes()));
    response.setStatus(HttpServletResponse.SC_NO_CONTENT);
  }

  /** Creation: everything the form asked is checked before any byte is sent (R-E3, R-E6). */
  private void create(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Optional<Long> length = number(request.getHeader("Upload-Length"));
    TusMetadata metadata;
    try {
      metadata = TusMetadata.parse(request.getHeader("Upload-Metadata"));
    } catch (IllegalArgumentException e) {
      text(response, HttpServletResponse.SC_BAD_REQUEST, "Upload-Metadata invalide.");
      return;
    }
    Optional<Long> project = number(metadata.get("projet"));
    if (length.isEmpty() || project.isEmpty()) {
      text(response, HttpServletResponse.SC_BAD_REQUEST, "Upload-Length et projet requis.");
      return;
    }
    DepositRequest deposit;
    try {
      deposit =
          new DepositRequest(
              metadata.get("filename"),
              length.get(),
              metadata.ids("destinataires"),
              metadata.get("note"),
              metadata.get("zip"));
    } catch (NumberFormatException e) {
      text(response, HttpServletResponse.SC_BAD_REQUEST, "destinataires invalides.");
      return;
    }
    UploadStatus started = uploads.start(project.get(), deposit);
    response.setHeader("Location", request.getContextPath() + PATH + "/" + started.uploadId());
    response.setHeader("Upload-Offset", "0");
    response.setStatus(HttpServletResponse.SC_CREATED);
  }

  /**
   * Where the upload stands. An open upload that has every byte (an empty file, or a last PATCH
   * whose client went away before the answer) is completed here: a tus client that finds the offset
   * at the length sends nothing more.
   */
  private void head(long id, HttpServletResponse response) {
    UploadStatus status = uploads.status(id);
    if (status.state() != UploadState.OUVERT && status.state() != UploadState.TERMINE) {
      response.setStatus(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    if (status.state() == UploadState.OUVERT && status.complete()) {
      response.setHeader("Portail-Document", String.valueOf(uploads.complete(id)));
    }
    response.setHeader("Upload-Offset", String.valueOf(status.bytesReceived()));
    response.setHeader("Upload-Length", String.valueOf(status.declaredSize()));
    response.setStatus(HttpServletResponse.SC_OK);
  }

  /**
   * Appends the body from its stream; when the last declared byte is stored, the deposit is
   * completed here (its recipients e-mailed, R-E4) and its document named in {@code
   * Portail-Document}.
   */
  private void patch(long id, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String type = request.getContentType();
    if (type == null || !type.toLowerCase(Locale.ROOT).startsWith(OCTETS)) {
      text(
          response,
          HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE,
          "Content-Type: " + OCTETS + " requis.");
      return;
    }
    Optional<Long> offset = number(request.getHeader("Upload-Offset"));
    if (offset.isEmpty()) {
      text(response, HttpServletResponse.SC_BAD_REQUEST, "Upload-Offset requis.");
      return;
    }
    UploadStatus status = uploads.append(id, offset.get(), request.getInputStream());
    if (status.interrupted()) {
      // The client went away: what arrived is stored, and the deposit completed if it is all there.
      LOG.log(
          Level.FINE, "Upload {0} interrupted at {1}", new Object[] {id, status.bytesReceived()});
    }
    response.setHeader("Upload-Offset", String.valueOf(status.bytesReceived()));
    if (status.complete()) {
      long document = uploads.complete(id);
      response.setHeader("Portail-Document", String.valueOf(document));
    }
    response.setStatus(HttpServletResponse.SC_NO_CONTENT);
  }

  /** Termination (*Annuler*): the parts and the key are deleted now. */
  private void delete(long id, HttpServletResponse response) {
    uploads.cancel(id);
    response.setStatus(HttpServletResponse.SC_NO_CONTENT);
  }

  private static void conflict(HttpServletResponse response, UploadStatus status)
      throws IOException {
    if (status != null && status.state() != UploadState.OUVERT) {
      text(response, HttpServletResponse.SC_NOT_FOUND, "Introuvable.");
      return;
    }
    if (status != null) {
      response.setHeader("Upload-Offset", String.valueOf(status.bytesReceived()));
      response.setHeader("Upload-Length", String.valueOf(status.declaredSize()));
    }
    text(
        response,
        HttpServletResponse.SC_CONFLICT,
        "Le téléversement n'est pas à cette position, ou une autre requête l'alimente.");
  }

  /**
   * A refused deposit: 413 when the file is over the limit (as tus asks), 422 otherwise, with the
   * reasons in French, one a line.
   */
  private static void refused(HttpServletResponse response, DepositRefusedException e)
      throws IOException {
    int code =
        e.violations().contains(DepositViolation.FILE_TOO_LARGE)
            ? HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE
            : 422;
    text(
        response,
        code,
        e.violations().stream()
            .map(v -> DepositMessages.french(v))
            .collect(Collectors.joining("\n")));
  }

  /**
   * No Origin (a non-browser client), or the application's own: as the request reached it, or as
   * {@code APP_BASE_URL} names it (behind a proxy).
   */
  private boolean sameOrigin(HttpServletRequest request) {
    String origin = request.getHeader("Origin");
    if (origin == null) {
      return true;
    }
    String host = request.getHeader("Host");
    return (host != null && origin.equalsIgnoreCase(request.getScheme() + "://" + host))
        || origin.equalsIgnoreCase(originOf(baseUrl));
  }

  private static String originOf(String url) {
    try {
      URI uri = URI.create(url);
      return uri.getScheme() + "://" + uri.getRawAuthority();
    } catch (IllegalArgumentException | NullPointerException e) {
      return "";
    }
  }

  private static Optional<Long> uploadId(HttpServletRequest request) {
    String info = request.getPathInfo();
    if (info == null || info.equals("/")) {
      return Optional.empty();
    }
    return number(info.substring(1)).or(() -> Optional.of(-1L));
  }

  private static Optional<Long> number(String text) {
    if (text == null || !text.strip().matches("\\d{1,18}")) {
      return Optional.empty();
    }
    return Optional.of(Long.parseLong(text.strip()));
  }

  private static void text(HttpServletResponse response, int status, String body)
      throws IOException {
    response.setStatus(status);
    response.setContentType("text/plain;charset=UTF-8");
    response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
  }
}
