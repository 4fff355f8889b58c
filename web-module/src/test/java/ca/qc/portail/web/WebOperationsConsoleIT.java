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

  /**
   * The execution's batch status as the console shows it: its French label, once (issue 13, point
   * 8: not "Terminée COMPLETED"); the status's name is only the cell's data attribute.
   */
  private static String status(Browser browser, long execution) {
    String css = ".status[data-execution='" + execution + "']";
    String label = browser.textCss(css);
    String name = browser.attributeCss(css, "data-status");
    assertThat(label).as("French label of " + name).isEqualTo(FRENCH_STATUS.get(name));
    assertThat(browser.textCss("td:has(> " + css + ")")).isEqualTo(label);
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
      // Issue 13, point 8: jobs and schedules named in words, no spec IDs, no cron strings.
      assertThat(browser.main())
          .contains(
              "Expiration des comptes",
              "Inactivité des comptes",
              "Avis d'expiration aux responsables de la sécurité",
              "Rapport quotidien au central")
          .contains("Tous les jours à 1 h 30", "Tous les jours à 6 h")
          .doesNotContain("R-J", "30 1 * * *", "account-expiry", "minute heure");
      assertThat(browser.textCss(job("account-expiry") + ".schedule"))
          .isEqualTo("Tous les jours à 1 h 30");

      long execution = start(browser, "registration-code-expiry", today().toString(), null);
      assertThat(awaitEnd(browser, execution)).isEqualTo("COMPLETED");
      Matcher counts =
          Pattern.compile(
                  "Expiration des codes d'enregistrement \\(Terminée\\) : lus (\\d+),"
                      + " écrits (\\d+),"
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
      // The exit status says nothing more than the state: not shown a second time.
      assertThat(browser.textCss(".exit-status[data-execution='" + execution + "']")).isEmpty();
      assertThat(browser.main())
          .contains("Terminée", "Durée", "Date de traitement : " + today())
          .doesNotContain("COMPLETED", "runDate", "expire-registration-codes");
      browser.screenshot("operations-console");
    }
  }

  @Test
  @DisplayName(
      "Point 8 (issue 13): each start field refused gets its own message beside it, nothing"
          + " starts")
  void eachRefusedFieldHasItsOwnMessage() throws Exception {
    Person operator = operator();
    try (Browser browser = new Browser(base)) {
      signIn(browser, operator);
      browser.open(CONSOLE);
      String before = browser.textCss(job("daily-report") + ".executions");
      browser.typeCss(job("daily-report") + "input[data-parameter='runDate']", "2031-13-45");
      browser.typeCss(job("daily-report") + "input[data-parameter='chunkSize']", "0");
      browser.clickCss(job("daily-report") + "input[data-action='start']");

      assertThat(browser.text("console:messages"))
          .isEqualTo("Le traitement n'est pas démarré : corrigez le champ signalé.");
      String dateError = job("daily-report") + "[data-error-for='runDate']";
      String sizeError = job("daily-report") + "[data-error-for='chunkSize']";
      assertThat(browser.textCss(dateError))
          .isEqualTo("La date de traitement doit être une date au format AAAA-MM-JJ.");
      assertThat(browser.textCss(sizeError))
          .isEqualTo("La taille des lots doit être un nombre entier plus grand que zéro.");
      String dateField = job("daily-report") + "input[data-parameter='runDate']";
      assertThat(browser.attributeCss(dateField, "aria-invalid")).isEqualTo("true");
      assertThat(browser.attributeCss(dateField, "aria-describedby"))
          .isEqualTo(browser.attributeCss(dateError, "id"));
      assertThat(browser.attributeCss(dateField, "value")).isEqualTo("2031-13-45");
      // The other jobs' fields carry no message.
      assertThat(browser.textCss(job("account-expiry") + "[data-error-for='runDate']")).isEmpty();
      assertThat(browser.textCss(job("daily-report") + ".executions")).isEqualTo(before);
      browser.screenshot("operations-console-champs-refuses");

      // A right date and a wrong size: only the size is flagged, and still nothing starts.
      browser.typeCss(dateField, today().toString());
      browser.typeCss(job("daily-report") + "input[data-parameter='chunkSize']", "dix");
      browser.clickCss(job("daily-report") + "input[data-action='start']");
      assertThat(browser.textCss(dateError)).isEmpty();
      assertThat(browser.attributeCss(dateField, "aria-invalid")).isEqualTo("false");
      assertThat(browser.textCss(sizeError))
          .isEqualTo("La taille des lots doit être un nombre entier plus grand que zéro.");
      assertThat(browser.textCss(job("daily-report") + ".executions")).isEqualTo(before);
    }
  }

  @Test
  @DisplayName(
      "Point 8 (issue 13): in English the console names jobs, schedules and states in English")
  void consoleInEnglish() throws Exception {
    Person operator = operator();
    try (Browser browser = new Browser(base)) {
      signIn(browser, operator);
      browser.open(CONSOLE);
      long execution = start(browser, "registration-code-expiry", Map.of());
      browser.open(CONSOLE, "en");
      for (int i = 0; i < 60; i++) {
        browser.open(CONSOLE);
        String state =
            browser.attributeCss(".status[data-execution='" + execution + "']", "data-status");
        if (state.equals("COMPLETED")) {
          break;
        }
        Thread.sleep(1000);
      }
      assertThat(browser.textCss(".status[data-execution='" + execution + "']"))
          .isEqualTo("Completed");
      assertThat(browser.main())
          .contains("Registration code expiry", "Every day at 1:15 a.m.", "Every day at 6:00 a.m.")
          .contains("Registration code expiry (Completed)", "Run date: " + today())
          .doesNotContain("R-J", "15 1 * * *", "COMPLETED", "Terminée", "Tous les jours");
      browser.screenshot("operations-console-en");
    }
  }

  @Test
  @DisplayName(
      "Point 8 (issue 13): every section's folder address opens its first page, for whoever may"
          + " see it")
  void folderAddressesOpenTheirFirstPage() throws Exception {
    Partner cegep = TestPeople.partner("CÉGEP DE SHERBROOKE", FORMATION);
    Person officer = TestPeople.principalOfficer(cegep, "Joseph", "Labonté");
    Person user = TestPeople.user(cegep, "Marie", "Tremblay", UTILISATEUR_INDIVIDUS);
    Person central = TestPeople.agent("Nadia", "Lavoie", InternalRole.AGENT_CENTRAL);
    Person staff = TestPeople.agent("Julie", "Morin", InternalRole.PERSONNEL);
    Map<Person, Map<String, String>> folders =
        new java.util.LinkedHashMap<>(
            Map.of(
                operator(),
                Map.of(
                    "/app/operations/", "/app/operations/index.xhtml",
                    "/app/operations", "/app/operations/index.xhtml",
                    "/app/", "/app/accueil.xhtml"),
                officer,
                Map.of("/app/securite/", "/app/securite/organisme.xhtml"),
                central,
                Map.of(
                    "/app/central/", "/app/central/index.xhtml",
                    "/app/echange/admin/", "/app/echange/admin/index.xhtml"),
                staff,
                Map.of(
                    "/app/echange/", "/app/echange/index.xhtml",
                    "/app/echange/admin/", "/app/echange/admin/index.xhtml")));
    for (var entry : folders.entrySet()) {
      try (Browser browser = new Browser(base)) {
        signIn(browser, entry.getKey());
        for (var folder : entry.getValue().entrySet()) {
          browser.open(folder.getKey());
          assertThat(browser.path()).as(folder.getKey()).startsWith(folder.getValue());
          assertThat(browser.title()).as(folder.getKey()).doesNotContain("Page introuvable");
        }
      }
    }
    // A folder is refused as its pages are, not found nor opened, to whoever lacks its roles.
    try (Browser browser = new Browser(base)) {
      signIn(browser, user);
      browser.open("/app/operations/");
      assertThat(browser.title()).contains("Accès refusé");
    }
    // Without a session, the folder leads to the login page.
    HttpResponse<String> anonymous = get("/app/operations/");
    assertThat(anonymous.statusCode()).isEqualTo(302);
    assertThat(anonymous.headers().firstValue("Location").orElse("")).contains("connexion");
    HttpResponse<String> dev = get("/dev/");
    assertThat(dev.statusCode()).isEqualTo(302);
    assertThat(dev.headers().firstValue("Location").orElse("")).endsWith("/dev/courriels.xhtml");
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
          .contains("Envoi du rapport (Terminée)");
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
          .contains("Envoi du rapport (Arrêtée)");
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

  @Test
  @DisplayName(
      "Console: a button acts on the execution of its row though a run began after the page was"
          + " shown (issue 14)")
  void buttonActsOnItsRowsExecution() throws Exception {
    Person operator = operator();
    reportRecipients(1);
    try (Browser shown = new Browser(base);
        Browser other = new Browser(base)) {
      signIn(shown, operator);
      shown.open(CONSOLE);
      long failed = start(shown, "daily-report", "2031-05-12", "1");
      assertThat(awaitEnd(shown, failed)).isEqualTo("FAILED");

      // Another run of the same job begins while the page is open: it is first in the job's list
      // now, in the row where the page shows the failed execution and its buttons.
      signIn(other, operator);
      other.open(CONSOLE);
      long running =
          start(
              other,
              "daily-report",
              Map.of("runDate", "2031-05-13", "chunkSize", "1", "itemDelayMillis", "15000"));

      shown.clickCss("input[data-action='abandon'][data-execution='" + failed + "']");
      assertThat(shown.text("console:messages"))
          .isEqualTo("L'exécution " + failed + " est abandonnée.");
      assertThat(status(shown, failed)).isEqualTo("ABANDONED");
      assertThat(status(shown, running)).isIn("STARTING", "STARTED");

      assertThat(awaitStatus(other, running, Set.of("STARTED"))).isEqualTo("STARTED");
      other.clickCss("input[data-action='stop'][data-execution='" + running + "']");
      assertThat(awaitEnd(other, running)).isEqualTo("STOPPED");
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
      assertThat(partner.main()).doesNotContain("Expiration des comptes");
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
        assertThat(refused.body())
            .contains("Accès refusé")
            .doesNotContain("Expiration des comptes");
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
    // The page's script nonce, which PrimeFaces' script adds to every form it posts (finding #10
    // of issue 12: the Content Security Policy's nonce is checked on each postback).
    Matcher nonce = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)").matcher(html);
    assertThat(nonce.find()).as("script nonce").isTrue();
    fields.put("primefaces.nonce", nonce.group(1));
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
