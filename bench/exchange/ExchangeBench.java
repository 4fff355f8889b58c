import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * R-E9 transfer benchmark: CONCURRENCY depositors each upload FILE to the project through the tus
 * endpoint (one creation, one streamed PATCH), then as many recipient sessions each download one of
 * those documents through the page (a click on its name, then the ranged GET), reading and dropping
 * the bytes. Prints each direction's wall time and MB/s (10^6 bytes) for all transfers together.
 *
 * <pre>java -cp … ExchangeBench BASE_URL DEPOSITOR RECIPIENT PASSWORD PROJECT_ID RECIPIENT_ID CONCURRENCY FILE</pre>
 *
 * Sessions sign in with the shared sign-in of {@code bench/officer-list} (MFA_EMAIL=false).
 */
public class ExchangeBench {
  private static final Pattern DOCUMENT_LINK =
      Pattern.compile("<a id=\"(recuperation:[^\"]+:nom)\"[^>]*>(?:<strong>)?([^<]+)<");

  public static void main(String[] args) throws Exception {
    String base = args[0].replaceAll("/$", "");
    String depositor = args[1];
    String recipient = args[2];
    String password = args[3];
    long project = Long.parseLong(args[4]);
    long recipientId = Long.parseLong(args[5]);
    int concurrency = Integer.parseInt(args[6]);
    Path file = Path.of(args[7]);
    long size = Files.size(file);
    String tag = "bench-" + System.currentTimeMillis();

    ExecutorService pool = Executors.newFixedThreadPool(concurrency);
    List<OfficerListBench.Session> depositors = new ArrayList<>();
    List<OfficerListBench.Session> recipients = new ArrayList<>();
    for (int i = 0; i < concurrency; i++) {
      depositors.add(signedIn(base, depositor, password));
      recipients.add(signedIn(base, recipient, password));
    }

    List<Callable<Void>> uploads = new ArrayList<>();
    for (int i = 0; i < concurrency; i++) {
      OfficerListBench.Session session = depositors.get(i);
      String name = tag + "-" + i + "-" + file.getFileName();
      uploads.add(() -> upload(session, base, project, recipientId, name, file, size));
    }
    long up = timed(pool, uploads);

    List<Callable<Void>> downloads = new ArrayList<>();
    for (int i = 0; i < concurrency; i++) {
      OfficerListBench.Session session = recipients.get(i);
      String name = tag + "-" + i + "-" + file.getFileName();
      downloads.add(() -> download(session, base, project, name, size));
    }
    long down = timed(pool, downloads);
    pool.shutdown();

    double megabytes = (double) size * concurrency / 1e6;
    System.out.printf(
        "size=%d concurrency=%d upload %.1f s %.1f MB/s download %.1f s %.1f MB/s%n",
        size, concurrency, up / 1e9, megabytes / (up / 1e9), down / 1e9, megabytes / (down / 1e9));
  }

  private static OfficerListBench.Session signedIn(String base, String login, String password)
      throws Exception {
    OfficerListBench.Session session = new OfficerListBench.Session(base);
    session.signIn(login, password);
    return session;
  }

  private static long timed(ExecutorService pool, List<Callable<Void>> tasks) throws Exception {
    long start = System.nanoTime();
    for (Future<Void> done : pool.invokeAll(tasks)) {
      done.get();
    }
    return System.nanoTime() - start;
  }

  /** tus creation then one PATCH streaming the whole file from disk. */
  private static Void upload(
      OfficerListBench.Session session,
      String base,
      long project,
      long recipient,
      String name,
      Path file,
      long size)
      throws Exception {
    String metadata =
        "projet " + b64(Long.toString(project))
            + ",filename " + b64(name)
            + ",destinataires " + b64(Long.toString(recipient));
    HttpResponse<String> created =
        session.http().send(
            HttpRequest.newBuilder(URI.create(base + "/app/echange/televersements"))
                .header("Tus-Resumable", "1.0.0")
                .header("Upload-Length", Long.toString(size))
                .header("Upload-Metadata", metadata)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (created.statusCode() != 201) {
      throw new IllegalStateException("creation: " + created.statusCode() + " " + created.body());
    }
    String location = created.headers().firstValue("Location").orElseThrow();
    HttpResponse<String> patched =
        session.http().send(
            HttpRequest.newBuilder(URI.create(base).resolve(location))
                .header("Tus-Resumable", "1.0.0")
                .header("Upload-Offset", "0")
                .header("Content-Type", "application/offset+octet-stream")
                .timeout(Duration.ofMinutes(30))
                .method("PATCH", HttpRequest.BodyPublishers.ofFile(file))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (patched.statusCode() != 204
        || !patched.headers().firstValue("Upload-Offset").orElse("").equals(Long.toString(size))) {
      throw new IllegalStateException("PATCH: " + patched.statusCode() + " " + patched.body());
    }
    return null;
  }

  /** A click on the document's name in Récupération, then the GET the page redirects to. */
  private static Void download(
      OfficerListBench.Session session, String base, long project, String name, long size)
      throws Exception {
    String page = session.get("/app/echange/projet.xhtml?projet=" + project);
    String link = null;
    Matcher m = DOCUMENT_LINK.matcher(page);
    while (m.find()) {
      if (m.group(2).strip().equals(name)) {
        link = m.group(1);
      }
    }
    if (link == null) {
      throw new IllegalStateException(name + " not listed in Récupération");
    }
    Map<String, String> form = new LinkedHashMap<>();
    form.put("recuperation", "recuperation");
    form.put(link, link);
    form.put("jakarta.faces.ViewState", OfficerListBench.viewState(page));
    HttpResponse<String> clicked =
        session.noRedirect().send(
            session.formPost("/app/echange/projet.xhtml?projet=" + project, form),
            HttpResponse.BodyHandlers.ofString());
    String ticket = clicked.headers().firstValue("Location").orElseThrow(
        () -> new IllegalStateException("no download started: " + clicked.statusCode()));
    HttpResponse<InputStream> got =
        session.http().send(
            HttpRequest.newBuilder(URI.create(base).resolve(ticket))
                .timeout(Duration.ofMinutes(30))
                .build(),
            HttpResponse.BodyHandlers.ofInputStream());
    long read = 0;
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = got.body()) {
      for (int n; (n = in.read(buffer)) > 0; ) {
        read += n;
      }
    }
    if (got.statusCode() != 200 || read != size) {
      throw new IOException("download: " + got.statusCode() + ", " + read + " of " + size);
    }
    return null;
  }

  private static String b64(String value) {
    return Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
  }
}
