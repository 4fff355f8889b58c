package ca.qc.portail.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.qc.portail.web.TestPeople.Person;
import ca.qc.portail.web.TestProjects.Exchange;
import ca.qc.portail.web.TestProjects.Part;
import ca.qc.portail.web.exchange.TusTestClient;
import ca.qc.portail.web.exchange.TusTestClient.Refused;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The upload endpoint (tus 1.0.0 at {@code /app/echange/televersements}, R-E3, R-E9) in the real
 * WAR, over plain HTTP with the session of a person signed in through the browser: deposits in
 * several requests, a request cut mid-body resumed without sending stored bytes again, the refusals
 * (offset, size, someone else's upload, missing protocol header, foreign origin).
 */
class WebUploadIT extends BrowserTesting {

  private URI root() {
    return URI.create(url("/"));
  }

  /** Creation: a deposit in {@code exchange}'s project for its responsable, nothing else. */
  private URI toStaff(String cookie, Exchange exchange, String fileName, long length) {
    return create(cookie, exchange, fileName, length, exchange.staff());
  }

  /** Creation: a deposit in {@code exchange}'s project for {@code recipient}, with no note. */
  private URI create(
      String cookie, Exchange exchange, String fileName, long length, Person recipient) {
    return TusTestClient.create(
        http,
        root(),
        cookie,
        exchange.project().id(),
        fileName,
        length,
        List.of(recipient.id()),
        null,
        null);
  }

  private static byte[] content(int size) {
    byte[] bytes = new byte[size];
    new Random(size).nextBytes(bytes);
    return bytes;
  }

  @Test
  @DisplayName(
      "R-E9/R-E4: a deposit sent in three PATCHes, HEAD between them, completes as a document"
          + " whose recipient is e-mailed; an empty one completes at HEAD; OPTIONS names the"
          + " protocol and the limit")
  void depositInSeveralPatches() throws Exception {
    Exchange exchange = TestProjects.exchange();
    byte[] bytes = content(300_000);
    try (Browser browser = new Browser(base)) {
      assertThat(signIn(browser, exchange.staff())).isTrue();
      String cookie = browser.cookieHeader();

      HttpResponse<String> options =
          TusTestClient.send(
              http,
              HttpRequest.newBuilder(TusTestClient.endpoint(root()))
                  .header("Cookie", cookie)
                  .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
      assertThat(options.statusCode()).isEqualTo(204);
      assertThat(options.headers().firstValue("Tus-Version")).hasValue("1.0.0");
      assertThat(options.headers().firstValue("Tus-Extension")).hasValue("creation,termination");
      assertThat(options.headers().firstValue("Tus-Max-Size")).hasValue("2147483648");

      URI upload =
          TusTestClient.create(
              http,
              root(),
              cookie,
              exchange.project().id(),
              "Rapport annuel.pdf",
              bytes.length,
              List.of(exchange.member().id()),
              "Version finale",
              null);
      assertThat(upload.getPath()).matches(".*/app/echange/televersements/\\d+");
      assertThat(TusTestClient.offset(http, upload, cookie)).isZero();
      long offset = 0;
      for (int end : new int[] {100_000, 200_000}) {
        offset =
            TusTestClient.patch(
                http,
                upload,
                cookie,
                offset,
                new ByteArrayInputStream(Arrays.copyOfRange(bytes, (int) offset, end)));
        assertThat(offset).isEqualTo(end);
        assertThat(TusTestClient.offset(http, upload, cookie)).isEqualTo(end);
      }
      assertThat(TestProjects.documents(exchange.project().id())).isEmpty();
      HttpResponse<String> last =
          TusTestClient.send(
              http,
              TusTestClient.request(upload, cookie)
                  .header("Content-Type", "application/offset+octet-stream")
                  .header("Upload-Offset", "200000")
                  .method(
                      "PATCH",
                      HttpRequest.BodyPublishers.ofByteArray(
                          Arrays.copyOfRange(bytes, 200_000, bytes.length))));

      assertThat(last.statusCode()).isEqualTo(204);
      assertThat(last.headers().firstValue("Upload-Offset")).hasValue("300000");
      assertThat(last.headers().firstValue("Portail-Document"))
          .hasValue(String.valueOf(TestProjects.documents(exchange.project().id()).get(0)));
      assertThat(Mailbox.awaitEmailContaining(exchange.member().email(), "Rapport annuel.pdf"))
          .contains("Projet 001", "Julie Morin");

      URI empty = create(cookie, exchange, "Vide.txt", 0, exchange.member());
      HttpResponse<String> head =
          TusTestClient.send(
              http,
              TusTestClient.request(empty, cookie)
                  .method("HEAD", HttpRequest.BodyPublishers.noBody()));
      assertThat(head.headers().firstValue("Upload-Offset")).hasValue("0");
      assertThat(head.headers().firstValue("Portail-Document"))
          .as("an empty file has nothing to PATCH: HEAD completes it")
          .isPresent();
      assertThat(TestProjects.documents(exchange.project().id())).hasSize(2);
    }
  }

  @Test
  @DisplayName(
      "R-E9: a PATCH cut mid-body keeps what arrived; HEAD shows it and the rest completes the"
          + " deposit without sending a stored byte again")
  void cutPatchResumes() throws Exception {
    Exchange exchange = TestProjects.exchange();
    byte[] bytes = content(1_000_000);
    try (Browser browser = new Browser(base)) {
      assertThat(signIn(browser, exchange.member())).isTrue();
      String cookie = browser.cookieHeader();
      URI upload = toStaff(cookie, exchange, "Liste.csv", bytes.length);

      int sent = 400_000;
      patchThenCut(upload, cookie, bytes, sent);
      long stored = awaitOffset(upload, cookie, sent);
      assertThat(stored).isEqualTo(sent);

      long id = Long.parseLong(upload.getPath().replaceAll(".*/", ""));
      long end =
          awaitPatch(upload, cookie, stored, Arrays.copyOfRange(bytes, (int) stored, bytes.length));
      assertThat(end).isEqualTo(bytes.length);
      assertThat(TestProjects.uploadState(id)).isEqualTo("TERMINE");
      assertThat(TestProjects.parts(id))
          .as("the second request started where the first one's bytes ended")
          .containsExactly(new Part(0, 0, sent), new Part(1, sent, bytes.length - sent));
      assertThat(TestProjects.documents(exchange.project().id())).hasSize(1);
    }
  }

  @Test
  @DisplayName(
      "R-E9: a wrong offset is 409 with the stored one; more bytes than declared is 413, the"
          + " upload refused and nothing visible; DELETE cancels; a refused deposit is 422")
  void refusals() throws Exception {
    Exchange exchange = TestProjects.exchange();
    try (Browser browser = new Browser(base)) {
      assertThat(signIn(browser, exchange.member())).isTrue();
      String cookie = browser.cookieHeader();
      long project = exchange.project().id();
      List<Long> staff = List.of(exchange.staff().id());

      URI upload =
          TusTestClient.create(http, root(), cookie, project, "a.txt", 10, staff, null, null);
      TusTestClient.patch(http, upload, cookie, 0, new ByteArrayInputStream(new byte[4]));
      assertThatThrownBy(
              () ->
                  TusTestClient.patch(
                      http, upload, cookie, 2, new ByteArrayInputStream(new byte[3])))
          .isInstanceOfSatisfying(
              Refused.class,
              r -> {
                assertThat(r.status()).isEqualTo(409);
                assertThat(r.header("Upload-Offset")).isEqualTo("4");
              });
      assertThat(TusTestClient.offset(http, upload, cookie)).isEqualTo(4);

      URI tooMuch =
          TusTestClient.create(http, root(), cookie, project, "b.txt", 1000, staff, null, null);
      long tooMuchId = Long.parseLong(tooMuch.getPath().replaceAll(".*/", ""));
      assertThatThrownBy(
              () ->
                  TusTestClient.patch(
                      http, tooMuch, cookie, 0, new ByteArrayInputStream(content(200_000))))
          .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.status()).isEqualTo(413));
      assertThat(TestProjects.uploadState(tooMuchId)).isEqualTo("REFUSE");
      assertThatThrownBy(() -> TusTestClient.offset(http, tooMuch, cookie))
          .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.status()).isEqualTo(404));

      assertThatThrownBy(
              () ->
                  TusTestClient.create(
                      http, root(), cookie, project, "c.bin", 3L << 30, staff, null, null))
          .isInstanceOfSatisfying(
              Refused.class,
              r -> {
                assertThat(r.status()).isEqualTo(413);
                assertThat(r.body()).contains("2 Giga-octets");
              });
      assertThatThrownBy(
              () ->
                  TusTestClient.create(
                      http, root(), cookie, project, "", 10, List.of(), "x".repeat(501), null))
          .isInstanceOfSatisfying(
              Refused.class,
              r -> {
                assertThat(r.status()).isEqualTo(422);
                assertThat(r.body())
                    .contains(
                        "Choisissez le document à transmettre.",
                        "Choisissez au moins un destinataire.",
                        "La note aux destinataires ne doit pas dépasser 500 caractères.");
              });

      long uploadId = Long.parseLong(upload.getPath().replaceAll(".*/", ""));
      TusTestClient.cancel(http, upload, cookie);
      assertThat(TestProjects.uploadState(uploadId)).isEqualTo("ANNULE");
      assertThatThrownBy(() -> TusTestClient.offset(http, upload, cookie))
          .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.status()).isEqualTo(404));
      assertThat(TestProjects.documents(project)).isEmpty();
    }
  }

  @Test
  @DisplayName(
      "R-U1/R-E9: someone else's upload and another project are 404; no Tus-Resumable is 412;"
          + " a foreign Origin is 403")
  void outOfReach() throws Exception {
    Exchange exchange = TestProjects.exchange();
    Exchange other = TestProjects.exchange();
    try (Browser owner = new Browser(base);
        Browser stranger = new Browser(base)) {
      assertThat(signIn(owner, exchange.member())).isTrue();
      assertThat(signIn(stranger, other.member())).isTrue();
      String cookie = owner.cookieHeader();
      String strangerCookie = stranger.cookieHeader();
      URI upload = toStaff(cookie, exchange, "a.txt", 10);

      assertThatThrownBy(() -> TusTestClient.offset(http, upload, strangerCookie))
          .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.status()).isEqualTo(404));
      assertThatThrownBy(
              () ->
                  TusTestClient.patch(
                      http, upload, strangerCookie, 0, new ByteArrayInputStream(new byte[10])))
          .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.status()).isEqualTo(404));
      assertThatThrownBy(() -> TusTestClient.cancel(http, upload, strangerCookie))
          .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.status()).isEqualTo(404));
      assertThatThrownBy(() -> toStaff(strangerCookie, exchange, "b.txt", 10))
          .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.status()).isEqualTo(404));
      assertThat(TusTestClient.offset(http, upload, cookie)).isZero();

      HttpResponse<String> noProtocol =
          TusTestClient.send(
              http,
              HttpRequest.newBuilder(upload)
                  .header("Cookie", cookie)
                  .method("HEAD", HttpRequest.BodyPublishers.noBody()));
      assertThat(noProtocol.statusCode()).isEqualTo(412);
      HttpResponse<String> foreign =
          TusTestClient.send(
              http,
              TusTestClient.request(upload, cookie)
                  .header("Origin", "https://malveillant.example")
                  .DELETE());
      assertThat(foreign.statusCode()).isEqualTo(403);
      HttpResponse<String> own =
          TusTestClient.send(
              http,
              TusTestClient.request(upload, cookie)
                  .header("Origin", url("/").replaceAll("(https?://[^/]+).*", "$1"))
                  .method("HEAD", HttpRequest.BodyPublishers.noBody()));
      assertThat(own.statusCode()).isEqualTo(200);
      assertThat(own.headers().firstValue("Cache-Control")).hasValue("no-store");
    }
  }

  /**
   * Announces the whole rest of the file, sends {@code sent} bytes of it, then resets the
   * connection, as a network that drops does.
   */
  private void patchThenCut(URI upload, String cookie, byte[] bytes, int sent) throws Exception {
    try (Socket socket = new Socket(upload.getHost(), upload.getPort())) {
      OutputStream out = socket.getOutputStream();
      String head =
          "PATCH "
              + upload.getRawPath()
              + " HTTP/1.1\r\nHost: "
              + upload.getHost()
              + ":"
              + upload.getPort()
              + "\r\nCookie: "
              + cookie
              + "\r\nTus-Resumable: 1.0.0\r\nContent-Type: application/offset+octet-stream"
              + "\r\nUpload-Offset: 0\r\nContent-Length: "
              + bytes.length
              + "\r\n\r\n";
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.write(bytes, 0, sent);
      out.flush();
      Thread.sleep(1000);
      socket.setSoLinger(true, 0);
    }
  }

  /** HEAD until the server has stored what arrived before the cut (it notices the cut first). */
  private long awaitOffset(URI upload, String cookie, long expected) throws Exception {
    return Mailbox.await(
        () -> {
          long offset = TusTestClient.offset(http, upload, cookie);
          return offset == expected ? Optional.of(offset) : Optional.empty();
        },
        () -> "offset never reached " + expected);
  }

  /** PATCH from {@code offset}, again while the cut request still holds the upload (409). */
  private long awaitPatch(URI upload, String cookie, long offset, byte[] rest) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (true) {
      try {
        return TusTestClient.patch(http, upload, cookie, offset, new ByteArrayInputStream(rest));
      } catch (Refused e) {
        if (e.status() != 409 || System.nanoTime() > deadline) {
          throw e;
        }
        Thread.sleep(200);
      }
    }
  }
}
