import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Password-step logins through the real login page: each iteration is a new visitor (own cookies)
 * that opens /connexion.xhtml and posts user code + password; a login counts when the answer is the
 * redirect to the home page. Run with the single-file launcher:
 *
 * <pre>java LoginBench.java BASE_URL CLIENTS ACCOUNT_PREFIX ACCOUNTS PASSWORD WARMUP_S MEASURE_S
 * </pre>
 *
 * <p>With {@code keycloak REALM CLIENT_ID REDIRECT_URI} after those, the same visitors log in to
 * Keycloak's browser login instead (issue 14, bench/login/compare.sh): GET the authorization-code
 * flow's authorization endpoint, post username + password to the login form's action, and count the
 * login when the answer is the redirect to REDIRECT_URI with a code (not followed).
 */
public class LoginBench {
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  private static final Pattern KEYCLOAK_FORM_ACTION =
      Pattern.compile("action=\"([^\"]*/login-actions/authenticate[^\"]*)\"");

  private static final AtomicBoolean REFUSAL_SHOWN = new AtomicBoolean(false);
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

  /** One visitor's login: the nanoseconds of the password POST, or -1 when refused. */
  private interface Login {
    long once(String user) throws Exception;
  }

  public static void main(String[] args) throws Exception {
    String base = args[0].replaceAll("/$", "");
    int clients = Integer.parseInt(args[1]);
    String prefix = args[2];
    int accounts = Integer.parseInt(args[3]);
    String password = args[4];
    int warmup = Integer.parseInt(args[5]);
    int measure = Integer.parseInt(args[6]);
    Login login;
    if (args.length > 7 && args[7].equals("keycloak")) {
      String realm = args[8];
      String clientId = args[9];
      String redirectUri = args[10];
      login = user -> keycloakLoginOnce(base, realm, clientId, redirectUri, user, password);
    } else {
      login = user -> loginOnce(base, user, password);
    }

    AtomicBoolean measuring = new AtomicBoolean(false);
    AtomicBoolean stop = new AtomicBoolean(false);
    AtomicLong ok = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    AtomicBoolean errorShown = new AtomicBoolean(false);
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    CountDownLatch done = new CountDownLatch(clients);

    for (int c = 0; c < clients; c++) {
      int client = c;
      new Thread(
              () -> {
                long n = client;
                while (!stop.get()) {
                  String user = prefix + String.format("%03d", (n++ * 7919) % accounts);
                  try {
                    long nanos = login.once(user);
                    if (measuring.get()) {
                      if (nanos > 0) {
                        ok.incrementAndGet();
                        latencies.add(nanos);
                      } else {
                        failed.incrementAndGet();
                      }
                    }
                  } catch (Exception e) {
                    if (errorShown.compareAndSet(false, true)) {
                      System.err.println("first error: " + e);
                    }
                    if (measuring.get()) {
                      failed.incrementAndGet();
                    }
                  }
                }
                done.countDown();
              })
          .start();
    }
    System.err.printf("warming up %d s with %d clients…%n", warmup, clients);
    Thread.sleep(warmup * 1000L);
    measuring.set(true);
    System.out.println("MEASURE_START");
    System.out.flush();
    long start = System.nanoTime();
    Thread.sleep(measure * 1000L);
    measuring.set(false);
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.println("MEASURE_END");
    System.out.flush();
    stop.set(true);
    done.await();

    List<Long> sorted = new ArrayList<>(latencies);
    Collections.sort(sorted);
    System.out.printf(
        "logins=%d failed=%d seconds=%.1f rate=%.1f/s p50=%.0fms p99=%.0fms%n",
        ok.get(),
        failed.get(),
        seconds,
        ok.get() / seconds,
        percentile(sorted, 50) / 1e6,
        percentile(sorted, 99) / 1e6);
  }

  /**
   * A new visitor's browser: its own cookie jar, redirects not followed (the answer is measured), and
   * HTTP/1.1 as a browser speaks it over plain HTTP. Java's client would otherwise ask each server to
   * upgrade the connection to cleartext HTTP/2 (h2c), which no browser does: Payara accepts, and each
   * visitor's abandoned connection then held its HTTP/2 state for the keep-alive time (bench/RESULTS.md,
   * 2026-12-06: 53 ms of CPU and 30.9 logins/s with it, 34-46 ms without).
   */
  private static HttpClient newVisitor() {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .cookieHandler(new LoopbackCookieJar())
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(10))
        .build();
  }

  /**
   * A request that gives up after {@link #REQUEST_TIMEOUT}: a server (or balancer) that stops
   * answering then shows as errors ("first error: …HttpTimeoutException") instead of clients waiting
   * without end and a run that counts nothing (2026-12-06 18:39, bench/RESULTS.md).
   */
  private static HttpRequest.Builder request(String uri) {
    return HttpRequest.newBuilder(URI.create(uri)).timeout(REQUEST_TIMEOUT);
  }

  /** One visitor's login; the nanoseconds of the password POST, or -1 when refused. */
  private static long loginOnce(String base, String user, String password) throws Exception {
    HttpClient http = newVisitor();
    HttpResponse<String> page =
        http.send(
            request(base + "/connexion.xhtml").build(),
            HttpResponse.BodyHandlers.ofString());
    Matcher state = VIEW_STATE.matcher(page.body());
    if (!state.find()) {
      throw new IllegalStateException("no ViewState on the login page");
    }
    String form =
        "connexion=connexion&connexion%3Alogin="
            + enc(user)
            + "&connexion%3Apassword="
            + enc(password)
            + "&connexion%3Aentrer=Entrer&jakarta.faces.ViewState="
            + enc(state.group(1));
    long start = System.nanoTime();
    HttpResponse<Void> answer =
        http.send(
            request(base + "/connexion.xhtml")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.discarding());
    long nanos = System.nanoTime() - start;
    boolean home =
        answer.statusCode() == 302
            && answer.headers().firstValue("Location").orElse("").contains("/app/accueil.xhtml");
    if (!home) {
      showRefusal(answer);
    }
    return home ? nanos : -1;
  }

  /**
   * One visitor's login to Keycloak: the nanoseconds of the password POST, or -1 when refused. The
   * same measure as {@link #loginOnce}: a new cookie jar, the login form, then the credentials.
   */
  private static long keycloakLoginOnce(
      String base, String realm, String clientId, String redirectUri, String user, String password)
      throws Exception {
    HttpClient http = newVisitor();
    String authorize =
        base
            + "/realms/"
            + enc(realm)
            + "/protocol/openid-connect/auth?client_id="
            + enc(clientId)
            + "&response_type=code&scope=openid&redirect_uri="
            + enc(redirectUri)
            + "&state="
            + UUID.randomUUID();
    HttpResponse<String> page =
        http.send(
            request(authorize).build(),
            HttpResponse.BodyHandlers.ofString());
    Matcher action = KEYCLOAK_FORM_ACTION.matcher(page.body());
    if (page.statusCode() != 200 || !action.find()) {
      throw new IllegalStateException("no login form (HTTP " + page.statusCode() + ")");
    }
    String form = "username=" + enc(user) + "&password=" + enc(password) + "&credentialId=";
    long start = System.nanoTime();
    HttpResponse<Void> answer =
        http.send(
            request(action.group(1).replace("&amp;", "&"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.discarding());
    long nanos = System.nanoTime() - start;
    String location = answer.headers().firstValue("Location").orElse("");
    boolean code =
        answer.statusCode() == 302
            && location.startsWith(redirectUri + "?")
            && location.matches(".*[?&]code=[^&]+.*");
    if (!code) {
      showRefusal(answer);
    }
    return code ? nanos : -1;
  }

  /** The first refused login's answer, on standard error: what the server said instead. */
  private static void showRefusal(HttpResponse<?> answer) {
    if (REFUSAL_SHOWN.compareAndSet(false, true)) {
      System.err.println(
          "first refusal: HTTP "
              + answer.statusCode()
              + " Location: "
              + answer.headers().firstValue("Location").orElse("(none)"));
    }
  }

  /**
   * A new visitor's cookie jar that, like a browser, treats the loopback address as a secure
   * context: cookies marked Secure are sent back to http://127.0.0.1 and http://localhost (Keycloak
   * marks its login cookies Secure even over HTTP; java.net.CookieManager would keep them to https
   * only).
   */
  private static final class LoopbackCookieJar extends CookieHandler {
    private final CookieManager cookies = new CookieManager();

    @Override
    public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders)
        throws IOException {
      return cookies.get(asSecureWhenLoopback(uri), requestHeaders);
    }

    @Override
    public void put(URI uri, Map<String, List<String>> responseHeaders) throws IOException {
      cookies.put(uri, responseHeaders);
    }

    private static URI asSecureWhenLoopback(URI uri) {
      String host = uri.getHost();
      boolean loopback = "localhost".equals(host) || "127.0.0.1".equals(host);
      if (!loopback || !"http".equalsIgnoreCase(uri.getScheme())) {
        return uri;
      }
      return URI.create("https://" + uri.getRawAuthority() + uri.getRawPath());
    }
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static double percentile(List<Long> sorted, int p) {
    if (sorted.isEmpty()) {
      return 0;
    }
    int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }
}
