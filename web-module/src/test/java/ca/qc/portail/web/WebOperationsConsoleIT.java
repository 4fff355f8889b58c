package ca.qc.portail.web;

import static ca.qc.portail.account.Profile.UTILISATEUR_INDIVIDUS;
import static ca.qc.portail.partner.MeasureFamily.EMPLOYABILITE;
import static ca.qc.portail.partner.MeasureFamily.FORMATION;
import static ca.qc.portail.web.Mailbox.awaitEmail;
import static ca.qc.portail.web.TestPeople.today;
import static org.assertj.core.api.Assertions.assertThat;

import ca.qc.portail.account.InternalRole;
import ca.qc.portail.web.TestPeople.Partner;
import ca.qc.portail.web.TestPeople.Person;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The operations console (R-J1–R-J7, role OPERATEUR) in headless Chromium on the real WAR: the
 * operator starts a job, reads its step counts, restarts a failed one, stops a running one and
 * abandons it, retries an e-mail failed after its last attempt (R-J6); a partner user is refused
 * every page and action, also when posting the operator's own requests. Each test makes its
 * operator (and partner user, and failed e-mail); the jobs used here (daily report, registration
 * codes at today's date) change no account.
 */
class WebOperationsConsoleIT extends BrowserTesting {

  private static Person operator() {
    return TestPeople.agent("Olivier", "Roy", InternalRole.OPERATEUR);
  }

  /**
   * Central agents, the daily report's recipients (R-J7): each one an item of a daily-report run,
   * so that run has items to fail at, or to be stopped between.
   */
  private static void reportRecipients(int count) {
    for (int i = 0; i < count; i++) {
      TestPeople.agent("Nadia", "Lavoie", InternalRole.AGENT_CENTRAL);
    }
  }

  private static final String CONSOLE = "/app/operations/index.xhtml";

  private static String job(String name) {
    return "section[data-job='" + name + "'] ";
  }

  /** Starts a job from its form and returns the new execution's id, read from the message. */
  private static long start(Browser browser, String job, String runDate, String failAtItem) {
    return start(
        browser,
        job,
        failAtItem == null
            ? Map.of("runDate", runDate)
            : Map.of("runDate", runDate, "failAtItem", failAtItem));
  }

  /** Starts a job with these parameters; returns the new execution's id, read from the message. */
  private static long start(Browser browser, String job, Map<String, String> parameters) {
    parameters.forEach(
        (name, value) -> browser.typeCss(job(job) + "input[data-parameter='" + name + "']", value));
    browser.clickCss(job(job) + "input[data-action='start']");
    Matcher id = Pattern.compile("exécution (\\d+)").matcher(browser.text("console:messages"));
    assertThat(id.find()).as(browser.text("console:messages")).isTrue();
    return Long.parseLong(id.group(1));
  }

  /** The execution's batch status as the console shows it (its French label, then the name). */
  private static String status(Browser browser, long execution) {
    String label = browser.textCss(".status[data-execution='" + execution + "']");
    String name = browser.textCss(".status[data-execution='" + execution + "'] + .batch-status");
    assertThat(label).as("French label of " + name).isEqualTo(FRENCH_STATUS.get(name));
    return name;
  }

  private static final Map<String, String> FRENCH_STATUS =
      Map.of(
          "STARTING", "En démarrage",
          "STARTED", "En cours",
          "STOPPING", "En arrêt",
          "STOPPED", "Arrêtée",
          "FAILED", "En échec",
          "COMPLETED", "Terminée",
          "ABANDONED", "Abandonnée");

  /** Refreshes the console until the execution's status is one of {@code expected}. */
  private static String awaitStatus(Browser browser, long execution, Set<String> expected)
      throws InterruptedException {
    String status = null;
    for (int i = 0; i < 90; i++) {
      browser.open(CONSOLE);
      status = status(browser, execution);
      if (expected.contains(status)) {
        return status;
      }
      Thread.sleep(1000);
    }
    throw new AssertionError("Execution " + execution + " still " + status);
  }

  /** Refreshes the console until the execution has ended; returns its status. */
  private static String awaitEnd(Browser browser, long execution) throws InterruptedException {
    return awaitStatus(browser, execution, Set.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED"));
  }

  @Test
  @DisplayName("Console: the operator starts a job and sees its execution's step counts")
  void operatorStartsJobAndSeesCounts() throws Exception {
    Person operator = operator();
    // A registration code whose last valid day was yesterday: the job has it to read (R-J4).
    Partner cegep = TestPeople.partner("CÉGEP DE SHERBROOKE", FORMATION);
    TestPeople.principalOfficer(cegep, "Joseph", "Labonté");
    TestPeople.person(cegep, "Nathalie", "Pelletier")
        .profiles(UTILISATEUR_INDIVIDUS)
        .pending(today().minusDays(1))
        .create();
    try (Browser browser = new Browser(base)) {
      signIn(browser, operator);
      browser.clickLink("Traitements en lot");
      assertThat(browser.path()).startsWith(CONSOLE);
      assertThat(browser.main())
          .contains("account-expiry", "account-inactivity", "expiry-notice", "daily-report")
          .contains("30 1 * * *");

      long execution = start(browser, "registration-code-expiry", today().toString(), null);
      assertThat(awaitEnd(browser, execution)).isEqualTo("COMPLETED");
      Matcher counts =
          Pattern.compile(
                  "expire-registration-codes \\(COMPLETED\\) : lus (\\d+), écrits (\\d+),"
                      + " filtrés (\\d+), ignorés (\\d+), validations (\\d+), annulations 0")
              .matcher(browser.textCss(".steps[data-execution='" + execution + "']"));
      assertThat(counts.find())
          .as(browser.textCss(".steps[data-execution='" + execution + "']"))
          .isTrue();
      long read = Long.parseLong(counts.group(1));
      assertThat(read).isPositive();
      assertThat(Long.parseLong(counts.group(2)) + Long.parseLong(counts.group(3))).isEqualTo(read);
      assertThat(Long.parseLong(counts.group(5))).isPositive();
      assertThat(status(browser, execution)).isEqualTo("COMPLETED");
      assertThat(browser.textCss(".exit-status[data-execution='" + execution + "']"))
          .isEqualTo("COMPLETED");
      assertThat(browser.main()).contains("Terminée", "Durée");
      browser.screenshot("operations-console");
    }
  }

  @Test
  @DisplayName("Console: a failed execution shows its error and is restarted from the console")
  void operatorRestartsFailedExecution() throws Exception {
    Person operator = operator();
    reportRecipients(1);
    try (Browser browser = new Browser(base)) {
      signIn(browser, operator);
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
  @DisplayName("Console: the operator stops a running job, then abandons the stopped execution")
  void operatorStopsThenAbandons() throws Exception {
    Person operator = operator();
    reportRecipients(2);
    try (Browser browser = new Browser(base)) {
      signIn(browser, operator);
      browser.open(CONSOLE);
      // FaultInjection's pause per item keeps the run going long enough to be stopped.
      long running =
          start(
              browser,
              "daily-report",
              Map.of("runDate", "2031-03-20", "chunkSize", "1", "itemDelayMillis", "15000"));
      assertThat(awaitStatus(browser, running, Set.of("STARTED"))).isEqualTo("STARTED");
      assertThat(browser.textCss(restartButton(running))).isNull();

      browser.clickCss("input[data-action='stop'][data-execution='" + running + "']");
      assertThat(browser.text("console:messages"))
          .isEqualTo("L'arrêt de l'exécution " + running + " est demandé.");
      assertThat(awaitEnd(browser, running)).isEqualTo("STOPPED");
      assertThat(browser.textCss(".steps[data-execution='" + running + "']"))
          .contains("send-report (STOPPED)");
      assertThat(browser.textCss(restartButton(running))).isNotNull();
      browser.screenshot("operations-console-arretee");

      browser.clickCss("input[data-action='abandon'][data-execution='" + running + "']");
      assertThat(browser.text("console:messages"))
          .isEqualTo("L'exécution " + running + " est abandonnée.");
      assertThat(status(browser, running)).isEqualTo("ABANDONED");
      assertThat(browser.textCss(restartButton(running))).isNull();
      assertThat(browser.textCss("input[data-action='abandon'][data-execution='" + running + "']"))
          .isNull();
    }
  }

  private static String restartButton(long execution) {
    return "input[data-action='restart'][data-execution='" + execution + "']";
  }

  @Test
  @DisplayName(
      "Outbox: an e-mail failed after its last attempt is retried from the console, then sent")
  void operatorRetriesFailedEmail() throws Exception {
    String subject = "Avis en échec " + System.nanoTime();
    String recipient = "echec.courriel@ministere.example";
    long email = TestPeople.failedEmail(recipient, subject);
    Person operator = operator();
    try (Browser browser = new Browser(base)) {
      signIn(browser, operator);
      browser.open(CONSOLE).clickLink("Courriels sortants");
      assertThat(browser.textCss("#courriels\\:echecs"))
          .contains(subject, recipient, "Connexion refusée par le serveur SMTP");
      assertThat(Long.parseLong(browser.textCss("dd[data-state='ECHEC']"))).isPositive();

      browser.clickCss("input[data-action='retry'][data-email='" + email + "']");
      assertThat(browser.text("courriels:messages"))
          .isEqualTo("Le courriel " + email + " sera envoyé de nouveau.");
      String stillFailed = browser.textCss("#courriels\\:echecs");
      assertThat(stillFailed == null ? "" : stillFailed).doesNotContain(subject);
      awaitEmail(recipient, subject);
      browser.open("/app/operations/courriels.xhtml");
      assertThat(browser.main()).doesNotContain(subject);
      browser.screenshot("operations-courriels");
    }
  }

  @Test
  @DisplayName(
      "Console: a partner user is refused the operations pages and every action, also by a direct"
          + " POST")
  void nonOperatorRefused() throws Exception {
    long failedEmail =
        TestPeople.failedEmail("refus.courriel@ministere.example", "Refus " + System.nanoTime());
    Partner cegep = TestPeople.partner("CÉGEP DE SHERBROOKE", FORMATION, EMPLOYABILITE);
    TestPeople.principalOfficer(cegep, "Joseph", "Labonté");
    Person user = TestPeople.user(cegep, "Marie", "Tremblay", UTILISATEUR_INDIVIDUS);
    reportRecipients(1);
    try (Browser operator = new Browser(base);
        Browser partner = new Browser(base)) {
      signIn(operator, operator());
      operator.open(CONSOLE);
      long failed = start(operator, "daily-report", "2031-04-10", "1");
      assertThat(awaitEnd(operator, failed)).isEqualTo("FAILED");

      signIn(partner, user);
      assertThat(partner.main()).doesNotContain("Traitements en lot");
      partner.open(CONSOLE);
      assertThat(partner.title()).contains("Accès refusé");
      assertThat(partner.main()).doesNotContain("account-expiry");
      partner.open("/app/operations/courriels.xhtml");
      assertThat(partner.title()).contains("Accès refusé");

      // The very requests the operator's buttons send (fields and view state read from the
      // operator's pages), sent with the partner user's session: each is refused (403) and changes
      // nothing; the same request with the operator's session is then accepted.
      String console = page(operator, CONSOLE);
      Map<String, String> restart = clickFields(console, "console", "restart", failed);
      Map<String, String> abandon = clickFields(console, "console", "abandon", failed);
      Map<String, String> start = clickFields(console, "console", "start", null);
      String outbox = page(operator, "/app/operations/courriels.xhtml");
      Map<String, String> retry = clickFields(outbox, "courriels", "retry", failedEmail);
      for (Map<String, String> action : List.of(restart, abandon, start)) {
        HttpResponse<String> refused = post(CONSOLE, partner, form(action));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("Accès refusé").doesNotContain("account-expiry");
      }
      HttpResponse<String> refusedRetry =
          post("/app/operations/courriels.xhtml", partner, form(retry));
      assertThat(refusedRetry.statusCode()).isEqualTo(403);
      // A made-up stop or mark-failed request fares no better: the whole folder is refused.
      Map<String, String> stop = new java.util.LinkedHashMap<>(restart);
      stop.put("console:arreter", "Arrêter");
      assertThat(post(CONSOLE, partner, form(stop)).statusCode()).isEqualTo(403);

      operator.open(CONSOLE);
      assertThat(status(operator, failed)).isEqualTo("FAILED");
      assertThat(operator.textCss(restartButton(failed))).isNotNull();
      operator.open("/app/operations/courriels.xhtml");
      assertThat(operator.textCss("input[data-action='retry'][data-email='" + failedEmail + "']"))
          .isNotNull();

      HttpResponse<String> accepted = post(CONSOLE, operator, form(restart));
      assertThat(accepted.statusCode()).isEqualTo(200);
      assertThat(accepted.body()).contains("exécution " + failed + " est redémarrée");
    }
  }

  /** The page as {@code browser} gets it (its session's view state included). */
  private String page(Browser browser, String path) throws Exception {
    HttpResponse<String> response = get(path, browser);
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }

  /**
   * The fields a click on a button sends: the form's name, the view state, and the button (found by
   * its data-action, and data-execution or data-email when {@code target} is given).
   */
  private static Map<String, String> clickFields(
      String html, String formId, String action, Long target) {
    Map<String, String> fields = new java.util.LinkedHashMap<>();
    fields.put(formId, formId);
    Matcher state =
        Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"")
            .matcher(html);
    assertThat(state.find()).as("view state").isTrue();
    fields.put("jakarta.faces.ViewState", state.group(1));
    Matcher button =
        Pattern.compile("<input[^>]*name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"[^>]*>").matcher(html);
    while (button.find()) {
      String tag = button.group();
      if (tag.contains("data-action=\"" + action + "\"")
          && (target == null || tag.matches("(?s).*data-(execution|email)=\"" + target + "\".*"))) {
        fields.put(button.group(1), button.group(2));
        return fields;
      }
    }
    throw new AssertionError("No " + action + " button for " + target);
  }
}
