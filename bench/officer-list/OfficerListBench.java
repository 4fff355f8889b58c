import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * R-S2 list benchmark: OFFICERS concurrent signed-in officers each open the *Dossier de sécurité de
 * l'organisme* and ask for its first page sorted on every column (both directions) and filtered by
 * name, as the PrimeFaces table does (partial AJAX requests). Each request's time is taken from the
 * request's first byte out to the response's last byte in, on the server's own host (loopback), so
 * it is the server's time. Prints p50/p95/max per operation.
 *
 * <pre>java OfficerListBench.java BASE_URL OFFICER_LOGIN_PREFIX PASSWORD OFFICERS ROUNDS NAME_PREFIX [WARMUP_ROUNDS]</pre>
 *
 * <p>The first WARMUP_ROUNDS rounds (default 1) are not measured: they warm the JVM (JIT) and the view.
 *
 * Officer {@code i} (1 to OFFICERS) signs in as OFFICER_LOGIN_PREFIX + i.
 */
public class OfficerListBench {
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
  private static final Pattern VIEW_STATE_PARTIAL =
      Pattern.compile("<update id=\"[^\"]*jakarta.faces.ViewState[^\"]*\"><!\\[CDATA\\[([^\\]]+)\\]\\]>");
  private static final String[] COLUMNS = {
    "code", "nom", "prenom", "courriel", "etat", "profil", "expiration"
  };

  public static void main(String[] args) throws Exception {
    if (args[0].equals("--access-log")) {
      serverSide(Path.of(args[1]));
      return;
    }
    String base = args[0].replaceAll("/$", "");
    String loginPrefix = args[1];
    String password = args[2];
    int officers = Integer.parseInt(args[3]);
    int rounds = Integer.parseInt(args[4]);
    int warmupRounds = args.length > 6 ? Integer.parseInt(args[6]) : 1;
    String namePrefix = args[5];

    Map<String, List<Long>> timings = new ConcurrentHashMap<>();
    List<String> errors = Collections.synchronizedList(new ArrayList<>());
    CountDownLatch done = new CountDownLatch(officers);
    for (int o = 0; o < officers; o++) {
      String login = loginPrefix + (o + 1);
      new Thread(
              () -> {
                try {
                  Session session = new Session(base);
                  session.signIn(login, password);
                  for (int r = 0; r < rounds; r++) {
                    boolean measured = r >= warmupRounds;
                    String page = session.get("/app/securite/organisme.xhtml");
                    String viewState = viewState(page);
                    for (String column : COLUMNS) {
                      for (int dir : new int[] {1, -1}) {
                        long t = System.nanoTime();
                        String op = "sort " + column + (dir == 1 ? " asc" : " desc");
                        String answer = session.sort(viewState, column, dir, tag(op, measured));
                        record(timings, op, t, measured);
                        check(answer, errors);
                      }
                    }
                    long t = System.nanoTime();
                    String op = "filter name '" + namePrefix + "'";
                    String answer = session.filter(viewState, namePrefix, tag(op, measured));
                    record(timings, op, t, measured);
                    check(answer, errors);
                    if (!answer.contains(namePrefix)) {
                      errors.add("filter answer without a matching row");
                    }
                  }
                } catch (Exception e) {
                  errors.add(e.toString());
                } finally {
                  done.countDown();
                }
              })
          .start();
    }
    done.await();
    List<Long> all = new ArrayList<>();
    System.out.printf("%-28s %6s %8s %8s %8s%n", "operation", "n", "p50 ms", "p95 ms", "max ms");
    for (Map.Entry<String, List<Long>> e : new java.util.TreeMap<>(timings).entrySet()) {
      all.addAll(e.getValue());
      print(e.getKey(), e.getValue());
    }
    print("ALL", all);
    System.out.println("errors=" + errors.size() + (errors.isEmpty() ? "" : " first: " + errors.get(0)));
  }

  /** The X-Bench header of a request: its operation, or "warm-up"; the access log records it. */
  private static String tag(String op, boolean measured) {
    return measured ? op : "warm-up";
  }

  /**
   * Server-side times: from the product's access log (run.sh with ACCESS_LOG), whose last two fields
   * are the time taken in milliseconds and the request's X-Bench header.
   */
  static void serverSide(Path accessLog) throws Exception {
    Map<String, List<Long>> timings = new java.util.TreeMap<>();
    Pattern line = Pattern.compile("\"(\\d+)\" \"([^\"]*)\"\\s*$");
    for (String entry : Files.readAllLines(accessLog)) {
      Matcher m = line.matcher(entry);
      if (m.find() && !m.group(2).startsWith("NULL-HEADER") && !m.group(2).equals("warm-up")) {
        timings
            .computeIfAbsent(m.group(2), k -> new ArrayList<>())
            .add(Long.parseLong(m.group(1)) * 1_000_000);
      }
    }
    List<Long> all = new ArrayList<>();
    System.out.printf("%-28s %6s %8s %8s %8s%n", "operation (server)", "n", "p50 ms", "p95 ms", "max ms");
    for (Map.Entry<String, List<Long>> e : timings.entrySet()) {
      all.addAll(e.getValue());
      print(e.getKey(), e.getValue());
    }
    print("ALL", all);
  }

  private static void record(Map<String, List<Long>> timings, String op, long start, boolean keep) {
    long nanos = System.nanoTime() - start;
    if (keep) {
      timings.computeIfAbsent(op, k -> Collections.synchronizedList(new ArrayList<>())).add(nanos);
    }
  }

  private static void check(String answer, List<String> errors) {
    if (!answer.contains("<partial-response") || answer.contains("<error>")) {
      errors.add("unexpected answer: " + answer.substring(0, Math.min(300, answer.length())));
    }
  }

  private static void print(String op, List<Long> nanos) {
    List<Long> sorted = nanos.stream().sorted().toList();
    if (sorted.isEmpty()) {
      return;
    }
    System.out.printf(
        "%-28s %6d %8.1f %8.1f %8.1f%n",
        op,
        sorted.size(),
        sorted.get((int) Math.floor(0.50 * (sorted.size() - 1))) / 1e6,
        sorted.get((int) Math.floor(0.95 * (sorted.size() - 1))) / 1e6,
        sorted.get(sorted.size() - 1) / 1e6);
  }

  static String viewState(String html) {
    Matcher m = VIEW_STATE.matcher(html);
    if (!m.find()) {
      throw new IllegalStateException("no view state: " + html.substring(0, Math.min(500, html.length())));
    }
    return m.group(1);
  }

  /** One officer's browser: its own cookies. */
  static final class Session {
    private final String base;

    /**
     * The script nonce of the last page read, which PrimeFaces' script sends with each AJAX post
     * and PrimeFaces checks (the Content Security Policy, finding #10 of issue 12).
     */
    private String nonce;
    /**
     * HTTP/1.1, as a browser speaks to a server without TLS (browsers never use cleartext HTTP/2);
     * {@code -Dbench.http=HTTP_2} lets Java's client upgrade to it (h2c) instead.
     */
    private static final HttpClient.Version VERSION =
        HttpClient.Version.valueOf(System.getProperty("bench.http", "HTTP_1_1"));

    private final HttpClient http;
    private final HttpClient noRedirect;

    Session(String base) {
      this.base = base;
      CookieManager cookies = new CookieManager();
      this.http =
          HttpClient.newBuilder()
              .version(VERSION)
              .cookieHandler(cookies)
              .followRedirects(HttpClient.Redirect.NORMAL)
              .connectTimeout(Duration.ofSeconds(10))
              .build();
      this.noRedirect =
          HttpClient.newBuilder()
              .version(VERSION)
              .cookieHandler(cookies)
              .followRedirects(HttpClient.Redirect.NEVER)
              .connectTimeout(Duration.ofSeconds(10))
              .build();
    }

    /** This browser's client (its cookies), following redirects. */
    HttpClient http() {
      return http;
    }

    /** The same cookies, redirects not followed. */
    HttpClient noRedirect() {
      return noRedirect;
    }

    String get(String path) throws Exception {
      String page =
          http.send(
                  HttpRequest.newBuilder(URI.create(base + path)).build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      Matcher m = NONCE.matcher(page);
      if (m.find()) {
        nonce = m.group(1);
      }
      return page;
    }

    String post(String path, Map<String, String> form, boolean ajax, String tag)
        throws Exception {
      HttpRequest.Builder request = formRequest(path, form);
      if (tag != null) {
        request.header("X-Bench", tag);
      }
      if (ajax) {
        request.header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest");
      }
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    /** A page's form submitted as the browser does (URL-encoded). */
    HttpRequest formPost(String path, Map<String, String> form) {
      return formRequest(path, form).build();
    }

    private HttpRequest.Builder formRequest(String path, Map<String, String> form) {
      String body =
          form.entrySet().stream()
              .map(
                  e ->
                      URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                          + "="
                          + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
              .collect(Collectors.joining("&"));
      return HttpRequest.newBuilder(URI.create(base + path))
          .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
          .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    void signIn(String login, String password) throws Exception {
      String page = get("/connexion.xhtml");
      Map<String, String> form = new LinkedHashMap<>();
      form.put("connexion", "connexion");
      form.put("connexion:login", login);
      form.put("connexion:password", password);
      form.put("connexion:entrer", "Entrer");
      form.put("jakarta.faces.ViewState", viewState(page));
      String home = post("/connexion.xhtml", form, false, null);
      if (home.contains("connexion:password")) {
        throw new IllegalStateException("sign-in failed (is MFA_EMAIL=false?)");
      }
    }

    private Map<String, String> table(String viewState) {
      Map<String, String> form = new LinkedHashMap<>();
      form.put("jakarta.faces.partial.ajax", "true");
      form.put("jakarta.faces.source", "liste:personnes");
      form.put("jakarta.faces.partial.execute", "liste:personnes");
      form.put("jakarta.faces.partial.render", "liste:personnes");
      form.put("liste:personnes", "liste:personnes");
      form.put("liste", "liste");
      form.put("jakarta.faces.ViewState", viewState);
      if (nonce != null) {
        form.put("primefaces.nonce", nonce);
      }
      return form;
    }

    String sort(String viewState, String column, int dir, String tag) throws Exception {
      Map<String, String> form = table(viewState);
      form.put("liste:personnes_sorting", "true");
      form.put("liste:personnes_skipChildren", "true");
      form.put("liste:personnes_encodeFeature", "true");
      form.put("liste:personnes_sortKey", "liste:personnes:" + column);
      form.put("liste:personnes_sortDir", String.valueOf(dir));
      return post("/app/securite/organisme.xhtml", form, true, tag);
    }

    String filter(String viewState, String namePrefix, String tag) throws Exception {
      Map<String, String> form = table(viewState);
      form.put("liste:personnes_filtering", "true");
      form.put("liste:personnes_encodeFeature", "true");
      form.put("liste:personnes:nom:filter", namePrefix);
      return post("/app/securite/organisme.xhtml", form, true, tag);
    }
  }
}
