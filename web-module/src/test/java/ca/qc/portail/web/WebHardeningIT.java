package ca.qc.portail.web;

import static ca.qc.portail.account.Profile.UTILISATEUR_INDIVIDUS;
import static ca.qc.portail.partner.MeasureFamily.FORMATION;
import static org.assertj.core.api.Assertions.assertThat;

import ca.qc.portail.account.InternalRole;
import ca.qc.portail.web.TestPeople.Partner;
import ca.qc.portail.web.TestPeople.Person;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Findings #9, #10 and #14 of issue 12 on the real WAR: no state change by GET nor from another
 * site; the security headers on every response, error pages included, and each cookie's attributes
 * once; 413 for an oversized body, *Session expirée* for an expired or forged view state, no
 * exception class in an AJAX answer, and no session for anonymous reads of public pages. The
 * HTTPS-only parts (HSTS, the {@code __Host-} names, Secure cookies) are in SecurityHeadersTest and
 * CookieNamesTest: the tests' server speaks plain HTTP.
 */
class WebHardeningIT extends BrowserTesting {

  private static final String EVIL = "https://evil.example";
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  private static Partner cegep() {
    return TestPeople.partner("CÉGEP DE SHERBROOKE", FORMATION);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(url(path)));
  }

  private static HttpRequest.BodyPublisher form(String body) {
    return HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8);
  }

  private static String languageOf(Person person) throws Exception {
    try (Connection db = TestPeople.connect();
        PreparedStatement query =
            db.prepareStatement("SELECT preferred_language FROM user_account WHERE id = ?")) {
      query.setLong(1, person.id());
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getString(1);
      }
    }
  }

  // ---- #9: state changes only by POST, only from this site ----

  @Test
  @DisplayName("#9: ?lang=en on a GET shows that page in English and records nothing")
  void languageGetRecordsNothing() throws Exception {
    Person person = TestPeople.user(cegep(), "Gabrielle", "Roy", UTILISATEUR_INDIVIDUS);
    try (Browser browser = new Browser(base)) {
      assertThat(signIn(browser, person)).isTrue();

      HttpResponse<String> english = get("/app/accueil.xhtml?lang=en", browser);

      assertThat(english.statusCode()).isEqualTo(200);
      assertThat(english.body()).contains("lang=\"en\"");
      assertThat(languageOf(person)).as("a GET changes no stored state").isEqualTo("fr");
      browser.open("/app/accueil.xhtml");
      assertThat(browser.lang()).isEqualTo("fr");
    }
  }

  @Test
  @DisplayName("#9: the switch is a POST: it keeps the page's parameters and records the choice")
  void languageSwitchPosts() throws Exception {
    Person person = TestPeople.user(cegep(), "Félix", "Leclerc", UTILISATEUR_INDIVIDUS);
    try (Browser browser = new Browser(base)) {
      browser.open("/connexion.xhtml?sortie=1");
      assertThat(browser.attributeCss("#langue-form", "method")).isEqualTo("post");
      browser.click("langue");
      browser.screenshot("hardening-login-english");
      assertThat(browser.lang()).isEqualTo("en");
      assertThat(browser.path()).isEqualTo("/connexion.xhtml?sortie=1");
      assertThat(browser.cookie("PORTAIL_SESSION"))
          .as("the switch opens no session (#14)")
          .isNull();

      assertThat(signIn(browser, person)).isTrue();
      assertThat(browser.lang()).isEqualTo("en");
      assertThat(languageOf(person))
          .as("chosen before the login: recorded at login")
          .isEqualTo("en");
      browser.click("langue");
      assertThat(browser.lang()).isEqualTo("fr");
      assertThat(languageOf(person)).isEqualTo("fr");
    }
  }

  @Test
  @DisplayName("#9: another site's forms are refused: language switch, login, audit export")
  void crossSitePostsRefused() throws Exception {
    Person central = TestPeople.agent("Nadia", "Lavoie", InternalRole.AGENT_CENTRAL);
    try (Browser browser = new Browser(base)) {
      assertThat(signIn(browser, central)).isTrue();
      String cookies = browser.cookieHeader();

      HttpResponse<String> viaGet = get("/app/central/audit.csv", browser);
      HttpResponse<String> foreignExport =
          formPost("/app/central/audit.csv", cookies, "Origin", EVIL, "personne=x");
      HttpResponse<String> foreignRefererExport =
          formPost("/app/central/audit.csv", cookies, "Referer", EVIL + "/page.html", "personne=x");
      HttpResponse<String> foreignSwitch =
          formPost("/langue", cookies, "Origin", EVIL, "lang=en&retour=/");
      HttpResponse<String> ownExport =
          formPost(
              "/app/central/audit.csv",
              cookies,
              "Origin",
              url("/").replaceAll("/$", ""),
              "personne=" + central.code());

      assertThat(viaGet.statusCode()).as("an export by GET").isEqualTo(405);
      assertThat(viaGet.body()).doesNotContain("Date et heure");
      assertThat(foreignExport.statusCode()).isEqualTo(403);
      assertThat(foreignRefererExport.statusCode()).isEqualTo(403);
      assertThat(foreignSwitch.statusCode()).isEqualTo(403);
      assertThat(languageOf(central)).isEqualTo("fr");
      assertThat(ownExport.statusCode()).isEqualTo(200);
      assertThat(ownExport.body()).startsWith("\uFEFFDate et heure (");
      assertThat(ownExport.body())
          .as("the GET and the refused posts wrote no export record")
          .doesNotContain("Exportation du journal");
    }

    HttpResponse<String> login = get("/connexion.xhtml");
    HttpResponse<String> foreignLogin =
        send(
            request("/connexion.xhtml")
                .header("Origin", EVIL)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    form(
                        "connexion=connexion&connexion%3Alogin=x&connexion%3Apassword=y"
                            + "&connexion%3Aentrer=Entrer&jakarta.faces.ViewState="
                            + viewState(login.body()))));
    assertThat(foreignLogin.statusCode()).as("login CSRF").isEqualTo(403);
  }

  // ---- #10: headers on every response ----

  private static void assertHardened(HttpResponse<String> response, String what) {
    var headers = response.headers();
    assertThat(headers.allValues("X-Frame-Options")).as(what).containsExactly("DENY");
    assertThat(headers.allValues("X-Content-Type-Options")).as(what).containsExactly("nosniff");
    assertThat(headers.firstValue("Referrer-Policy")).as(what).hasValue("same-origin");
    assertThat(headers.firstValue("Cache-Control")).as(what).hasValue("no-store");
    assertThat(headers.allValues("Content-Security-Policy"))
        .as(what)
        .singleElement()
        .satisfies(
            csp ->
                assertThat(csp)
                    .contains(
                        "script-src 'self'",
                        "base-uri 'none'",
                        "frame-ancestors 'none'",
                        "object-src 'none'",
                        "form-action 'self'",
                        "img-src 'self' data:")
                    .doesNotContain("unsafe-eval"));
    assertThat(headers.firstValue("Strict-Transport-Security"))
        .as("no HSTS over plain HTTP")
        .isEmpty();
  }

  @Test
  @DisplayName("#10: CSP, nosniff, Referrer-Policy, no-store and DENY on pages and error pages")
  void headersEverywhere() throws Exception {
    HttpResponse<String> login = get("/connexion.xhtml");
    assertHardened(login, "login page");
    String csp = login.headers().firstValue("Content-Security-Policy").orElseThrow();
    Matcher nonce = Pattern.compile("'nonce-([^']+)'").matcher(csp);
    assertThat(nonce.find()).as("a script nonce: " + csp).isTrue();
    Matcher scripts = Pattern.compile("<script([^>]*)>").matcher(login.body());
    while (scripts.find()) {
      assertThat(scripts.group(1)).contains("nonce=\"" + nonce.group(1) + "\"");
    }
    assertThat(login.body()).doesNotContainPattern(" on[a-z]+=\"");

    HttpResponse<String> missing = get("/nexiste-pas.xhtml");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertHardened(missing, "404 page");
    assertHardened(get("/health/ready"), "readiness");

    Person person = TestPeople.user(cegep(), "Anne", "Hébert", UTILISATEUR_INDIVIDUS);
    try (Browser browser = new Browser(base)) {
      assertThat(signIn(browser, person)).isTrue();
      HttpResponse<String> refused = get("/app/central/index.xhtml", browser);
      assertThat(refused.statusCode()).isEqualTo(403);
      assertThat(refused.body()).contains("Accès refusé");
      assertHardened(refused, "signed-in 403 page");

      // A form posted without the script nonce its page carries (NonceForms): not one of this
      // portal's pages; 400 and the error page, no exception shown.
      HttpResponse<String> change = get("/app/mot-de-passe.xhtml", browser);
      assertThat(change.body())
          .contains("name=\"primefaces.nonce\" value=\"" + nonce(change.body()));
      HttpResponse<String> failed =
          post(
              "/app/mot-de-passe.xhtml",
              browser,
              "changement=changement&changement%3Aenregistrer=Enregistrer&jakarta.faces.ViewState="
                  + java.net.URLEncoder.encode(viewState(change.body()), StandardCharsets.UTF_8));
      assertThat(failed.statusCode()).isEqualTo(400);
      assertThat(failed.body())
          .contains("Une erreur est survenue")
          .doesNotContain("CspException", "at org.", "at ca.", "Caused by");
      assertHardened(failed, "400 page after a form without its nonce");
    }
    HttpResponse<String> badRequest = get("/connexion.xhtml;PORTAIL_SESSION=abc");
    assertThat(badRequest.statusCode()).isEqualTo(400);
    assertHardened(badRequest, "400 page");
    HttpResponse<String> css = get("/jakarta.faces.resource/css/portail.css.xhtml");
    assertThat(css.headers().firstValue("Cache-Control"))
        .as("static resources stay cacheable")
        .hasValueSatisfying(c -> assertThat(c).doesNotContain("no-store"));
  }

  @Test
  @DisplayName("#10: with JavaScript off, a mistyped password is said and the login goes on")
  void formsPostWithoutJavaScript() throws Exception {
    Person person = TestPeople.user(cegep(), "Jacques", "Poulin", UTILISATEUR_INDIVIDUS);
    try (Browser browser = Browser.withoutJavaScript(base)) {
      browser.signIn(person.code(), person.password() + "x");
      assertThat(browser.path()).startsWith("/connexion.xhtml");
      assertThat(browser.main()).contains("Nom d'utilisateur ou mot de passe invalide.");
      assertThat(signIn(browser, person)).as("signed in without JavaScript").isTrue();
      browser.open("/app/mot-de-passe.xhtml").click("changement:enregistrer");
      assertThat(browser.path()).startsWith("/app/mot-de-passe.xhtml");
      assertThat(browser.main()).contains("Inscrivez votre mot de passe actuel.");
    }
  }

  @Test
  @DisplayName("#10: SameSite=Lax once on the session cookie and the session key cookie")
  void cookieAttributesOnce() throws Exception {
    Person person = TestPeople.user(cegep(), "Marie", "Laberge", UTILISATEUR_INDIVIDUS);
    HttpResponse<String> page = get("/connexion.xhtml");
    int mark = Mailbox.mark(person.email());
    HttpResponse<String> password =
        send(
            request("/connexion.xhtml")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    form(
                        form(
                            orderedMap(
                                "connexion", "connexion",
                                "connexion:login", person.code(),
                                "connexion:password", person.password(),
                                "connexion:entrer", "Entrer",
                                "jakarta.faces.ViewState", viewState(page.body()),
                                "primefaces.nonce", nonce(page.body()))))));
    assertThat(password.statusCode()).isEqualTo(302);
    assertThat(password.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).contains("/code-de-securite.xhtml"));
    List<String> cookies = new ArrayList<>(password.headers().allValues("Set-Cookie"));
    // Every cookie the server set (a replicated session has a version cookie beside its id).
    String jar = cookieHeader(cookies);

    HttpResponse<String> codePage = send(request("/code-de-securite.xhtml").header("Cookie", jar));
    assertThat(codePage.statusCode()).as(codePage.headers() + codePage.body()).isEqualTo(200);
    HttpResponse<String> code =
        send(
            request("/code-de-securite.xhtml")
                .header("Cookie", jar)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    form(
                        form(
                            orderedMap(
                                "securite",
                                "securite",
                                "securite:code",
                                Mailbox.awaitSecurityCode(person.email(), mark),
                                "securite:soumettre",
                                "Soumettre",
                                "jakarta.faces.ViewState",
                                viewState(codePage.body()))))));
    assertThat(code.statusCode()).isEqualTo(302);
    assertThat(code.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).contains("/app/"));
    cookies.addAll(code.headers().allValues("Set-Cookie"));

    assertThat(cookies).anySatisfy(c -> assertThat(c).startsWith("PORTAIL_CLE="));
    assertThat(cookies)
        .filteredOn(c -> c.startsWith("PORTAIL_SESSION=") || c.startsWith("PORTAIL_CLE="))
        .hasSizeGreaterThanOrEqualTo(2)
        .allSatisfy(
            c -> {
              assertThat(Pattern.compile("(?i)samesite=lax").matcher(c).results().count())
                  .as(c)
                  .isEqualTo(1);
              assertThat(c).contains("HttpOnly", "Path=/").doesNotContain("Expires", "Max-Age");
              assertThat(c).doesNotContainIgnoringCase("domain=");
            });
  }

  // ---- #14 ----

  @Test
  @DisplayName("#14: a body over the limit gets 413, but the tus endpoint's limits are its own")
  void oversizedBodyGets413() throws Exception {
    byte[] large = new byte[5 * 1024 * 1024];
    java.util.Arrays.fill(large, (byte) 'a');
    HttpResponse<String> tooLarge =
        send(
            request("/connexion.xhtml")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofByteArray(large)));
    assertThat(tooLarge.statusCode()).isEqualTo(413);
    assertThat(tooLarge.body()).contains("trop volumineuse").doesNotContain("Exception");

    HttpResponse<String> tus =
        send(
            request("/app/echange/televersements")
                .header("Tus-Resumable", "1.0.0")
                .header("Content-Type", "application/offset+octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(large)));
    assertThat(tus.statusCode())
        .as("refused for want of a session, not for its size")
        .isNotEqualTo(413);
  }

  @Test
  @DisplayName("#14: a forged view state leads to Session expirée, AJAX naming no exception class")
  void forgedViewStateExpires() throws Exception {
    Person person = TestPeople.user(cegep(), "Louis", "Hémon", UTILISATEUR_INDIVIDUS);
    try (Browser browser = new Browser(base)) {
      assertThat(signIn(browser, person)).isTrue();
      String fields =
          "sortie=sortie&sortie%3Adeconnexion=Quitter&jakarta.faces.ViewState=123%3A456";

      HttpResponse<String> full = post("/app/accueil.xhtml", browser, fields);
      assertThat(full.statusCode()).isEqualTo(302);
      assertThat(full.headers().firstValue("Location"))
          .hasValueSatisfying(l -> assertThat(l).endsWith("/session-expiree.xhtml"));
      HttpResponse<String> expired = get("/session-expiree.xhtml", browser);
      assertThat(expired.body()).contains("Session expirée");
      assertHardened(expired, "session-expired page");

      HttpResponse<String> ajax =
          send(
              request("/app/accueil.xhtml")
                  .header("Cookie", browser.cookieHeader())
                  .header("Faces-Request", "partial/ajax")
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(
                      form(
                          fields
                              + "&jakarta.faces.partial.ajax=true"
                              + "&jakarta.faces.source=sortie%3Adeconnexion"
                              + "&jakarta.faces.partial.execute=%40all")));
      assertThat(ajax.body())
          .contains("<redirect url=\"/session-expiree.xhtml\"")
          .doesNotContain("Exception", "<error-name>");
      browser.open("/app/accueil.xhtml");
      assertThat(browser.path()).as("the session itself goes on").startsWith("/app/accueil");
    }
  }

  @Test
  @DisplayName("#14: anonymous reads of public pages, the switch and resources open no session")
  void noSessionForAnonymousReads() throws Exception {
    for (String path :
        List.of(
            "/",
            "/connexion.xhtml",
            "/connexion.xhtml?lang=en",
            "/connexion.xhtml?sortie=1",
            "/health/ready",
            "/jakarta.faces.resource/css/portail.css.xhtml",
            "/nexiste-pas.xhtml",
            "/session-expiree.xhtml")) {
      HttpResponse<String> response = get(path);
      assertThat(response.statusCode()).as(path).isIn(200, 302, 404);
      assertThat(response.headers().allValues("Set-Cookie")).as(path).isEmpty();
    }
    HttpResponse<String> english =
        send(
            request("/langue")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(form("lang=en&retour=%2Fconnexion.xhtml")));
    assertThat(english.statusCode()).isEqualTo(303);
    assertThat(english.headers().firstValue("Location")).hasValue("/connexion.xhtml");
    assertThat(english.headers().allValues("Set-Cookie"))
        .singleElement()
        .satisfies(c -> assertThat(c).startsWith("PORTAIL_LANGUE=en").contains("SameSite"));
    HttpResponse<String> page =
        send(request("/connexion.xhtml").header("Cookie", "PORTAIL_LANGUE=en"));
    assertThat(page.body()).contains("lang=\"en\"", "Access your account");
    assertThat(page.headers().allValues("Set-Cookie")).isEmpty();
  }

  private static String viewState(String body) {
    Matcher m = VIEW_STATE.matcher(body);
    assertThat(m.find()).as("a view state in the page").isTrue();
    return m.group(1).replace("&#58;", ":");
  }

  /** The page's script nonce, which PrimeFaces' script adds to the forms it posts. */
  private static String nonce(String body) {
    Matcher m = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)").matcher(body);
    assertThat(m.find()).as("a script nonce in the page").isTrue();
    return m.group(1);
  }

  private static Map<String, String> orderedMap(String... pairs) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return map;
  }

  /** A Cookie header of the last value of each cookie set. */
  private static String cookieHeader(List<String> setCookies) {
    Map<String, String> jar = new LinkedHashMap<>();
    for (String c : setCookies) {
      String pair = c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';'));
      jar.put(pair.substring(0, pair.indexOf('=')), pair);
    }
    assertThat(jar).containsKey("PORTAIL_SESSION");
    return String.join("; ", jar.values());
  }

  /** A form's POST as another page would send it: this browser's cookies, one header of origin. */
  private HttpResponse<String> formPost(
      String path, String cookies, String header, String value, String body) throws Exception {
    return send(
        request(path)
            .header("Cookie", cookies)
            .header(header, value)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(form(body)));
  }
}
