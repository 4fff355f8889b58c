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
 * <pre>java LoginBench.java BASE_URL CLIENTS ACCOUNT_PREFIX ACCOUNTS PASSWORD WARMUP_S MEASURE_S</pre>
 */
public class LoginBench {
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  public static void main(String[] args) throws Exception {
    String base = args[0].replaceAll("/$", "");
    int clients = Integer.parseInt(args[1]);
    String prefix = args[2];
    int accounts = Integer.parseInt(args[3]);
    String password = args[4];
    int warmup = Integer.parseInt(args[5]);
    int measure = Integer.parseInt(args[6]);

    AtomicBoolean measuring = new AtomicBoolean(false);
    AtomicBoolean stop = new AtomicBoolean(false);
    AtomicLong ok = new AtomicLong();
    AtomicLong failed = new AtomicLong();
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
                    long nanos = loginOnce(base, user, password);
                    if (measuring.get()) {
                      if (nanos > 0) {
                        ok.incrementAndGet();
                        latencies.add(nanos);
                      } else {
                        failed.incrementAndGet();
                      }
                    }
                  } catch (Exception e) {
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

  /** One visitor's login; the nanoseconds of the password POST, or -1 when refused. */
  private static long loginOnce(String base, String user, String password) throws Exception {
    HttpClient http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    HttpResponse<String> page =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/connexion.xhtml")).build(),
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
            HttpRequest.newBuilder(URI.create(base + "/connexion.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.discarding());
    long nanos = System.nanoTime() - start;
    boolean home =
        answer.statusCode() == 302
            && answer.headers().firstValue("Location").orElse("").contains("/app/accueil.xhtml");
    return home ? nanos : -1;
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
