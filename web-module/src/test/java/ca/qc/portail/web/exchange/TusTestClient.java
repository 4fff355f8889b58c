package ca.qc.portail.web.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A tus 1.0.0 client for tests (R-E9): deposits through {@code /app/echange/televersements} as the
 * browser's script does, with the session of a signed-in browser ({@code sessionCookie}: the whole
 * {@code Cookie} header, e.g. {@code Browser.cookieHeader()}). Any answer other than the one the
 * protocol expects throws {@link Refused}, which carries the status, the headers and the body.
 */
public final class TusTestClient {
  private TusTestClient() {}

  public static final String PATH = "/app/echange/televersements";

  /** An answer the protocol did not expect at that step. */
  public static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient HttpResponse<String> response;

    Refused(String step, HttpResponse<String> response) {
      super(step + " answered " + response.statusCode() + ": " + response.body());
      this.response = response;
    }

    public int status() {
      return response.statusCode();
    }

    public String body() {
      return response.body();
    }

    public String header(String name) {
      return response.headers().firstValue(name).orElse(null);
    }
  }

  /**
   * Creation: starts a deposit of {@code length} bytes named {@code fileName} in project {@code
   * projectId} for {@code recipients}; returns the upload's address. {@code note} and {@code zip}
   * (the protected ZIP's password, R-E10) may be null.
   */
  public static URI create(
      HttpClient http,
      URI base,
      String sessionCookie,
      long projectId,
      String fileName,
      long length,
      List<Long> recipients,
      String note,
      String zip) {
    List<String> metadata = new ArrayList<>();
    metadata.add(pair("projet", String.valueOf(projectId)));
    metadata.add(pair("filename", fileName));
    metadata.add(
        pair(
            "destinataires",
            recipients.stream().map(String::valueOf).collect(Collectors.joining(","))));
    if (note != null) {
      metadata.add(pair("note", note));
    }
    if (zip != null) {
      metadata.add(pair("zip", zip));
    }
    HttpResponse<String> response =
        send(
            http,
            request(endpoint(base), sessionCookie)
                .header("Upload-Length", String.valueOf(length))
                .header("Upload-Metadata", String.join(",", metadata))
                .POST(HttpRequest.BodyPublishers.noBody()));
    if (response.statusCode() != 201) {
      throw new Refused("POST", response);
    }
    return base.resolve(response.headers().firstValue("Location").orElseThrow());
  }

  /** HEAD: how many bytes of the upload the server has stored. */
  public static long offset(HttpClient http, URI upload, String sessionCookie) {
    HttpResponse<String> response =
        send(
            http,
            request(upload, sessionCookie).method("HEAD", HttpRequest.BodyPublishers.noBody()));
    if (response.statusCode() != 200) {
      throw new Refused("HEAD", response);
    }
    return Long.parseLong(response.headers().firstValue("Upload-Offset").orElseThrow());
  }

  /**
   * PATCH: sends what {@code bytes} holds (chunked, no length announced) from {@code offset};
   * returns the server's new offset.
   */
  public static long patch(
      HttpClient http, URI upload, String sessionCookie, long offset, InputStream bytes) {
    return Long.parseLong(
        patchResponse(http, upload, sessionCookie, offset, bytes)
            .headers()
            .firstValue("Upload-Offset")
            .orElseThrow());
  }

  /** DELETE (*Annuler*). */
  public static void cancel(HttpClient http, URI upload, String sessionCookie) {
    HttpResponse<String> response = send(http, request(upload, sessionCookie).DELETE());
    if (response.statusCode() != 204) {
      throw new Refused("DELETE", response);
    }
  }

  /** Deposits {@code file} whole in one PATCH; returns the document's identifier. */
  public static long depositFully(
      HttpClient http,
      URI base,
      String sessionCookie,
      long projectId,
      Path file,
      List<Long> recipients,
      String note,
      String zip) {
    try (InputStream in = Files.newInputStream(file)) {
      URI upload =
          create(
              http,
              base,
              sessionCookie,
              projectId,
              file.getFileName().toString(),
              Files.size(file),
              recipients,
              note,
              zip);
      HttpResponse<String> response = patchResponse(http, upload, sessionCookie, 0, in);
      return Long.parseLong(
          response
              .headers()
              .firstValue("Portail-Document")
              .orElseThrow(() -> new Refused("PATCH (no Portail-Document)", response)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static HttpResponse<String> patchResponse(
      HttpClient http, URI upload, String sessionCookie, long offset, InputStream bytes) {
    HttpResponse<String> response =
        send(
            http,
            request(upload, sessionCookie)
                .header("Content-Type", "application/offset+octet-stream")
                .header("Upload-Offset", String.valueOf(offset))
                .method("PATCH", HttpRequest.BodyPublishers.ofInputStream(() -> bytes)));
    if (response.statusCode() != 204) {
      throw new Refused("PATCH", response);
    }
    return response;
  }

  /** The endpoint of {@code base}, the application's address (with its context path). */
  public static URI endpoint(URI base) {
    String root = base.toString().replaceAll("/$", "");
    return URI.create(root + PATH);
  }

  /** A tus request with the session: {@code Tus-Resumable} and the cookie. */
  public static HttpRequest.Builder request(URI uri, String sessionCookie) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(uri).header("Tus-Resumable", "1.0.0");
    if (sessionCookie != null) {
      builder.header("Cookie", sessionCookie);
    }
    return builder;
  }

  public static HttpResponse<String> send(HttpClient http, HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** One {@code Upload-Metadata} pair. */
  public static String pair(String key, String value) {
    return key + " " + Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
  }
}
