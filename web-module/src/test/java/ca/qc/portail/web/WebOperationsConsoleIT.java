package ca.qc.portail.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.File;
import java.net.URL;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The operations console (R-J1–R-J7, role OPERATEUR) in headless Chromium on the real WAR with the
 * demo data: the operator starts a job, reads its step counts, restarts a failed one; a partner
 * user is refused. Jobs used here (daily report, registration codes at today's date) change no demo
 * account.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebOperationsConsoleIT {

  private static final String DEMO_PASSWORD = "Demo-Portail-2026";
  private static final String CONSOLE = "/app/operations/index.xhtml";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/web-module.war"));
  }

  @ArquillianResource private URL base;

  private static final GreenMail smtp;

  static {
    smtp =
        new GreenMail(
            new ServerSetup(Integer.parseInt(System.getenv("SMTP_PORT")), "127.0.0.1", "smtp"));
    smtp.start();
  }

  @AfterAll
  static void stopSmtp() {
    smtp.stop();
  }

  private static final Pattern SECURITY_CODE = Pattern.compile("(\\d{6})");

  private void signIn(Browser browser, String login, String email) throws Exception {
    smtp.purgeEmailFromAllMailboxes();
    browser.signIn(login, DEMO_PASSWORD);
    if (!browser.path().startsWith("/code-de-securite.xhtml")) {
      return;
    }
    for (int i = 0; i < 300; i++) {
      for (MimeMessage message : smtp.getReceivedMessages()) {
        if ("Code de sécurité".equals(message.getSubject())
            && GreenMailUtil.getAddressList(message.getAllRecipients()).contains(email)) {
          Object content = message.getContent();
          String text =
              content instanceof jakarta.mail.Multipart m
                  ? m.getBodyPart(0).getContent().toString()
                  : content.toString();
          Matcher code = SECURITY_CODE.matcher(text);
          if (code.find()) {
            browser.type("securite:code", code.group(1)).click("securite:soumettre");
            return;
          }
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError("No security code for " + login);
  }

  private static String job(String name) {
    return "section[data-job='" + name + "'] ";
  }

  /** Starts a job from its form and returns the new execution's id, read from the message. */
  private static long start(Browser browser, String job, String runDate, String failAtItem) {
    browser.typeCss(job(job) + "input[data-parameter='runDate']", runDate);
    if (failAtItem != null) {
      browser.typeCss(job(job) + "input[data-parameter='failAtItem']", failAtItem);
    }
    browser.clickCss(job(job) + "input[data-action='start']");
    Matcher id = Pattern.compile("exécution (\\d+)").matcher(browser.text("console:messages"));
    assertThat(id.find()).as(browser.text("console:messages")).isTrue();
    return Long.parseLong(id.group(1));
  }

  /** Refreshes the console until the execution has ended; returns its status. */
  private static String awaitEnd(Browser browser, long execution) throws InterruptedException {
    String status = null;
    for (int i = 0; i < 60; i++) {
      browser.open(CONSOLE);
      status = browser.textCss(".status[data-execution='" + execution + "']");
      if (status != null && !status.startsWith("STARTED") && !status.startsWith("STARTING")) {
        return status;
      }
      Thread.sleep(1000);
    }
    throw new AssertionError("Execution " + execution + " still " + status);
  }

  @Test
  @DisplayName("Console: the operator starts a job and sees its execution's step counts")
  void operatorStartsJobAndSeesCounts() throws Exception {
    try (Browser browser = new Browser(base)) {
      signIn(browser, "operateur", "olivier.roy@ministere.example");
      browser.clickLink("Traitements en lot");
      assertThat(browser.path()).startsWith(CONSOLE);
      assertThat(browser.main())
          .contains("account-expiry", "account-inactivity", "expiry-notice", "daily-report")
          .contains("30 1 * * *");

      long execution =
          start(browser, "registration-code-expiry", java.time.LocalDate.now().toString(), null);
      assertThat(awaitEnd(browser, execution)).isEqualTo("COMPLETED");
      assertThat(browser.textCss(".steps[data-execution='" + execution + "']"))
          .contains("expire-registration-codes (COMPLETED) : lus", "écrits");
      browser.screenshot("operations-console");
    }
  }

  @Test
  @DisplayName("Console: a failed execution shows its error and is restarted from the console")
  void operatorRestartsFailedExecution() throws Exception {
    try (Browser browser = new Browser(base)) {
      signIn(browser, "operateur", "olivier.roy@ministere.example");
      browser.open(CONSOLE);
      long failed = start(browser, "daily-report", "2031-01-15", "1");
      assertThat(awaitEnd(browser, failed)).isEqualTo("FAILED");
      assertThat(browser.textCss(".exit-status[data-execution='" + failed + "']"))
          .contains("Panne simulée à l'élément 1");

      browser.clickCss("input[data-action='restart'][data-execution='" + failed + "']");
      Matcher id = Pattern.compile("exécution (\\d+)\\.").matcher(browser.text("console:messages"));
      assertThat(id.find()).isTrue();
      long restarted = Long.parseLong(id.group(1));
      assertThat(awaitEnd(browser, restarted)).isEqualTo("COMPLETED");
      assertThat(browser.textCss(".steps[data-execution='" + restarted + "']"))
          .contains("send-report (COMPLETED)");
      browser.screenshot("operations-console-redemarrage");

      browser.clickLink("Courriels sortants");
      assertThat(browser.main()).contains("Courriels en échec après le dernier essai", "Envoyés");
    }
  }

  @Test
  @DisplayName("Console: a partner user is refused the operations pages")
  void nonOperatorRefused() throws Exception {
    try (Browser browser = new Browser(base)) {
      signIn(browser, "mtremblay", "marie.tremblay@partenaire1143214567.example");
      assertThat(browser.main()).doesNotContain("Traitements en lot");
      browser.open(CONSOLE);
      assertThat(browser.title()).contains("Accès refusé");
      assertThat(browser.main()).doesNotContain("account-expiry");
      browser.open("/app/operations/courriels.xhtml");
      assertThat(browser.title()).contains("Accès refusé");
    }
  }
}
