package ca.qc.portail.web;

import ca.qc.portail.authentication.Totp;
import ca.qc.portail.web.TestPeople.Person;
import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.NoSuchElementException;

/**
 * What every browser-test class shares: the real WAR (as run.sh deploys it) on Payara Micro and
 * PostgreSQL, the test SMTP server ({@link Mailbox}, registered before Arquillian so it is up
 * before the deployment), signing in as a person does, and plain HTTP requests with or without a
 * browser's session.
 *
 * <p>Each class gets a server of its own, on the module's test database without demo data; each
 * test makes the partners and people it uses ({@link TestPeople}), so no test depends on another
 * nor on the order they run in.
 */
@ExtendWith({Mailbox.class, ArquillianExtension.class})
@RunAsClient
public abstract class BrowserTesting {

  @Deployment(testable = false)
  public static WebArchive deployment() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/web-module.war"));
  }

  @ArquillianResource protected URL base;

  /**
   * Signs in as a person would: the user code and password, then the security code received by
   * e-mail (R-L4). Returns whether the browser is then inside the application.
   */
  public static boolean signIn(Browser browser, Person person) throws Exception {
    return signIn(browser, person, person.password());
  }

  /**
   * {@link #signIn(Browser, Person)} with another password than the one the person was made with.
   */
  public static boolean signIn(Browser browser, Person person, String password) throws Exception {
    int mark = Mailbox.mark(person.email());
    try {
      browser.signIn(person.code(), password);
    } catch (NoSuchElementException e) {
      browser.screenshot("connexion-" + person.code());
      throw new AssertionError(
          "No login form at " + browser.path() + ": " + browser.title() + " / " + browser.main(),
          e);
    }
    if (browser.path().startsWith("/code-de-securite.xhtml")) {
      String code =
          browser.exists("securite:application")
              ? authenticatorCode(person.email())
              : Mailbox.awaitSecurityCode(person.email(), mark);
      browser.type("securite:code", code).click("securite:soumettre");
    }
    // mfa.totpRequiredForRoles (central agents and operators by default): the first login enrols
    // an authenticator app as a person does, from the secret the page shows.
    if (browser.path().startsWith("/app/authentificateur.xhtml")
        && browser.exists("activation:code")) {
      enrolAuthenticator(browser, person.email());
      browser.click("continuer");
    }
    return browser.path().startsWith("/app/");
  }

  /** The authenticator secrets of the people enrolled by this run's tests, by e-mail address. */
  private static final Map<String, String> SECRETS = new ConcurrentHashMap<>();

  /** The last time step whose code each of them used: a code is accepted only once. */
  private static final Map<String, Long> LAST_STEPS = new ConcurrentHashMap<>();

  /**
   * On the enrolment page: reads the secret shown as text, confirms with the app's code as an
   * authenticator app would compute it; returns the secret. The recovery codes page follows.
   */
  public static String enrolAuthenticator(Browser browser, String email) throws Exception {
    String secret = browser.text("secret").replace(" ", "");
    SECRETS.put(email, secret);
    browser.type("activation:code", authenticatorCode(email)).click("activation:confirmer");
    return secret;
  }

  /**
   * The current code of {@code email}'s authenticator app; waits for the next 30-second step when
   * this step's code was already used (the portal refuses a replayed code).
   */
  public static String authenticatorCode(String email) throws InterruptedException {
    String secret = SECRETS.get(email);
    if (secret == null) {
      throw new AssertionError("No authenticator enrolled by this run for " + email);
    }
    long step = Totp.stepOf(Instant.now());
    Long last = LAST_STEPS.get(email);
    if (last != null && step <= last) {
      Thread.sleep((last + 1) * Totp.STEP_SECONDS * 1000 - System.currentTimeMillis() + 200);
      step = Totp.stepOf(Instant.now());
    }
    LAST_STEPS.put(email, step);
    return Totp.codeAt(secret, Instant.ofEpochSecond(step * Totp.STEP_SECONDS));
  }

  /** The address of a page of the application. */
  public String url(String path) {
    return path.startsWith("http") ? path : base.toExternalForm().replaceAll("/$", "") + path;
  }

  /** A plain GET, anonymous, read as UTF-8 text. */
  public HttpResponse<String> get(String path) throws Exception {
    return get(path, null);
  }

  /** A plain GET with {@code browser}'s session cookies, read as UTF-8 text. */
  public HttpResponse<String> get(String path, Browser browser) throws Exception {
    return get(path, browser, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** A plain GET with {@code browser}'s session cookies (none when {@code browser} is null). */
  public <T> HttpResponse<T> get(String path, Browser browser, HttpResponse.BodyHandler<T> body)
      throws Exception {
    return send(HttpRequest.newBuilder(URI.create(url(path))), browser, body);
  }

  /**
   * A plain POST of a form ({@code name=value&…}, not encoded further) with {@code browser}'s
   * session cookies (none when {@code browser} is null), read as UTF-8 text.
   */
  public HttpResponse<String> post(String path, Browser browser, String form) throws Exception {
    return send(
        HttpRequest.newBuilder(URI.create(url(path)))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8)),
        browser,
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /**
   * A form's fields as a POST sends them ({@code name=value&…}, URL-encoded), for {@link #post}.
   */
  public static String form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(
            f ->
                URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  /**
   * HTTP/1.1, as a browser speaks it over plain HTTP. Java's client would otherwise ask for
   * cleartext HTTP/2 (h2c), which the server does not speak: Grizzly then answers without the
   * headers it derives (Content-Type, Content-Length), and refuses a chunked body (RequestBodies).
   */
  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  /** The tests' own HTTP client (no cookies of its own: a browser's are sent as a header). */
  protected final HttpClient http = HTTP;

  private static <T> HttpResponse<T> send(
      HttpRequest.Builder request, Browser browser, HttpResponse.BodyHandler<T> body)
      throws Exception {
    if (browser != null) {
      request.header("Cookie", browser.cookieHeader());
    }
    return HTTP.send(request.build(), body);
  }
}
