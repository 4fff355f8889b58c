package ca.qc.portail.web;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
 * PostgreSQL with the demo data, the test SMTP server ({@link Mailbox}, registered before
 * Arquillian so it is up before the deployment), the demo people's addresses, signing in as a
 * person does, and plain HTTP requests with or without a browser's session.
 *
 * <p>The classes share one database and its demo data and run in alphabetical order ({@link
 * PortailWarIT} first: it reads the registration code e-mailed when the demo data is first loaded);
 * each changes only its own demo people (see the README).
 */
@ExtendWith({Mailbox.class, ArquillianExtension.class})
@RunAsClient
abstract class BrowserTesting {

  static final String DEMO_PASSWORD = "Demo-Portail-2026";

  /** The e-mail domain of the demo partner CÉGEP DE SHERBROOKE. */
  static final String CEGEP = "@partenaire1143214567.example";

  /** The demo people's addresses (DemoData), and those of accounts made by the tests. */
  private static final Map<String, String> EMAILS =
      new ConcurrentHashMap<>(
          Map.ofEntries(
              Map.entry("jlabonte", "joseph.labonte" + CEGEP),
              Map.entry("rdespres", "rose.despres" + CEGEP),
              Map.entry("mtremblay", "marie.tremblay" + CEGEP),
              Map.entry("gcaron", "genevieve.caron" + CEGEP),
              Map.entry("fdubois", "francois.dubois" + CEGEP),
              Map.entry("ebeaulieu", "emilie.beaulieu" + CEGEP),
              Map.entry("hleblanc", "helene.leblanc" + CEGEP),
              Map.entry("slapointe", "simon.lapointe" + CEGEP),
              Map.entry("agirard", "andre.girard@partenaire1170451234.example"),
              Map.entry("agentcentral", "nadia.lavoie@ministere.example"),
              Map.entry("operateur", "olivier.roy@ministere.example")));

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/web-module.war"));
  }

  @ArquillianResource URL base;

  /** The address of a demo person, or of an account a test made ({@link #remember}). */
  static String emailOf(String login) {
    String email = EMAILS.get(login);
    if (email == null) {
      throw new IllegalArgumentException("No known e-mail address for " + login);
    }
    return email;
  }

  /** Records the address of an account made during a test, to read its security codes. */
  static void remember(String login, String email) {
    EMAILS.put(login, email);
  }

  /**
   * Signs in as a person would: the password, then the security code received by e-mail (R-L4).
   * Returns whether the browser is then inside the application.
   */
  static boolean signIn(Browser browser, String login, String password) throws Exception {
    String email = emailOf(login);
    int mark = Mailbox.mark(email);
    try {
      browser.signIn(login, password);
    } catch (NoSuchElementException e) {
      browser.screenshot("connexion-" + login);
      throw new AssertionError(
          "No login form at " + browser.path() + ": " + browser.title() + " / " + browser.main(),
          e);
    }
    if (browser.path().startsWith("/code-de-securite.xhtml")) {
      browser
          .type("securite:code", Mailbox.awaitSecurityCode(email, mark))
          .click("securite:soumettre");
    }
    return browser.path().startsWith("/app/");
  }

  /** The address of a page of the application. */
  String url(String path) {
    return path.startsWith("http") ? path : base.toExternalForm().replaceAll("/$", "") + path;
  }

  /** A plain GET, anonymous, read as UTF-8 text. */
  HttpResponse<String> get(String path) throws Exception {
    return get(path, null);
  }

  /** A plain GET with {@code browser}'s session cookies, read as UTF-8 text. */
  HttpResponse<String> get(String path, Browser browser) throws Exception {
    return get(path, browser, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** A plain GET with {@code browser}'s session cookies (none when {@code browser} is null). */
  <T> HttpResponse<T> get(String path, Browser browser, HttpResponse.BodyHandler<T> body)
      throws Exception {
    return send(HttpRequest.newBuilder(URI.create(url(path))), browser, body);
  }

  /**
   * A plain POST of a form ({@code name=value&…}, not encoded further) with {@code browser}'s
   * session cookies (none when {@code browser} is null), read as UTF-8 text.
   */
  HttpResponse<String> post(String path, Browser browser, String form) throws Exception {
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
  static String form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(
            f ->
                URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private static <T> HttpResponse<T> send(
      HttpRequest.Builder request, Browser browser, HttpResponse.BodyHandler<T> body)
      throws Exception {
    if (browser != null) {
      request.header("Cookie", browser.cookieHeader());
    }
    return HttpClient.newHttpClient().send(request.build(), body);
  }
}
