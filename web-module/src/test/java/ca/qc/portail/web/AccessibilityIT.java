package ca.qc.portail.web;

import static ca.qc.portail.account.Profile.UTILISATEUR_INDIVIDUS;
import static ca.qc.portail.partner.MeasureFamily.FORMATION;
import static org.assertj.core.api.Assertions.assertThat;

import ca.qc.portail.account.InternalRole;
import ca.qc.portail.web.TestPeople.Partner;
import ca.qc.portail.web.TestPeople.Person;
import ca.qc.portail.web.TestProjects.Project;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Keys;

/**
 * Issue 13, point 11: accessibility. An automated WCAG 2.1 AA check (axe-core, see {@link Axe}) of
 * every page each actor reaches — the public pages, a partner user's, an officer's, central's, an
 * operator's and ministry staff's, the exchange's pages and its *Transmettre un document* form
 * included — fails on any serious or critical violation; and the flows are completed with the
 * keyboard alone (Tab, Enter, Space): the login with its security code (R-L1, R-L4), the officers'
 * list of authorised persons up to a person's file (R-S2), central's list of partners (R-C1) and an
 * exchange upload (R-E3).
 */
class AccessibilityIT extends BrowserTesting {

  @TempDir Path files;

  /** The people and project one test uses: everyone, of a new partner. */
  private record Cast(
      Partner partner,
      Person officer,
      Person user,
      Person central,
      Person operator,
      Person staff,
      Project project) {}

  private static Cast cast() {
    Partner cegep = TestPeople.partner("CÉGEP DE SHERBROOKE", FORMATION);
    Person officer = TestPeople.principalOfficer(cegep, "Joseph", "Labonté");
    Person user = TestPeople.user(cegep, "Marie", "Tremblay", UTILISATEUR_INDIVIDUS);
    TestPeople.user(cegep, "Émilie", "Bergeron", UTILISATEUR_INDIVIDUS);
    TestPeople.person(cegep, "Nathalie", "Pelletier")
        .profiles(UTILISATEUR_INDIVIDUS)
        .pending(TestPeople.today().plusDays(5))
        .create();
    Person central = TestPeople.agent("Nadia", "Lavoie", InternalRole.AGENT_CENTRAL);
    Person operator = TestPeople.agent("Olivier", "Roy", InternalRole.OPERATEUR);
    Person staff = TestPeople.agent("Julie", "Morin", InternalRole.PERSONNEL);
    Project project =
        TestProjects.project(cegep, "Projet 001", List.of(user, officer), List.of(staff));
    return new Cast(cegep, officer, user, central, operator, staff, project);
  }

  // ---------------------------------------------------------------------------------------------
  // The axe-core sweep
  // ---------------------------------------------------------------------------------------------

  /** Addresses a sweep does not open: downloads, the language switch, the developer's mailbox. */
  private static boolean sweepable(String path) {
    return !(path.contains("lang=")
        || path.contains("/telechargement")
        || path.endsWith(".pdf")
        || path.endsWith(".csv")
        || path.contains(".pdf?")
        || path.contains(".csv?")
        || path.startsWith("/dev/")
        || path.startsWith("/resources/")
        || path.startsWith("/jakarta.faces.resource/"));
  }

  /**
   * Opens each address of {@code starts}, then every page their links lead to (each page once,
   * whatever its parameters; 60 pages at most), and checks each with axe-core. Returns the failing
   * violations and notes every page checked in {@code checked}.
   */
  private List<Axe.Violation> sweep(
      Browser browser, String actor, List<String> starts, List<String> checked) {
    String origin = url("");
    Deque<String> queue = new ArrayDeque<>(starts);
    Set<String> seen = new HashSet<>();
    List<Axe.Violation> found = new ArrayList<>();
    while (!queue.isEmpty() && checked.size() < 60) {
      String address = queue.poll();
      String page = starts.contains(address) ? address : address.split("\\?")[0];
      if (!seen.add(page)) {
        continue;
      }
      browser.open(address);
      checked.add(actor + " " + address);
      found.addAll(Axe.failing(browser, actor + " " + address));
      @SuppressWarnings("unchecked")
      List<String> links =
          (List<String>)
              browser.scriptValue(
                  "return Array.from(document.querySelectorAll('a[href]'))"
                      + ".map(function (a) { return a.href.split('#')[0]; });");
      for (String link : links) {
        if (link.startsWith(origin)) {
          String path = link.substring(origin.length());
          if (!path.isEmpty() && sweepable(path)) {
            queue.add(path);
          }
        }
      }
    }
    return found;
  }

  /** Checks the page the browser shows now (a dialog or form opened by a button, say). */
  private static void checkHere(
      Browser browser, String what, List<Axe.Violation> found, List<String> checked) {
    checked.add(what);
    found.addAll(Axe.failing(browser, what));
  }

  private static void assertNone(String actor, List<Axe.Violation> found, List<String> checked)
      throws Exception {
    Path report = Path.of("target", "axe", actor + ".txt");
    Files.createDirectories(report.getParent());
    Files.writeString(
        report,
        "Pages checked:\n  "
            + String.join("\n  ", checked)
            + "\n\nSerious or critical violations:\n  "
            + found.stream().map(Axe.Violation::toString).collect(Collectors.joining("\n  "))
            + "\n");
    assertThat(found)
        .as(
            "axe-core, serious or critical WCAG 2.1 AA violations (%s pages checked):%n  %s",
            checked.size(),
            found.stream().map(Axe.Violation::toString).collect(Collectors.joining("\n  ")))
        .isEmpty();
  }

  @Test
  @DisplayName(
      "Point 11 (issue 13): axe-core finds no serious or critical WCAG 2.1 AA violation on the"
          + " public pages, in French and in English, with their error messages shown")
  void axePublicPages() throws Exception {
    Cast cast = cast();
    List<Axe.Violation> found = new ArrayList<>();
    List<String> checked = new ArrayList<>();
    try (Browser browser = new Browser(base)) {
      found.addAll(
          sweep(
              browser,
              "anonyme",
              List.of(
                  "/connexion.xhtml",
                  "/mot-de-passe-oublie.xhtml",
                  "/inscription.xhtml",
                  "/nouveau-mot-de-passe.xhtml",
                  "/session-expiree.xhtml",
                  "/desactive.xhtml",
                  "/erreur.xhtml",
                  "/introuvable.xhtml",
                  "/page-qui-n-existe-pas.xhtml"),
              checked));
      // The login form's field messages, then its generic refusal.
      browser.open("/connexion.xhtml").click("connexion:entrer");
      checkHere(browser, "anonyme /connexion.xhtml, champs vides", found, checked);
      browser.signIn(cast.user().code(), "Mauvais-mot-de-passe-1");
      checkHere(browser, "anonyme /connexion.xhtml, refus", found, checked);
      browser.open("/inscription.xhtml").click("inscription:continuer");
      checkHere(browser, "anonyme /inscription.xhtml, champs vides", found, checked);
      // The security code page, between the password and the code.
      browser.signIn(cast.user().code(), cast.user().password());
      checkHere(browser, "anonyme " + browser.path(), found, checked);
      browser.screenshot("axe-code-de-securite");
      // English.
      try (Browser english = new Browser(base)) {
        english.open("/connexion.xhtml", "en");
        found.addAll(
            sweep(
                english,
                "anonymous",
                List.of("/connexion.xhtml", "/mot-de-passe-oublie.xhtml", "/inscription.xhtml"),
                checked));
      }
    }
    assertNone("public", found, checked);
  }

  @Test
  @DisplayName(
      "Point 11 (issue 13): axe-core finds no serious or critical violation on any page of a"
          + " partner user and of a security officer, the exchange and its upload form included")
  void axePartnerUserAndOfficer() throws Exception {
    Cast cast = cast();
    List<Axe.Violation> found = new ArrayList<>();
    List<String> checked = new ArrayList<>();
    try (Browser browser = new Browser(base)) {
      assertThat(signIn(browser, cast.user())).isTrue();
      found.addAll(
          sweep(
              browser,
              "utilisateur",
              List.of(
                  "/app/accueil.xhtml",
                  "/app/echange/projet.xhtml?onglet=transfert&projet=" + cast.project().id()),
              checked));
      browser
          .open("/app/echange/projet.xhtml?onglet=transfert&projet=" + cast.project().id())
          .click("choisir:choisir-document");
      checkHere(browser, "utilisateur Transmettre un document", found, checked);
      browser.press("form[data-progression] [id$=':continuer']");
      browser.awaitText(
          "form[data-progression] [id$=':nomFichier-erreur']", "Choisissez le document", 15);
      checkHere(browser, "utilisateur Transmettre un document, champs refusés", found, checked);
      // Access refused, as it is shown.
      browser.open("/app/operations/index.xhtml");
      checkHere(browser, "utilisateur /acces-refuse.xhtml", found, checked);
      browser.screenshot("axe-acces-refuse");
    }
    try (Browser browser = new Browser(base)) {
      assertThat(signIn(browser, cast.officer())).isTrue();
      found.addAll(
          sweep(
              browser,
              "responsable",
              List.of(
                  "/app/accueil.xhtml",
                  "/app/securite/organisme.xhtml",
                  "/app/securite/formulaire.xhtml"),
              checked));
      browser.open("/app/securite/organisme.xhtml");
      browser.screenshot("axe-organisme");
    }
    assertNone("utilisateur-responsable", found, checked);
  }

  @Test
  @DisplayName(
      "Point 11 (issue 13): axe-core finds no serious or critical violation on any page of"
          + " central, of an operator and of ministry staff")
  void axeCentralOperatorStaff() throws Exception {
    Cast cast = cast();
    List<Axe.Violation> found = new ArrayList<>();
    List<String> checked = new ArrayList<>();
    try (Browser browser = new Browser(base)) {
      assertThat(signIn(browser, cast.central())).isTrue();
      found.addAll(
          sweep(
              browser,
              "central",
              List.of(
                  "/app/accueil.xhtml",
                  "/app/central/index.xhtml",
                  "/app/central/partenaires.xhtml",
                  "/app/central/organisme.xhtml?id=" + cast.partner().id(),
                  "/app/central/audit.xhtml",
                  "/app/central/demandes.xhtml",
                  "/app/central/demande-saisie.xhtml",
                  "/app/central/codes.xhtml",
                  "/app/central/comptes.xhtml",
                  "/app/central/dossier.xhtml?compte=" + cast.user().id(),
                  "/app/echange/admin/index.xhtml"),
              checked));
      browser.open("/app/central/index.xhtml");
      browser.screenshot("axe-central");
    }
    try (Browser browser = new Browser(base)) {
      assertThat(signIn(browser, cast.operator())).isTrue();
      found.addAll(
          sweep(
              browser,
              "operateur",
              List.of(
                  "/app/accueil.xhtml",
                  "/app/operations/index.xhtml",
                  "/app/operations/courriels.xhtml"),
              checked));
      browser.open("/app/operations/index.xhtml");
      browser.typeCss("section[data-job='daily-report'] input[data-parameter='runDate']", "x");
      browser.clickCss("section[data-job='daily-report'] input[data-action='start']");
      checkHere(browser, "operateur console, champ refusé", found, checked);
    }
    try (Browser browser = new Browser(base)) {
      assertThat(signIn(browser, cast.staff())).isTrue();
      found.addAll(
          sweep(
              browser,
              "personnel",
              List.of(
                  "/app/accueil.xhtml",
                  "/app/echange/index.xhtml",
                  "/app/echange/projet.xhtml?projet=" + cast.project().id(),
                  "/app/echange/projet.xhtml?onglet=transfert&projet=" + cast.project().id(),
                  "/app/echange/admin/index.xhtml",
                  "/app/echange/admin/projet.xhtml",
                  "/app/echange/admin/projet.xhtml?id=" + cast.project().id()),
              checked));
      browser
          .open("/app/echange/projet.xhtml?onglet=transfert&projet=" + cast.project().id())
          .click("choisir:choisir-document");
      checkHere(browser, "personnel Transmettre un document", found, checked);
    }
    assertNone("central-operateur-personnel", found, checked);
  }

  // ---------------------------------------------------------------------------------------------
  // Keyboard only
  // ---------------------------------------------------------------------------------------------

  /**
   * Presses Tab until what has the focus is what {@code wanted} accepts (its id, or its tag and
   * text, see {@link Browser#focused()}); fails after 60 presses, naming the stops on the way.
   */
  private static void tabTo(Browser browser, String what, Predicate<String> wanted) {
    Set<String> stops = new LinkedHashSet<>();
    for (int i = 0; i < 60; i++) {
      String focused = browser.focused();
      if (wanted.test(focused)) {
        return;
      }
      stops.add(focused);
      browser.keys(Keys.TAB);
    }
    throw new AssertionError("Tab never reaches " + what + "; stops on the way: " + stops);
  }

  private static void tabTo(Browser browser, String id) {
    tabTo(browser, id, id::equals);
  }

  /** Signs in with the keyboard alone: Tab to each field, type, Enter; the code page likewise. */
  private static void signInByKeyboard(Browser browser, Person person) throws Exception {
    browser.open("/connexion.xhtml");
    tabTo(browser, "connexion:login");
    browser.keys(person.code());
    tabTo(browser, "connexion:password");
    browser.keys(person.password());
    int mark = Mailbox.mark(person.email());
    browser.keysAndWait(Keys.ENTER);
    assertThat(browser.path()).startsWith("/code-de-securite.xhtml");
    tabTo(browser, "securite:code");
    browser.keys(Mailbox.awaitSecurityCode(person.email(), mark));
    browser.keysAndWait(Keys.ENTER);
  }

  /**
   * Types {@code text} into the focused filter of a data table and waits until the list is filtered
   * by all of it: the request carrying the whole text has come back. A request sent while typing
   * (after "B", on a loaded machine) may come back first with the same rows, and the next one would
   * then replace the rows, and the focused link with them, under the test's feet.
   */
  private static void typeFilter(Browser browser, String filterName, String text) {
    browser.scriptValue(
        "var wanted = arguments[0] + '=' + arguments[1]; window.__filtered = false;"
            + " $(document).off('pfAjaxComplete.clavier').on('pfAjaxComplete.clavier',"
            + " function (event, xhr, settings) {"
            + "   String(settings.data).split('&').forEach(function (pair) {"
            + "     if (decodeURIComponent(pair.replace(/\\+/g, ' ')) === wanted) {"
            + "       window.__filtered = true; } }); });",
        filterName,
        text);
    browser.keys(text);
    browser.awaitScript("window.__filtered === true && PrimeFaces.ajax.Queue.isEmpty()");
  }

  @Test
  @DisplayName(
      "Point 11 (issue 13): the login and its security code are completed with the keyboard"
          + " alone (R-L1, R-L4)")
  void loginByKeyboard() throws Exception {
    Cast cast = cast();
    try (Browser browser = new Browser(base)) {
      signInByKeyboard(browser, cast.user());
      assertThat(browser.path()).startsWith("/app/accueil.xhtml");
      assertThat(browser.main()).contains("Échange sécurisé");
      // The skip link is the first stop and leads to the content.
      browser.open("/app/accueil.xhtml").keys(Keys.TAB);
      assertThat(browser.focused()).startsWith("a:");
      browser.keys(Keys.ENTER);
      assertThat(browser.focused()).isEqualTo("contenu");
      browser.screenshot("clavier-connexion");
    }
  }

  @Test
  @DisplayName(
      "Point 11 (issue 13): an officer sorts and filters the list of authorised persons and reaches"
          + " a person's Détail link with the keyboard alone (R-S2)")
  void officerListByKeyboard() throws Exception {
    Cast cast = cast();
    try (Browser browser = new Browser(base)) {
      signInByKeyboard(browser, cast.officer());
      tabTo(browser, "dossier-organisme");
      browser.keysAndWait(Keys.ENTER);
      assertThat(browser.path()).startsWith("/app/securite/organisme.xhtml");
      assertThat(browser.main()).contains("Tremblay", "Bergeron");

      // Sorting: Enter on the "Nom" heading sorts the list by last name.
      tabTo(browser, "liste:personnes:nom");
      browser.keys(Keys.ENTER);
      browser.awaitScript(
          "document.querySelector(\"th[id='liste:personnes:nom']\").getAttribute('aria-sort')"
              + " === 'ascending' && PrimeFaces.ajax.Queue.isEmpty()");
      assertThat(browser.focused()).isEqualTo("liste:personnes:nom");
      // Filtering: Tab to the last name's filter, type, the list narrows to Bergeron.
      tabTo(browser, "liste:personnes:nom:filter");
      typeFilter(browser, "liste:personnes:nom:filter", "Berg");
      browser.screenshot("clavier-liste-filtree");
      assertThat(browser.textCss("#liste\\:personnes tbody"))
          .contains("Bergeron")
          .doesNotContain("Tremblay");
      // From the filters, Tab goes to the links of the rows, never to a cell.
      tabTo(browser, "Bergeron's Détail link", f -> f.equals("a:Détail") || f.startsWith("td:"));
      assertThat(browser.focused()).isEqualTo("a:Détail");
      browser.screenshot("clavier-liste-detail");
      assertThat(
              browser.scriptValue(
                  "return document.activeElement.getAttribute('aria-label') + ' '"
                      + " + document.activeElement.getAttribute('href');"))
          .asString()
          .contains("Émilie Bergeron", "/app/securite/dossier.xhtml?compte=");
    }
  }

  @Test
  @DisplayName(
      "Point 11 (issue 13): an officer opens a person's file from the list with Enter (R-S2)")
  void officerOpensAPersonByKeyboard() throws Exception {
    Cast cast = cast();
    try (Browser browser = new Browser(base)) {
      signInByKeyboard(browser, cast.officer());
      tabTo(browser, "dossier-organisme");
      browser.keysAndWait(Keys.ENTER);
      tabTo(browser, "liste:personnes:nom:filter");
      typeFilter(browser, "liste:personnes:nom:filter", "Berg");
      tabTo(browser, "Bergeron's Détail link", f -> f.equals("a:Détail"));
      browser.keysAndWait(Keys.ENTER);
      assertThat(browser.path()).startsWith("/app/securite/dossier.xhtml");
      assertThat(browser.main()).contains("Bergeron");
      browser.screenshot("clavier-liste-responsable");
    }
  }

  @Test
  @DisplayName(
      "Point 11 (issue 13): central finds a partner and opens its file from the list of partners"
          + " with the keyboard alone (R-C1)")
  void centralOpensAPartnerByKeyboard() throws Exception {
    Cast cast = cast();
    String name = cast.partner().name();
    try (Browser browser = new Browser(base)) {
      // The authenticator app's enrolment is not this test's subject: signed in as usual.
      assertThat(signIn(browser, cast.central())).isTrue();
      browser.open("/app/central/partenaires.xhtml");
      tabTo(browser, "filtre:texte");
      browser.keys(name);
      browser.keysAndWait(Keys.ENTER);
      tabTo(browser, name + "'s link", f -> f.equals("a:" + name) || f.startsWith("td:"));
      assertThat(browser.focused()).isEqualTo("a:" + name);
      browser.keysAndWait(Keys.ENTER);
      assertThat(browser.path())
          .startsWith("/app/central/organisme.xhtml?id=" + cast.partner().id());
      browser.screenshot("clavier-central-organisme");
    }
  }

  @Test
  @DisplayName(
      "Point 11 (issue 13): a partner user sends a document to the project's responsable with the"
          + " keyboard alone: Échange sécurisé, the project, Transfert, Transmettre un document"
          + " (R-E1, R-E3)")
  void exchangeUploadByKeyboard() throws Exception {
    Cast cast = cast();
    Path document = Files.writeString(files.resolve("Rapport clavier.txt"), "Rapport\n");
    try (Browser browser = new Browser(base)) {
      signInByKeyboard(browser, cast.user());
      tabTo(browser, "echange-projets");
      browser.keysAndWait(Keys.ENTER);
      tabTo(browser, "choix:projet");
      tabTo(browser, "choix:continuer");
      browser.keysAndWait(Keys.ENTER);
      assertThat(browser.path()).startsWith("/app/echange/projet.xhtml");
      tabTo(browser, "onglet-transfert");
      browser.keysAndWait(Keys.ENTER);
      tabTo(browser, "choisir:choisir-document");
      browser.keysAndWait(Keys.ENTER);

      // The file field takes the file's path as the file dialog would give it.
      tabTo(browser, "transmettre-fichier");
      browser.chooseFileInFocusedField(document);
      tabTo(browser, "Julie Morin's checkbox", f -> f.matches(".*destinataires:\\d+"));
      browser.keys(Keys.SPACE);
      tabTo(browser, "the note", f -> f.endsWith(":note"));
      browser.keys("Rapport envoyé au clavier");
      tabTo(browser, "Continuer", f -> f.endsWith(":continuer"));
      browser.screenshot("clavier-transmettre-rempli");
      browser.keys(Keys.ENTER);
      browser.awaitText("#transmettre-resultat", "Document transmis", 60);
      assertThat(browser.text("transmettre-resultat")).contains("Rapport clavier.txt");
      browser.screenshot("clavier-transmettre");
    }
  }
}
