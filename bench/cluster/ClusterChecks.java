import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cluster checks of issue 14 against a running server-config/cluster.sh (started by
 * bench/cluster/run.sh): two instances A and B behind HAProxy, one PostgreSQL, GreenMail as the SMTP
 * server. Each check prints {@code PASS name: …} or {@code FAIL name: …}; the exit status is the
 * number of failures. The checks that kill an instance run last.
 *
 * <pre>java -cp postgresql.jar ClusterChecks.java LB_URL A_URL B_URL GREENMAIL_API_URL JDBC_URL CLUSTER_DIR</pre>
 *
 * HAProxy is started with LB_INSTANCE_HEADER=true, so each answer through the balancer names the
 * instance that served it (X-Portail-Instance: a or b); requests "on A" or "on B" go to that
 * instance's own port.
 */
public class ClusterChecks {
  static final String PASSWORD = "Demo-Portail-2026";
  static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  /** PrimeFaces' script nonce on the page, which its script adds to every form it posts. */
  static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
  static final Pattern CODE = Pattern.compile("curit\\S*\\s*:\\s*(\\d{6})");

  static String lb;
  static String urlA;
  static String urlB;
  static String greenmail;
  static String jdbc;
  static Path clusterDir;
  static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);
  static final Map<String, String> results = new LinkedHashMap<>();
  static final HttpClient PLAIN =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

  public static void main(String[] args) throws Exception {
    lb = args[0];
    urlA = args[1];
    urlB = args[2];
    greenmail = args[3];
    jdbc = args[4];
    clusterDir = Path.of(args[5]);
    List<String> only = args.length > 6 ? List.of(args[6].split(",")) : List.of();
    System.out.println("run " + RUN + ": balancer " + lb + ", A " + urlA + ", B " + urlB);

    if (only.contains("z")) {
      // Not a cluster check: a sign-in on A alone, to try an instance while the other starts.
      check(only, "z-sign-in-on-A", () -> {
        Visitor v = signIn(newAccount("z"), urlA);
        Answer home = v.get(urlA, "/app/accueil.xhtml");
        require(home.status == 200 && home.body.contains("sortie:deconnexion"), "home on A: " + home.status);
        return "signed in on A";
      });
    }
    check(only, "a-alternating-login", ClusterChecks::alternatingLogin);
    check(only, "c-parallel-wrong-passwords", ClusterChecks::parallelWrongPasswords);
    check(only, "d-code-across-instances", ClusterChecks::codeAcrossInstances);
    check(only, "e-deactivation-ends-sessions", ClusterChecks::deactivationEndsSessions);
    check(only, "f-exchange-across-instances", ClusterChecks::exchangeAcrossInstances);
    check(only, "g-scheduled-jobs-once", ClusterChecks::scheduledJobsOnce);
    if (only.isEmpty() || only.stream().anyMatch(o -> o.startsWith("b") || o.startsWith("h")
        || o.startsWith("i") || o.startsWith("j"))) {
      killA(only);
    }

    // Whatever the checks above did on either instance, every session attribute serialized: one
    // that does not is left out of the replica (Payara logs it and goes on), which is how a
    // view-scoped bean used to be missing on the other instance (check f).
    check(only.isEmpty() ? List.of() : List.of("s"), "s-sessions-serialize", () -> {
      List<String> found = new ArrayList<>();
      for (String name : List.of("a", "b")) {
        Path log = clusterDir.resolve(name).resolve("logs").resolve("server.log");
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
          if (line.contains("Cannot serialize session attribute")) {
            found.add(name + ": " + line.replaceAll("^.*StandardSession: ", ""));
          }
        }
      }
      require(found.isEmpty(), found.size() + " session attributes not serialized: " + found);
      return "no \"Cannot serialize session attribute\" in A's nor B's server log";
    });

    int failed = 0;
    System.out.println();
    System.out.println("Summary (run " + RUN + "):");
    for (Map.Entry<String, String> r : results.entrySet()) {
      System.out.println("  " + r.getValue() + " " + r.getKey());
      if (!r.getValue().equals("PASS")) {
        failed++;
      }
    }
    System.out.println(
        "cluster: " + (results.size() - failed) + " passed, " + failed + " failed");
    System.exit(failed);
  }

  interface Check {
    String run() throws Exception;
  }

  static void check(List<String> only, String name, Check check) {
    if (!only.isEmpty() && only.stream().noneMatch(name::startsWith)) {
      return;
    }
    long start = System.nanoTime();
    try {
      String detail = check.run();
      results.put(name, "PASS");
      System.out.printf("PASS %s (%.0f s): %s%n", name, (System.nanoTime() - start) / 1e9, detail);
    } catch (Throwable e) {
      results.put(name, "FAIL");
      System.out.printf(
          "FAIL %s (%.0f s): %s%n", name, (System.nanoTime() - start) / 1e9, e.getMessage());
      StackTraceElement[] trace = e.getStackTrace();
      System.out.println("  " + e + (trace.length > 0 ? " at " + trace[0] : ""));
    }
    System.out.flush();
  }

  static void require(boolean condition, String message) {
    if (!condition) {
      throw new AssertionError(message);
    }
  }

  // ---------------------------------------------------------------- the checks

  /** (a) Password step on one instance, e-mailed code on the other, then pages on both. */
  static String alternatingLogin() throws Exception {
    String user = newAccount("a");
    Visitor v = new Visitor();
    Answer login = v.get(lb, "/connexion.xhtml");
    require(login.status == 200, "login page: " + login.status);
    int codesBefore = mails(email(user), "Code de s").size();
    v.steer(other(login.instance));
    Answer password = v.postLogin(lb, login, user, PASSWORD);
    require(
        password.status == 302 && password.location.contains("code-de-securite"),
        "password step: expected the redirect to the code page, got " + password.status + " " + password.location);
    Answer codePage = v.get(lb, "/code-de-securite.xhtml");
    require(codePage.status == 200 && codePage.body.contains("securite:code"), "code page: " + codePage.status);
    String code = awaitCode(user, codesBefore);
    v.steer(other(password.instance));
    Answer submitted = v.postCode(lb, codePage, code);
    require(
        submitted.status == 302 && submitted.location.contains("/app/accueil.xhtml"),
        "code step: expected the home page, got " + submitted.status + " " + submitted.location);
    require(
        !submitted.instance.equals(password.instance),
        "the code step was served by the same instance as the password step (" + submitted.instance + ")");
    Set<String> servedHome = new HashSet<>();
    for (int i = 0; i < 6; i++) {
      Answer home = v.get(lb, "/app/accueil.xhtml");
      require(
          home.status == 200 && home.body.contains("sortie:deconnexion"),
          "home page #" + (i + 1) + " on " + home.instance + ": not signed in (" + home.status + " " + home.location + ")");
      servedHome.add(home.instance);
    }
    require(servedHome.size() == 2, "home pages served by " + servedHome + " only");
    return "password step on "
        + password.instance
        + ", code on "
        + submitted.instance
        + ", 6 signed-in pages on "
        + servedHome;
  }

  /** (c) 20 wrong passwords at once, 10 on A and 10 on B: one lock, one lock e-mail (R-L3). */
  static String parallelWrongPasswords() throws Exception {
    String user = newAccount("c");
    long id = accountId(user);
    int attempts = 20;
    List<Visitor> visitors = new ArrayList<>();
    List<Answer> pages = new ArrayList<>();
    for (int i = 0; i < attempts; i++) {
      // Each attempt from its own client address (X-Forwarded-For, which the instances believe from
      // 127.0.0.1, TRUSTED_PROXIES): the per-account count is what is checked here, and 20 failures
      // from one address would have that address throttled (throttle.loginFailuresPerAddress) for
      // the checks that follow.
      Visitor v = new Visitor();
      v.forwardedFor = "192.0.2." + (i + 1);
      pages.add(v.get(i % 2 == 0 ? urlA : urlB, "/connexion.xhtml"));
      visitors.add(v);
    }
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(attempts);
    List<Future<Answer>> answers = new ArrayList<>();
    for (int i = 0; i < attempts; i++) {
      int n = i;
      answers.add(
          pool.submit(
              () -> {
                go.await();
                return visitors.get(n).postLogin(n % 2 == 0 ? urlA : urlB, pages.get(n), user, "Mauvais-" + n + "x!");
              }));
    }
    go.countDown();
    int refused = 0;
    for (Future<Answer> f : answers) {
      Answer a = f.get();
      if (a.status == 200 && !a.location.contains("accueil")) {
        refused++;
      }
    }
    pool.shutdown();
    require(refused == attempts, "only " + refused + " of " + attempts + " attempts were refused");
    long locks = count("SELECT count(*) FROM audit_event WHERE action = 'ACCOUNT_LOCKED' AND target_account_id = ?", id);
    String state = string("SELECT state FROM user_account WHERE id = ?", id);
    require(locks == 1, locks + " ACCOUNT_LOCKED audit events, expected exactly 1");
    require("VERROUILLE".equals(state), "account state " + state + ", expected VERROUILLE");
    // Both dispatchers run every 2 s (bench/cluster/run.sh): wait for the outbox to be empty of this
    // account's e-mails, then count.
    awaitOutboxSent(email(user), 60);
    Thread.sleep(3000);
    int lockMails = mails(email(user), "verrouill").size();
    long queued = count("SELECT count(*) FROM outbox_email WHERE recipients LIKE ? AND subject LIKE '%verrouill%'", "%" + email(user) + "%");
    require(lockMails == 1, lockMails + " lock e-mails received, expected exactly 1");
    require(queued == 1, queued + " lock e-mails queued, expected exactly 1");
    long failures = count("SELECT count(*) FROM audit_event WHERE action = 'LOGIN' AND outcome = 'FAILURE' AND target_account_id = ?", id);
    return attempts + " refused (10 on A, 10 on B), "
        + failures + " failed logins audited, 1 ACCOUNT_LOCKED, 1 lock e-mail in GreenMail";
  }

  /** (d) A code issued by A is accepted by B; wrong codes count across both instances. */
  static String codeAcrossInstances() throws Exception {
    String user = newAccount("d");
    // 1. issued by A, accepted by B.
    Visitor v = new Visitor();
    int before = mails(email(user), "Code de s").size();
    Answer login = v.get(urlA, "/connexion.xhtml");
    Answer password = v.postLogin(urlA, login, user, PASSWORD);
    require(password.location.contains("code-de-securite"), "password step on A: " + password.status + " " + password.location);
    Answer codePage = v.get(urlA, "/code-de-securite.xhtml");
    String code = awaitCode(user, before);
    Answer accepted = v.postCode(urlB, codePage, code);
    require(
        accepted.status == 302 && accepted.location.contains("/app/accueil.xhtml"),
        "code issued by A, submitted to B: " + accepted.status + " " + accepted.location);
    Answer home = v.get(urlB, "/app/accueil.xhtml");
    require(home.status == 200 && home.body.contains("sortie:deconnexion"), "home on B after the code: " + home.status);

    // 2. five wrong codes alternating A, B, A, B, A: the fifth restarts the login (mfa.maxWrongCodes=5).
    Visitor w = new Visitor();
    before = mails(email(user), "Code de s").size();
    Answer login2 = w.get(urlA, "/connexion.xhtml");
    Answer password2 = w.postLogin(urlA, login2, user, PASSWORD);
    require(password2.location.contains("code-de-securite"), "second login on A: " + password2.location);
    Answer page = w.get(urlA, "/code-de-securite.xhtml");
    String good = awaitCode(user, before);
    String wrong = good.equals("000000") ? "111111" : "000000";
    List<String> seen = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      String on = i % 2 == 1 ? urlA : urlB;
      Answer r = w.postCode(on, page, wrong);
      String where = on.equals(urlA) ? "A" : "B";
      if (i < 5) {
        require(
            r.status == 200 && r.body.contains("securite:code-erreur") && r.body.contains("field-error"),
            "wrong code #" + i + " on " + where + ": expected the code page with its error, got " + r.status + " " + r.location);
        page = r;
        seen.add(where + ":wrong");
      } else {
        require(
            r.status == 302 && r.location.contains("recommencer=1"),
            "wrong code #5 on " + where + ": expected the login to restart, got " + r.status + " " + r.location);
        seen.add(where + ":restart");
      }
    }
    // The right code is no good any more, on either instance.
    Answer late = w.postCode(urlB, page, good);
    require(
        !(late.status == 302 && late.location.contains("accueil")),
        "the right code was accepted after the fifth wrong one");
    return "code issued by A accepted by B; wrong codes " + seen + "; the right code refused afterwards";
  }

  /** (e) Two sessions of one account, one on A, one on B: deactivating it on A ends the one on B. */
  static String deactivationEndsSessions() throws Exception {
    String user = newAccount("e");
    Visitor onA = signIn(user, urlA);
    Visitor onB = signIn(user, urlB);
    Answer homeB = onB.get(urlB, "/app/accueil.xhtml");
    require(homeB.status == 200 && homeB.body.contains("sortie:deconnexion"), "session on B not signed in before");
    Answer form = onA.get(urlA, "/app/desactivation.xhtml");
    require(form.status == 200 && form.body.contains("desactivation:raison"), "deactivation page on A: " + form.status);
    Matcher option = Pattern.compile("<option value=\"([A-Z_]+)\"").matcher(form.body);
    require(option.find(), "no deactivation reason offered");
    String reason = option.group(1);
    Answer step1 =
        onA.post(
            urlA,
            "/app/desactivation.xhtml",
            form,
            "desactivation",
            Map.of(
                "desactivation:motDePasse", PASSWORD,
                "desactivation:raison", reason,
                "desactivation:autreRaison", "Vérification de la grappe",
                "desactivation:continuer", "x"));
    require(step1.status == 200 && step1.body.contains("confirmation:desactiver"), "deactivation step 1 on A: " + step1.status + " " + step1.location + snippet(step1.body));
    Answer step2 = onA.post(urlA, "/app/desactivation.xhtml", step1, "confirmation", Map.of("confirmation:desactiver", "x"));
    require(step2.status == 302, "deactivation step 2 on A: " + step2.status);
    String state = string("SELECT state FROM user_account WHERE user_code = ?", user);
    require("INACTIF".equals(state), "account state after deactivation: " + state);
    Answer after = onB.get(urlB, "/app/accueil.xhtml");
    require(
        after.status == 302 && !after.location.contains("accueil"),
        "the session on B still answered the home page after the deactivation on A: " + after.status);
    Answer again = onB.get(urlB, "/app/accueil.xhtml");
    require(again.status != 200 || !again.body.contains("sortie:deconnexion"), "the session on B is still signed in");
    return "account " + user + " deactivated on A (state INACTIF); its session on B answered " + after.status + " → " + after.location;
  }

  /**
   * (f) The demo's documents, deposited by A at its first start (encrypted in the shared documents
   * folder): Marie Tremblay opens PROJET001 on A and downloads Document02.txt through B (its SHA-256
   * as announced); in PROJET002 (consent, single download) she consents on B, downloads « Liste des
   * participants.csv » once on A, and B then refuses a second download.
   */
  static String exchangeAcrossInstances() throws Exception {
    Visitor v = signIn("mtremblay", string("SELECT email FROM user_account WHERE user_code = ?", "mtremblay"), urlA);
    Answer index = v.get(urlA, "/app/echange/index.xhtml");
    require(index.status == 200, "exchange index on A: " + index.status);
    String p1 = option(index.body, "PROJET001");
    String p2 = option(index.body, "PROJET002");

    // PROJET001: listed on A, downloaded through B.
    Answer project = v.get(urlA, "/app/echange/projet.xhtml?projet=" + p1);
    String link = documentLink(project.body, "Document02.txt");
    Answer start = v.post(urlB, "/app/echange/projet.xhtml?projet=" + p1, project, "recuperation", Map.of(link, link));
    require(start.status == 303 && start.location.contains("/app/echange/telechargement/"),
        "download of Document02.txt started on B: " + start.status + " " + start.location + snippet(start.body));
    Answer file = v.get(urlB, path(start.location));
    require(file.status == 200, "download on B: " + file.status);
    String etag = file.etag;
    String sha = sha256(file.bytes);
    require(etag != null && etag.replace("\"", "").equalsIgnoreCase(sha),
        "Document02.txt downloaded on B: SHA-256 " + sha + " against ETag " + etag);

    // PROJET002: consent on B, single download on A, refused on B.
    Answer p2page = v.get(urlB, "/app/echange/projet.xhtml?projet=" + p2);
    if (p2page.body.contains("consentement:confirme")) {
      p2page = v.post(urlB, "/app/echange/projet.xhtml?projet=" + p2, p2page, "consentement",
          Map.of("consentement:confirme", "true", "consentement:confirmer", "x"));
      require(p2page.status == 200 && !p2page.body.contains("consentement:confirme"), "consent on B: " + p2page.status + snippet(p2page.body));
    }
    String csv = documentLink(p2page.body, "Liste des participants.csv");
    Answer dialog = v.post(urlA, "/app/echange/projet.xhtml?projet=" + p2, p2page, "recuperation", Map.of(csv, csv));
    require(dialog.status == 200 && dialog.body.contains("telecharger:telecharger"), "single-download dialog on A: " + dialog.status + snippet(dialog.body));
    Answer ticket = v.post(urlA, "/app/echange/projet.xhtml?projet=" + p2, dialog, "telecharger", Map.of("telecharger:telecharger", "x"));
    require(ticket.status == 303, "single download started on A: " + ticket.status + snippet(ticket.body));
    Answer whole = v.get(urlA, path(ticket.location));
    require(whole.status == 200 && whole.bytes.length > 0, "single download on A: " + whole.status);
    // The last byte reaches the client just before A records the download complete (it flushes,
    // then commits): B is asked once the completion is in the database.
    long ticketId = Long.parseLong(ticket.location.replaceAll("^.*/", ""));
    long recorded = System.currentTimeMillis() + 10_000;
    while (count("SELECT count(*) FROM exchange_download WHERE id = ? AND completed_at IS NOT NULL", ticketId) == 0) {
      require(System.currentTimeMillis() < recorded, "download " + ticketId + " on A not recorded complete within 10 s");
      Thread.sleep(100);
    }
    Answer again = v.get(urlB, "/app/echange/projet.xhtml?projet=" + p2);
    boolean offered = again.body.contains(">Liste des participants.csv<") && documentLinkOrNull(again.body, "Liste des participants.csv") != null;
    require(!offered, "after the single download on A, B still offers « Liste des participants.csv » for download");
    return "Document02.txt (deposited by A) downloaded through B, SHA-256 = ETag; « Liste des participants.csv »: consent on B, downloaded on A ("
        + whole.bytes.length + " bytes), no longer offered on B";
  }

  static String option(String html, String label) {
    Matcher m = Pattern.compile("<option value=\"([^\"]+)\"[^>]*>" + Pattern.quote(label)).matcher(html);
    require(m.find(), "no project " + label + " offered");
    return m.group(1);
  }

  static String documentLinkOrNull(String html, String name) {
    Matcher m = Pattern.compile("<a [^>]*id=\"(recuperation:[^\"]*:nom)\"[^>]*>(?:(?!</a>)[\\s\\S]){0,300}" + Pattern.quote(name)).matcher(html);
    return m.find() ? m.group(1) : null;
  }

  static String documentLink(String html, String name) {
    String id = documentLinkOrNull(html, name);
    require(id != null, "no download link for " + name + snippet(html));
    return id;
  }

  static String path(String location) {
    return location.replaceFirst("^https?://[^/]+", "");
  }

  static String sha256(byte[] bytes) throws Exception {
    StringBuilder hex = new StringBuilder();
    for (byte b : java.security.MessageDigest.getInstance("SHA-256").digest(bytes)) {
      hex.append(String.format("%02x", b));
    }
    return hex.toString();
  }

  /**
   * (g) Every job is scheduled every minute on both instances (bench/cluster/run.sh sets
   * JOBS_*_SCHEDULE): for two whole minutes, each job's timer fired on both (two executions per
   * minute) and exactly one execution did the work, the other ending BUSY.
   */
  static String scheduledJobsOnce() throws Exception {
    String[] jobs = {
      "registration-code-expiry", "account-expiry", "account-inactivity", "expiry-notice",
      "exchange-expiry", "daily-report"
    };
    String from = string("SELECT (date_trunc('minute', localtimestamp) + interval '1 minute')::text");
    String to = string("SELECT (?::timestamp + interval '2 minutes')::text", from);
    while (count("SELECT CASE WHEN localtimestamp > ?::timestamp + interval '40 seconds' THEN 1 ELSE 0 END", to) == 0) {
      Thread.sleep(2000);
    }
    List<String> problems = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(jdbc, "postgres", "postgres");
        PreparedStatement s =
            c.prepareStatement(
                "SELECT j.name, date_trunc('minute', e.createtime)::text, count(*),"
                    + " count(*) FILTER (WHERE coalesce(e.exitstatus, '') <> 'BUSY'),"
                    + " count(*) FILTER (WHERE coalesce(e.exitstatus, '') <> 'BUSY' AND e.batchstatus = 'COMPLETED'),"
                    + " count(*) FILTER (WHERE e.exitstatus = 'BUSY' AND e.batchstatus = 'COMPLETED')"
                    + " FROM jbatchexecutioninstancedata e JOIN jbatchjobinstancedata j ON j.jobinstanceid = e.jobinstanceid"
                    + " WHERE e.createtime >= ?::timestamp AND e.createtime < ?::timestamp"
                    + " AND j.name = ? GROUP BY 1, 2 ORDER BY 2")) {
      for (String job : jobs) {
        s.setString(1, from);
        s.setString(2, to);
        s.setString(3, job);
        int minutes = 0;
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            minutes++;
            String at = r.getString(2).substring(11, 16);
            long fired = r.getLong(3);
            long worked = r.getLong(4);
            long completed = r.getLong(5);
            long busy = r.getLong(6);
            seen.add(job + "@" + at + " " + fired + " fired/" + worked + " ran/" + busy + " busy");
            if (fired != 2) {
              problems.add(job + " at " + at + ": " + fired + " executions, expected 2 (one per instance)");
            }
            if (worked != 1 || completed != 1) {
              problems.add(job + " at " + at + ": " + worked + " executions did the work (" + completed + " completed), expected exactly 1");
            }
            if (busy != fired - 1) {
              problems.add(job + " at " + at + ": " + busy + " ended BUSY, expected " + (fired - 1));
            }
          }
        }
        if (minutes != 2) {
          problems.add(job + ": executions in " + minutes + " of the 2 minutes from " + from);
        }
      }
    }
    System.out.println("  " + String.join("\n  ", seen));
    require(problems.isEmpty(), String.join("; ", problems));
    return jobs.length + " jobs × 2 minutes from " + from + ": each fired on both instances, ran once, the other execution BUSY";
  }

  /**
   * (b), (j), (h), (i): A is killed with SIGKILL in the middle of a signed-in session, of a job's
   * run, of 1,000 queued e-mails' dispatch and of an upload. The next request through the balancer
   * (served by B) is still signed in and a Faces page opened before the kill still posts; the job
   * shows stale on B's console and restarts there from its last checkpoint; every e-mail arrives;
   * the upload resumes on B.
   */
  static void killA(List<String> only) {
    long start = System.nanoTime();
    String bName = "b-kill-A-session-survives";
    String jName = "j-job-killed-restarts-on-B";
    String hName = "h-1000-emails-with-a-kill";
    String iName = "i-upload-resumes-on-B";
    boolean withJob = wanted(only, jName);
    boolean withUpload = wanted(only, iName);
    try {
      // (b) A signed-in session on A with a Faces page open.
      String user = newAccount("b");
      Visitor v = signIn(user, urlA);
      Answer open = v.get(urlA, "/app/desactivation.xhtml");
      require(open.status == 200 && open.body.contains("desactivation:motDePasse"), "open Faces page on A: " + open.status);
      // (i) an upload begun on A: its first part stored, its second being sent when A dies.
      Upload upload = withUpload ? Upload.beginOnA() : null;
      // (j) a slow job started from A's console, running on A.
      RunningJob job = withJob ? RunningJob.startOnA() : null;
      // (h) 1,000 e-mails queued.
      String bulk = "lot-" + RUN + "@cluster.example";
      int total = 1000;
      queueBulk(bulk, total);
      long deadline = System.currentTimeMillis() + 120_000;
      long sent;
      while ((sent = count("SELECT count(*) FROM outbox_email WHERE recipients = ? AND state = 'ENVOYE'", bulk)) < 100
          && System.currentTimeMillis() < deadline) {
        Thread.sleep(100);
      }
      require(sent >= 100, "only " + sent + " bulk e-mails sent in 120 s before the kill");
      if (job != null) {
        job.awaitCheckpoints();
      }
      long pid = javaPid("a");
      ProcessHandle server = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("no process " + pid));
      require(server.destroyForcibly(), "SIGKILL refused for " + pid);
      server.onExit().get();
      long killedAt = System.currentTimeMillis();
      long sentAtKill = count("SELECT count(*) FROM outbox_email WHERE recipients = ? AND state = 'ENVOYE'", bulk);
      long claimedByA = count("SELECT count(*) FROM outbox_email WHERE recipients = ? AND state = 'EN_COURS'", bulk);
      System.out.println("  A (pid " + pid + ") killed with SIGKILL; " + sentAtKill + " of " + total
          + " bulk e-mails sent, " + claimedByA + " claimed"
          + (job == null ? "" : "; job execution " + job.execution + ": " + job.doneAt() + " of " + RunningJob.ACCOUNTS + " accounts expired")
          + (upload == null ? "" : "; upload " + upload.id + ": " + upload.stored + " bytes stored before the kill"));

      check(List.of(), bName, () -> {
        // The next request, through the balancer, is served by B and still signed in.
        Answer next = v.get(lb, "/app/accueil.xhtml");
        require("b".equals(next.instance), "after the kill the request was served by " + next.instance);
        require(next.status == 200 && next.body.contains("sortie:deconnexion"),
            "after the kill, B: not signed in (" + next.status + " " + next.location + ")");
        // The page opened on A before the kill posts on B: an empty form comes back with its field messages.
        Answer posted = v.post(lb, "/app/desactivation.xhtml", open, "desactivation",
            Map.of("desactivation:motDePasse", "", "desactivation:raison", "", "desactivation:autreRaison", "",
                "desactivation:continuer", "x"));
        require(posted.status == 200 && posted.body.contains("desactivation:motDePasse-erreur"),
            "the Faces page opened on A did not post on B: " + posted.status + " " + posted.location + snippet(posted.body));
        return "session of A signed in on B; the page opened on A posted on " + posted.instance;
      });

      if (job != null) {
        check(List.of(), jName, job::staleThenRestartedOnB);
      }

      check(List.of(), hName, () -> {
        // Every bulk e-mail delivered; those A had claimed wait for their lease (5 min) to expire.
        long waitUntil = killedAt + 420_000;
        long done;
        while ((done = count("SELECT count(*) FROM outbox_email WHERE recipients = ? AND state = 'ENVOYE'", bulk)) < total
            && System.currentTimeMillis() < waitUntil) {
          Thread.sleep(2000);
        }
        require(done == total, "only " + done + " of " + total + " bulk e-mails marked sent 7 min after the kill");
        Thread.sleep(3000);
        List<String> subjects = mails(bulk, "Lot " + RUN);
        Map<String, Integer> copies = new HashMap<>();
        for (String subject : subjects) {
          copies.merge(subject, 1, Integer::sum);
        }
        long duplicates = subjects.size() - copies.size();
        require(copies.size() == total, copies.size() + " distinct bulk e-mails received, expected " + total);
        // At-least-once: an e-mail sent by A just before the kill but not yet marked sent is sent
        // again by B after its lease; at most one per dispatcher that dies (README).
        require(duplicates <= 1, duplicates + " duplicate e-mails, at most 1 expected for one instance killed");
        return total + " queued, " + sentAtKill + " sent when A was killed (" + claimedByA
            + " claimed by A), all " + total + " received once or more, " + duplicates + " duplicate(s)";
      });

      if (upload != null) {
        check(List.of(), iName, () -> upload.resumeOnB(killedAt));
      }
    } catch (Throwable e) {
      results.put(bName + " / " + hName + " (setup)", "FAIL");
      System.out.printf("FAIL kill-A setup (%.0f s): %s%n", (System.nanoTime() - start) / 1e9, e.getMessage());
      StackTraceElement[] trace = e.getStackTrace();
      System.out.println("  " + e + (trace.length > 0 ? " at " + trace[0] : ""));
    }
  }

  static boolean wanted(List<String> only, String name) {
    return only.isEmpty() || only.stream().anyMatch(name::startsWith);
  }

  /**
   * (i) A tus upload by Marie Tremblay in PROJET001, for Julie Morin (staff): created on A, its first
   * MiB stored by a PATCH on A, then a second PATCH on A still sending when A is killed. After the
   * kill, through the balancer (B): HEAD says where the stored bytes end, PATCH sends the rest from
   * there (409 while A's claim on the upload has not gone stale, documents.claimStaleSeconds), the
   * deposit completes; Julie Morin then downloads the document through B, its SHA-256 that of the
   * bytes sent.
   */
  static final class Upload {
    static final int SIZE = 3 * 1024 * 1024;
    static final int FIRST = 1024 * 1024;
    final Visitor owner;
    final long project;
    final long id;
    final String path;
    final String name = "Reprise-" + RUN + ".bin";
    final byte[] content = new byte[SIZE];
    long stored;
    final java.util.concurrent.CompletableFuture<HttpResponse<byte[]>> hanging;

    private Upload(Visitor owner, long project, long id, String path,
        java.util.concurrent.CompletableFuture<HttpResponse<byte[]>> hanging) {
      this.owner = owner;
      this.project = project;
      this.id = id;
      this.path = path;
      this.hanging = hanging;
    }

    static Upload beginOnA() throws Exception {
      Visitor owner = signIn("mtremblay", string("SELECT email FROM user_account WHERE user_code = ?", "mtremblay"), urlA);
      long project = count("SELECT id FROM exchange_project WHERE code = 'PROJET001'");
      require(project > 0, "no PROJET001 in the demo data");
      long staff = accountId("personnel");
      byte[] content = new byte[SIZE];
      new java.util.Random(Long.parseLong(RUN, 36)).nextBytes(content);
      String name = "Reprise-" + RUN + ".bin";
      String metadata = "filename " + b64(name) + ",projet " + b64(Long.toString(project)) + ",destinataires " + b64(Long.toString(staff));
      Answer created = owner.send(urlA, "/app/echange/televersements", "POST",
          Map.of("Tus-Resumable", "1.0.0", "Upload-Length", Integer.toString(SIZE), "Upload-Metadata", metadata),
          HttpRequest.BodyPublishers.noBody());
      require(created.status == 201 && created.location.contains("/app/echange/televersements/"),
          "tus creation on A: " + created.status + " " + created.body);
      String path = path(created.location);
      long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
      Answer first = owner.send(urlA, path, "PATCH", patchHeaders(0),
          HttpRequest.BodyPublishers.ofByteArray(content, 0, FIRST));
      require(first.status == 204 && String.valueOf(FIRST).equals(first.header("Upload-Offset")),
          "first PATCH on A: " + first.status + " offset " + first.header("Upload-Offset") + " " + first.body);
      // The second PATCH sends 256 KiB, then waits (for the kill) without ending its body.
      java.io.PipedOutputStream feed = new java.io.PipedOutputStream();
      java.io.PipedInputStream body = new java.io.PipedInputStream(feed, 64 * 1024);
      java.util.concurrent.CompletableFuture<HttpResponse<byte[]>> hanging =
          owner.http.sendAsync(
              HttpRequest.newBuilder(URI.create(urlA + path))
                  .timeout(Duration.ofMinutes(10))
                  .header("Tus-Resumable", "1.0.0")
                  .header("Upload-Offset", Integer.toString(FIRST))
                  .header("Content-Type", "application/offset+octet-stream")
                  .method("PATCH", HttpRequest.BodyPublishers.fromPublisher(
                      HttpRequest.BodyPublishers.ofInputStream(() -> body), SIZE - FIRST))
                  .build(),
              HttpResponse.BodyHandlers.ofByteArray());
      Thread writer = new Thread(() -> {
        try {
          feed.write(content, FIRST, 256 * 1024);
          feed.flush();
        } catch (java.io.IOException e) {
          // The connection is gone (A killed): what was sent is what A may have stored.
        }
      });
      writer.setDaemon(true);
      writer.start();
      writer.join(30_000);
      Upload upload = new Upload(owner, project, id, path, hanging);
      System.arraycopy(content, 0, upload.content, 0, SIZE);
      upload.stored = FIRST;
      return upload;
    }

    static Map<String, String> patchHeaders(long offset) {
      return Map.of("Tus-Resumable", "1.0.0", "Upload-Offset", Long.toString(offset),
          "Content-Type", "application/offset+octet-stream");
    }

    String resumeOnB(long killedAt) throws Exception {
      // The PATCH A was reading when it died has failed on the client's side.
      try {
        HttpResponse<byte[]> r = hanging.get(30, java.util.concurrent.TimeUnit.SECONDS);
        throw new AssertionError("the PATCH cut by the kill answered " + r.statusCode());
      } catch (java.util.concurrent.ExecutionException e) {
        // expected: the connection to A was reset.
      }
      List<String> seen = new ArrayList<>();
      long deadline = killedAt + 480_000;
      Answer done = null;
      while (done == null) {
        Answer head = owner.send(lb, path, "HEAD", Map.of("Tus-Resumable", "1.0.0"), HttpRequest.BodyPublishers.noBody());
        require("b".equals(head.instance), "HEAD after the kill served by " + head.instance);
        require(head.status == 200, "HEAD on B: " + head.status);
        long offset = Long.parseLong(head.header("Upload-Offset"));
        require(offset >= FIRST && offset <= SIZE, "HEAD on B: offset " + offset + " (the first " + FIRST + " bytes were stored on A)");
        Answer patch = owner.send(lb, path, "PATCH", patchHeaders(offset),
            HttpRequest.BodyPublishers.ofByteArray(content, (int) offset, SIZE - (int) offset));
        seen.add("HEAD " + offset + " → PATCH " + patch.status);
        if (patch.status == 204) {
          require(String.valueOf(SIZE).equals(patch.header("Upload-Offset")), "PATCH on B: offset " + patch.header("Upload-Offset"));
          require(patch.header("Portail-Document") != null, "PATCH on B completed the upload without naming its document");
          done = patch;
        } else {
          // 409: A's claim on the upload has not gone stale yet (documents.claimStaleSeconds).
          require(patch.status == 409, "PATCH on B: " + patch.status + " " + patch.body);
          require(System.currentTimeMillis() < deadline, "the upload could not be resumed on B 8 min after the kill: " + seen);
          Thread.sleep(15_000);
        }
      }
      String document = done.header("Portail-Document");
      String expected = sha256(content);
      String stored = string("SELECT lower(sha256) FROM exchange_document WHERE id = ?", Long.parseLong(document));
      // The recipient downloads it through B.
      String staffEmail = string("SELECT email FROM user_account WHERE user_code = ?", "personnel");
      Visitor staff = signIn("personnel", staffEmail, urlB);
      Answer page = staff.get(urlB, "/app/echange/projet.xhtml?projet=" + project);
      require(page.status == 200, "project page of the recipient on B: " + page.status);
      String link = documentLink(page.body, name);
      Answer startDownload = staff.post(urlB, "/app/echange/projet.xhtml?projet=" + project, page, "recuperation", Map.of(link, link));
      require(startDownload.status == 303, "download started on B: " + startDownload.status + snippet(startDownload.body));
      Answer file = staff.get(urlB, path(startDownload.location));
      require(file.status == 200, "download on B: " + file.status);
      String got = sha256(file.bytes);
      require(got.equals(expected), "downloaded SHA-256 " + got + ", uploaded " + expected);
      require(stored == null || stored.equals(expected), "stored SHA-256 " + stored + ", uploaded " + expected);
      return "upload " + id + ": " + FIRST + " bytes stored on A, A killed during the second PATCH; on B "
          + seen + "; document " + document + " downloaded by its recipient through B, SHA-256 = the bytes sent";
    }
  }

  /**
   * (j) 40 accounts expiring in 3 days; the operator starts account-expiry from A's console for a
   * date 5 days ahead (a rehearsal: jobs.faultInjection, itemDelayMillis) in chunks of 4, so it
   * runs on A for about half a minute; A is killed after at least two checkpoints. On B's console
   * (the operator's session replicated) the execution shows as stale once its lock's lease has run
   * out (jobs.lock.leaseMinutes); the operator marks it failed and restarts it; the restart runs on
   * B, reads only the accounts after the last checkpoint, and every account is expired exactly
   * once (one ACCOUNT_EXPIRED audit event each).
   */
  static final class RunningJob {
    static final int ACCOUNTS = 40;
    static final String JOB = "account-expiry";
    final Visitor operator;
    final String prefix = "grappej" + RUN + "n";
    long execution;

    private RunningJob(Visitor operator) {
      this.operator = operator;
    }

    static RunningJob startOnA() throws Exception {
      RunningJob job = new RunningJob(signInOperator(urlA));
      for (int i = 0; i < ACCOUNTS; i++) {
        newAccountNamed(job.prefix + i, "CURRENT_DATE + 3");
      }
      String runDate = string("SELECT (CURRENT_DATE + 5)::text");
      for (int attempt = 1; ; attempt++) {
        Answer console = job.operator.get(urlA, "/app/operations/index.xhtml");
        require(console.status == 200, "operations console on A: " + console.status);
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, String> inputs = startInputs(console.body, JOB);
        require(inputs.containsKey("itemDelayMillis"), "the console offers no itemDelayMillis (jobs.faultInjection=true?)");
        fields.put(inputs.get("runDate"), runDate);
        fields.put(inputs.get("chunkSize"), "4");
        fields.put(inputs.get("itemDelayMillis"), "700");
        fields.put(inputs.get("start"), "x");
        Answer started = job.operator.post(urlA, "/app/operations/index.xhtml", console, "console", fields);
        Matcher id = Pattern.compile("exécution (\\d+)\\.").matcher(started.body);
        require(started.status == 200 && id.find(), "start on A's console: " + started.status + snippet(started.body));
        job.execution = Long.parseLong(id.group(1));
        // A scheduled run holding the lock at that second makes this one end BUSY: start again.
        Thread.sleep(3000);
        String exit = string("SELECT coalesce(exitstatus, '') FROM jbatchexecutioninstancedata WHERE jobexecid = ?", job.execution);
        if (!"BUSY".equals(exit)) {
          break;
        }
        require(attempt < 5, "the console's start ended BUSY 5 times");
      }
      return job;
    }

    long doneAt() throws Exception {
      return count("SELECT count(*) FROM user_account WHERE user_code LIKE ? AND state = 'EXPIRE'", prefix + "%");
    }

    void awaitCheckpoints() throws Exception {
      long deadline = System.currentTimeMillis() + 60_000;
      while (doneAt() < 8) {
        require(System.currentTimeMillis() < deadline, "the job on A expired only " + doneAt() + " accounts in 60 s");
        Thread.sleep(200);
      }
      require(doneAt() < ACCOUNTS, "the job on A finished before the kill");
    }

    String staleThenRestartedOnB() throws Exception {
      long before = doneAt();
      require(before > 0 && before < ACCOUNTS, before + " accounts expired when A died");
      String status = string("SELECT batchstatus FROM jbatchexecutioninstancedata WHERE jobexecid = ?", execution);
      require("STARTED".equals(status), "execution " + execution + " is " + status + " after the kill, expected STARTED");
      // Stale once its lease has run out: the console on B offers to mark it failed.
      long deadline = System.currentTimeMillis() + 240_000;
      Answer console;
      String markFailed;
      while (true) {
        awayFromTheMinute();
        console = operator.get(urlB, "/app/operations/index.xhtml");
        require(console.status == 200, "operations console on B: " + console.status);
        markFailed = button(console.body, "mark-failed", execution);
        if (markFailed != null) {
          break;
        }
        require(System.currentTimeMillis() < deadline, "execution " + execution + " not shown stale on B's console 4 min after the kill");
        Thread.sleep(5000);
      }
      require(console.body.contains("(instance arrêtée)"), "B's console offers to mark " + execution + " failed without saying it is stale");
      Answer marked = operator.post(urlB, "/app/operations/index.xhtml", console, "console", Map.of(markFailed, "x"));
      require(marked.status == 200 && marked.body.contains("marquée en échec"), "mark failed on B: " + marked.status + snippet(marked.body));
      // A restart that finds a scheduled run holding the lock ends BUSY: clicked away from second 0.
      if (awayFromTheMinute()) {
        marked = operator.get(urlB, "/app/operations/index.xhtml");
      }
      String restart = button(marked.body, "restart", execution);
      require(restart != null, "no restart offered for " + execution + " once marked failed");
      Answer restarted = operator.post(urlB, "/app/operations/index.xhtml", marked, "console", Map.of(restart, "x"));
      Matcher id = Pattern.compile("redémarrée : exécution (\\d+)").matcher(restarted.body);
      require(restarted.status == 200 && id.find(), "restart on B: " + restarted.status + snippet(restarted.body));
      long again = Long.parseLong(id.group(1));
      long end = System.currentTimeMillis() + 180_000;
      String batch;
      while (!"COMPLETED".equals(batch = string("SELECT batchstatus FROM jbatchexecutioninstancedata WHERE jobexecid = ?", again))
          && System.currentTimeMillis() < end) {
        require(!"FAILED".equals(batch), "the restarted execution " + again + " failed");
        Thread.sleep(1000);
      }
      String exit = string("SELECT coalesce(exitstatus, '') FROM jbatchexecutioninstancedata WHERE jobexecid = ?", again);
      require("COMPLETED".equals(batch) && !"BUSY".equals(exit), "restarted execution " + again + ": " + batch + " / " + exit);
      long read = count("SELECT readcount FROM jbatchstepexecutioninstancedata WHERE jobexecid = ? AND stepname = 'expire-accounts'", again);
      long expired = doneAt();
      long audited = count("SELECT count(*) FROM audit_event e JOIN user_account a ON a.id = e.target_account_id"
          + " WHERE a.user_code LIKE ? AND e.action = 'ACCOUNT_EXPIRED'", prefix + "%");
      require(expired == ACCOUNTS, expired + " of " + ACCOUNTS + " accounts expired after the restart");
      require(audited == ACCOUNTS, audited + " ACCOUNT_EXPIRED audit events for " + ACCOUNTS + " accounts (each expired exactly once?)");
      require(read == ACCOUNTS - before, "the restart read " + read + " accounts; " + (ACCOUNTS - before)
          + " were left after the last checkpoint on A");
      return "execution " + execution + " killed on A after " + before + " of " + ACCOUNTS + " accounts; shown stale on B's console,"
          + " marked failed, restarted there as " + again + ", which read the " + read + " left and completed; "
          + ACCOUNTS + " accounts expired, " + audited + " ACCOUNT_EXPIRED events";
    }

    /**
     * Waits, if needed, until the clock is between seconds 10 and 50 of a minute; true if it waited.
     * Every instance's timers start the scheduled runs at second 0, which adds rows to the console's
     * tables; the console's buttons are bound to their row's index in a request-scoped table, so a
     * click whose page was rendered before a new row appeared reaches another row (or none): the
     * check loads the page and clicks away from that second (the console's problem is reported in
     * the README).
     */
    static boolean awayFromTheMinute() throws InterruptedException {
      long second = (System.currentTimeMillis() / 1000) % 60;
      if (second >= 10 && second <= 50) {
        return false;
      }
      Thread.sleep(((70 - second) % 60) * 1000);
      return true;
    }

    /** The start form's fields of JOB on the console: parameter name (and "start") → input name. */
    static Map<String, String> startInputs(String html, String job) {
      int at = html.indexOf("data-job=\"" + job + "\"");
      require(at >= 0, "no " + job + " on the console");
      int end = html.indexOf("</fieldset>", at);
      String form = html.substring(at, end);
      Map<String, String> inputs = new HashMap<>();
      Matcher tag = Pattern.compile("<input[^>]*>").matcher(form);
      while (tag.find()) {
        String name = attribute(tag.group(), "name");
        String parameter = attribute(tag.group(), "data-parameter");
        if (parameter != null) {
          inputs.put(parameter, name);
        } else if ("start".equals(attribute(tag.group(), "data-action"))) {
          inputs.put("start", name);
        }
      }
      return inputs;
    }

    /** The name of the console's ACTION button for EXECUTION, or null. */
    static String button(String html, String action, long execution) {
      Matcher tag = Pattern.compile("<input[^>]*>").matcher(html);
      while (tag.find()) {
        if (action.equals(attribute(tag.group(), "data-action"))
            && Long.toString(execution).equals(attribute(tag.group(), "data-execution"))) {
          return attribute(tag.group(), "name");
        }
      }
      return null;
    }

    static String attribute(String tag, String name) {
      Matcher m = Pattern.compile("\\s" + Pattern.quote(name) + "=\"([^\"]*)\"").matcher(tag);
      return m.find() ? m.group(1) : null;
    }
  }

  /** The demo operator, signed in on BASE with the authenticator code of the demo's key (README). */
  static Visitor signInOperator(String base) throws Exception {
    Visitor v = new Visitor();
    Answer login = v.get(base, "/connexion.xhtml");
    Answer password = v.postLogin(base, login, "operateur", PASSWORD);
    require(password.location.contains("code-de-securite"), "operator's password step: " + password.status + " " + password.location);
    Answer page = v.get(base, "/code-de-securite.xhtml");
    // A code is accepted once per 30-second step (no replay): wait for a fresh step if needed.
    long step = System.currentTimeMillis() / 30_000;
    Answer done = v.postCode(base, page, totp("DEMOPORTAILPARTENAIRESAGENTSDEMO", step));
    if (!(done.status == 302 && done.location.contains("/app/"))) {
      Thread.sleep(30_000 - System.currentTimeMillis() % 30_000 + 500);
      done = v.postCode(base, done.status == 200 ? done : page, totp("DEMOPORTAILPARTENAIRESAGENTSDEMO", System.currentTimeMillis() / 30_000));
    }
    require(done.status == 302 && done.location.contains("/app/"), "operator's code step: " + done.status + " " + done.location + snippet(done.body));
    return v;
  }

  /** RFC 6238: HMAC-SHA-1, 30-second steps, 6 digits, the secret in Base32. */
  static String totp(String base32, long step) throws Exception {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    java.io.ByteArrayOutputStream key = new java.io.ByteArrayOutputStream();
    int buffer = 0;
    int bits = 0;
    for (char c : base32.toCharArray()) {
      buffer = (buffer << 5) | alphabet.indexOf(c);
      bits += 5;
      if (bits >= 8) {
        key.write((buffer >> (bits - 8)) & 0xff);
        bits -= 8;
      }
    }
    javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA1");
    mac.init(new javax.crypto.spec.SecretKeySpec(key.toByteArray(), "HmacSHA1"));
    byte[] hash = mac.doFinal(java.nio.ByteBuffer.allocate(8).putLong(step).array());
    int offset = hash[hash.length - 1] & 0x0f;
    int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
        | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
    return String.format("%06d", binary % 1_000_000);
  }

  static String b64(String value) {
    return java.util.Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
  }

  // ---------------------------------------------------------------- helpers

  static String other(String instance) {
    return "a".equals(instance) ? "b" : "a";
  }

  static String snippet(String body) {
    if (body == null) {
      return "";
    }
    Matcher m = Pattern.compile("<main[\\s\\S]{0,1500}").matcher(body);
    return m.find() ? " — " + m.group().replaceAll("\\s+", " ") : "";
  }

  static Visitor signIn(String user, String base) throws Exception {
    return signIn(user, email(user), base);
  }

  static Visitor signIn(String user, String address, String base) throws Exception {
    Visitor v = new Visitor();
    int before = mails(address, "Code de s").size();
    Answer login = v.get(base, "/connexion.xhtml");
    Answer password = v.postLogin(base, login, user, PASSWORD);
    require(password.location.contains("code-de-securite"), "sign-in of " + user + ": " + password.status + " " + password.location);
    Answer page = v.get(base, "/code-de-securite.xhtml");
    String code = awaitCode(address, before);
    Answer done = v.postCode(base, page, code);
    require(done.status == 302 && done.location.contains("/app/accueil.xhtml"), "code step of " + user + ": " + done.status + " " + done.location + snippet(done.body));
    return v;
  }

  static String email(String user) {
    return user + "@cluster.example";
  }

  /** A partner user (Actif, Individus) with the demo password's hash, new for this run. */
  static String newAccount(String check) throws Exception {
    return newAccountNamed("grappe" + check + RUN, "CURRENT_DATE + 200");
  }

  /** The same, named USER, its expiry date the SQL expression EXPIRY. */
  static String newAccountNamed(String user, String expiry) throws Exception {
    try (Connection c = DriverManager.getConnection(jdbc, "postgres", "postgres");
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO user_account (id, partner_id, user_code, user_code_key, email, email_key, first_name,"
                    + " last_name, partial_sin, state, expiry_date, created_at, password_hash, password_changed_at)"
                    + " SELECT (SELECT greatest(coalesce(max(id), 0), 800000000) + 1 FROM user_account), a.partner_id, ?, ?, ?, ?, 'Grappe',"
                    + " 'Essai', '111111', 'ACTIF', " + expiry + ", now(), a.password_hash, now() - interval '30 days'"
                    + " FROM user_account a WHERE a.user_code = 'mtremblay'")) {
      s.setString(1, user);
      s.setString(2, user);
      s.setString(3, email(user));
      s.setString(4, email(user));
      require(s.executeUpdate() == 1, "the demo account mtremblay is missing (DEMO_DATA=true)");
      try (Statement p = c.createStatement()) {
        p.executeUpdate(
            "INSERT INTO account_profile (account_id, profile) SELECT id, 'UTILISATEUR_INDIVIDUS'"
                + " FROM user_account WHERE user_code = '" + user + "'");
      }
    }
    return user;
  }

  static long accountId(String user) throws Exception {
    return count("SELECT id FROM user_account WHERE user_code = ?", user);
  }

  static long count(String sql, Object... params) throws Exception {
    try (Connection c = DriverManager.getConnection(jdbc, "postgres", "postgres");
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? r.getLong(1) : -1;
      }
    }
  }

  static String string(String sql, Object... params) throws Exception {
    try (Connection c = DriverManager.getConnection(jdbc, "postgres", "postgres");
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? r.getString(1) : null;
      }
    }
  }

  /** TOTAL e-mails in the outbox, due now, to one address (ids far above the sequences'). */
  static void queueBulk(String address, int total) throws Exception {
    try (Connection c = DriverManager.getConnection(jdbc, "postgres", "postgres");
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO outbox_email (id, created_at, recipients, subject, body_text, state, attempts,"
                    + " next_attempt_at) SELECT 9000000000 + ? * 10000 + n, now(), ?, 'Lot ' || ? || ' n° ' || n,"
                    + " 'Courriel ' || n || ' du lot ' || ?, 'EN_ATTENTE', 0, now()"
                    + " FROM generate_series(1, ?) AS n")) {
      s.setLong(1, Long.parseLong(RUN, 36) % 100_000);
      s.setString(2, address);
      s.setString(3, RUN);
      s.setString(4, RUN);
      s.setInt(5, total);
      require(s.executeUpdate() == total, "bulk e-mails not queued");
    }
  }

  static void awaitOutboxSent(String address, int seconds) throws Exception {
    long deadline = System.currentTimeMillis() + seconds * 1000L;
    while (count("SELECT count(*) FROM outbox_email WHERE recipients LIKE ? AND state <> 'ENVOYE'", "%" + address + "%") > 0) {
      require(System.currentTimeMillis() < deadline, "e-mails to " + address + " still unsent after " + seconds + " s");
      Thread.sleep(500);
    }
  }

  /** The java process of instance NAME: the child of its run.sh (cluster.sh records run.sh's pid). */
  static long javaPid(String name) throws Exception {
    long runSh = Long.parseLong(Files.readString(clusterDir.resolve(name + ".pid")).strip());
    return ProcessHandle.of(runSh)
        .orElseThrow(() -> new AssertionError("run.sh of " + name + " is not running"))
        .children()
        .filter(p -> p.info().command().orElse("").endsWith("java"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no java process under run.sh of " + name))
        .pid();
  }

  /** Subjects of the messages GreenMail holds for ADDRESS whose subject contains PART. */
  static List<String> mails(String address, String part) throws Exception {
    HttpResponse<String> r =
        PLAIN.send(
            HttpRequest.newBuilder(URI.create(greenmail + "/api/user/" + address + "/messages/INBOX")).build(),
            HttpResponse.BodyHandlers.ofString());
    List<String> subjects = new ArrayList<>();
    if (r.statusCode() != 200) {
      return subjects;
    }
    for (String subject : jsonStrings(r.body(), "subject")) {
      if (subject.contains(part)) {
        subjects.add(subject);
      }
    }
    return subjects;
  }

  /** The code of the e-mail that follows the BEFORE first security-code e-mails of USER. */
  static String awaitCode(String user, int before) throws Exception {
    return awaitCodeAt(user.contains("@") ? user : email(user), before);
  }

  static String awaitCodeAt(String address, int before) throws Exception {
    long deadline = System.currentTimeMillis() + 60_000;
    while (System.currentTimeMillis() < deadline) {
      HttpResponse<String> r =
          PLAIN.send(
              HttpRequest.newBuilder(URI.create(greenmail + "/api/user/" + address + "/messages/INBOX")).build(),
              HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() == 200) {
        List<String> codes = new ArrayList<>();
        List<String> subjects = jsonStrings(r.body(), "subject");
        List<String> messages = jsonStrings(r.body(), "mimeMessage");
        for (int i = 0; i < Math.min(subjects.size(), messages.size()); i++) {
          if (subjects.get(i).startsWith("Code de s")) {
            Matcher c = CODE.matcher(decode(messages.get(i)));
            if (c.find()) {
              codes.add(c.group(1));
            }
          }
        }
        if (codes.size() > before) {
          return codes.get(codes.size() - 1);
        }
      }
      Thread.sleep(300);
    }
    throw new AssertionError("no security-code e-mail for " + address + " within 60 s");
  }

  /** The values of every string field KEY in GreenMail's JSON answer, unescaped, in order. */
  static List<String> jsonStrings(String json, String key) {
    List<String> values = new ArrayList<>();
    String start = "\"" + key + "\":\"";
    int at = 0;
    while ((at = json.indexOf(start, at)) >= 0) {
      StringBuilder value = new StringBuilder();
      int i = at + start.length();
      for (; i < json.length() && json.charAt(i) != '"'; i++) {
        char ch = json.charAt(i);
        if (ch == '\\' && i + 1 < json.length()) {
          char next = json.charAt(++i);
          switch (next) {
            case 'n' -> value.append('\n');
            case 'r' -> value.append('\r');
            case 't' -> value.append('\t');
            case 'u' -> {
              value.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
              i += 4;
            }
            default -> value.append(next);
          }
        } else {
          value.append(ch);
        }
      }
      values.add(value.toString());
      at = i + 1;
    }
    return values;
  }

  /** The text of a raw MIME message: quoted-printable undone. */
  static String decode(String message) {
    String raw = message.replace("\r", "");
    raw = raw.replaceAll("=\n", "");
    Matcher m = Pattern.compile("((?:=[0-9A-F]{2})+)").matcher(raw);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String hex = m.group(1).replace("=", "%");
      m.appendReplacement(out, Matcher.quoteReplacement(URLDecoder.decode(hex, StandardCharsets.UTF_8)));
    }
    m.appendTail(out);
    return out.toString();
  }

  // ---------------------------------------------------------------- the HTTP client

  record Answer(int status, String body, String location, String instance, byte[] bytes, String etag,
      java.net.http.HttpHeaders headers) {
    String header(String name) {
      return headers.firstValue(name).orElse(null);
    }
  }

  /** One browser: its own cookies; redirects are not followed, so each hop's instance is known. */
  static class Visitor {
    final HttpClient http =
        HttpClient.newBuilder()
            // As a browser does: HTTP/1.1 without an h2c upgrade (server-config/cluster.sh).
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    /** The client address this browser claims through a trusted proxy's header, or null. */
    String forwardedFor;

    HttpRequest.Builder builder(String base, String path) {
      HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
      if (forwardedFor != null) {
        b.header("X-Forwarded-For", forwardedFor);
      }
      return b;
    }

    Answer get(String base, String path) throws Exception {
      return answer(base, http.send(builder(base, path).build(), HttpResponse.BodyHandlers.ofByteArray()));
    }

    Answer post(String base, String path, Answer page, String form, Map<String, String> fields) throws Exception {
      Matcher state = VIEW_STATE.matcher(page.body);
      require(state.find(), "no ViewState on the page to post");
      StringBuilder body = new StringBuilder(enc(form) + "=" + enc(form));
      for (Map.Entry<String, String> f : fields.entrySet()) {
        body.append('&').append(enc(f.getKey())).append('=').append(enc(f.getValue()));
      }
      body.append("&jakarta.faces.ViewState=").append(enc(state.group(1)));
      // PrimeFaces refuses a postback without the nonce of the page that holds the form (CSP).
      Matcher nonce = NONCE.matcher(page.body);
      if (nonce.find()) {
        body.append("&primefaces.nonce=").append(enc(nonce.group(1)));
      }
      return answer(base, http.send(
          builder(base, path)
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
              .build(),
          HttpResponse.BodyHandlers.ofByteArray()));
    }

    /** Any request (the tus endpoint's HEAD, POST and PATCH), with this browser's cookies. */
    Answer send(String base, String path, String method, Map<String, String> headers,
        HttpRequest.BodyPublisher body) throws Exception {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120)).method(method, body);
      headers.forEach(request::header);
      return answer(base, http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray()));
    }

    Answer postLogin(String base, Answer page, String user, String password) throws Exception {
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put("connexion:login", user);
      fields.put("connexion:password", password);
      fields.put("connexion:entrer", "Entrer");
      return post(base, "/connexion.xhtml", page, "connexion", fields);
    }

    Answer postCode(String base, Answer page, String code) throws Exception {
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put("securite:code", code);
      fields.put("securite:soumettre", "Soumettre");
      return post(base, "/code-de-securite.xhtml", page, "securite", fields);
    }

    /**
     * Through the balancer (round robin, no stickiness), makes the next request go to instance
     * WANT: a probe of /health/ready answered by the other one means the next is WANT's.
     */
    void steer(String want) throws Exception {
      for (int i = 0; i < 4; i++) {
        HttpResponse<Void> probe =
            PLAIN.send(HttpRequest.newBuilder(URI.create(lb + "/health/ready")).build(), HttpResponse.BodyHandlers.discarding());
        if (!want.equals(probe.headers().firstValue("X-Portail-Instance").orElse(""))) {
          return;
        }
      }
    }

    static Answer answer(String base, HttpResponse<byte[]> r) {
      String instance =
          r.headers()
              .firstValue("X-Portail-Instance")
              .orElse(base.equals(urlA) ? "a" : base.equals(urlB) ? "b" : "?");
      return new Answer(r.statusCode(), new String(r.body(), StandardCharsets.UTF_8),
          r.headers().firstValue("Location").orElse(""), instance, r.body(),
          r.headers().firstValue("ETag").orElse(null), r.headers());
    }

    static String enc(String s) {
      return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
  }
}
