package ca.qc.portail.web;

import static org.assertj.core.api.Assertions.assertThat;

import ca.qc.portail.authentication.Totp;
import ca.qc.portail.demo.DemoData;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The smoke test of {@code portail.ear} deployed on a full Payara Server by {@code
 * server-config/payara-server.sh} (issue 14, point 4), in headless Chromium: a partner's security
 * officer signs in (password, then the code e-mailed through the domain's SMTP settings), reaches
 * home and the partner's security file; the batch operator signs in, reaches the operations
 * console, runs a job from it to its end (the batch repository), and is refused the officers' page.
 *
 * <p>Not part of {@code mvn verify}: the profile {@code payara-server} of this module runs it
 * against the server at {@code -Dportail.url=…} (the README's "Deploying the EAR on Payara
 * Server"). That server runs with the demo data ({@code DEMO_DATA=true}, on a database of its own)
 * and sends its e-mails to the GreenMail this class starts on {@code SMTP_PORT} ({@link Mailbox}).
 */
@ExtendWith(Mailbox.class)
class PayaraServerSmoke {

  private static final String OFFICER = "jlabonte";
  private static final String OFFICER_EMAIL =
      "joseph.labonte@partenaire" + DemoData.CEGEP_NEQ + ".example";
  private static final String OPERATOR = "operateur";
  private static final String OPERATOR_EMAIL = "olivier.roy@ministere.example";

  private static URL base() throws Exception {
    String url = System.getProperty("portail.url");
    assertThat(url).as("-Dportail.url=… (the server payara-server.sh started)").isNotBlank();
    return URI.create(url).toURL();
  }

  /**
   * Password, then the second factor: the e-mailed security code (R-L4), or for the demo's
   * operator, enrolled with the demo authenticator key, the app's code; the page reached
   * afterwards.
   */
  private static String signIn(Browser browser, String login, String email) throws Exception {
    int mark = Mailbox.mark(email);
    browser.signIn(login, DemoData.PASSWORD);
    if (browser.path().startsWith("/code-de-securite.xhtml")) {
      String code =
          OPERATOR.equals(login)
              ? Totp.codeAt(DemoData.DEMO_AUTHENTICATOR_SECRET, Instant.now())
              : Mailbox.awaitSecurityCode(email, mark);
      browser.type("securite:code", code).click("securite:soumettre");
    }
    return browser.path();
  }

  @Test
  @DisplayName("The application answers ready on Payara Server")
  void ready() throws Exception {
    HttpResponse<String> ready =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(base().toURI().resolve("/health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(ready.statusCode()).isEqualTo(200);
  }

  @Test
  @DisplayName("An officer signs in with the e-mailed code, reaches home and the security file")
  void officer() throws Exception {
    try (Browser browser = new Browser(base())) {
      browser.open("/connexion.xhtml");
      browser.screenshot("payara-server-connexion");
      assertThat(signIn(browser, OFFICER, OFFICER_EMAIL)).startsWith("/app/");
      browser.open("/app/accueil.xhtml");
      assertThat(browser.title()).startsWith("Menu principal");
      assertThat(browser.main()).contains("Dossier de sécurité de l'organisme");
      browser.screenshot("payara-server-accueil");

      browser.open("/app/securite/organisme.xhtml");
      assertThat(browser.title()).startsWith("Dossier de sécurité de l'organisme");
      assertThat(browser.main())
          .contains("Liste des personnes autorisées")
          .contains("joseph.labonte@partenaire" + DemoData.CEGEP_NEQ + ".example")
          .contains("Tremblay");
      browser.screenshot("payara-server-organisme");
    }
  }

  @Test
  @DisplayName(
      "The operator signs in, runs a job from the operations console, is refused officers' pages")
  void operator() throws Exception {
    try (Browser browser = new Browser(base())) {
      assertThat(signIn(browser, OPERATOR, OPERATOR_EMAIL)).startsWith("/app/");
      browser.open("/app/operations/index.xhtml");
      assertThat(browser.title()).startsWith("Traitements en lot");
      assertThat(browser.exists("console:actualiser")).isTrue();
      // Each job's section names it in words; its id is the section's data-job.
      assertThat(browser.attributeCss("section[data-job='account-expiry']", "data-job"))
          .isEqualTo("account-expiry");
      assertThat(browser.attributeCss("section[data-job='exchange-expiry']", "data-job"))
          .isEqualTo("exchange-expiry");
      browser.screenshot("payara-server-operations");

      // A job started from the console runs and is recorded in the batch repository the script
      // configured (jdbc/portail, on PostgreSQL): the daily report (R-J7), today's, to central.
      browser.clickCss("section[data-job='daily-report'] input[data-action='start']");
      Matcher started =
          Pattern.compile("exécution (\\d+)").matcher(browser.text("console:messages"));
      assertThat(started.find()).as(browser.text("console:messages")).isTrue();
      String status = ".status[data-execution='" + started.group(1) + "']";
      for (int i = 0;
          i < 120 && !"COMPLETED".equals(browser.attributeCss(status, "data-status"));
          i++) {
        Thread.sleep(1000);
        browser.open("/app/operations/index.xhtml");
      }
      assertThat(browser.attributeCss(status, "data-status")).isEqualTo("COMPLETED");
      browser.screenshot("payara-server-operations-job");

      browser.open("/app/securite/organisme.xhtml");
      assertThat(browser.main()).contains("Accès refusé").doesNotContain("Tremblay");
    }
  }
}
