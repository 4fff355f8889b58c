package ca.qc.portail.web;

import static ca.qc.portail.account.Profile.UTILISATEUR_INDIVIDUS;
import static ca.qc.portail.partner.MeasureFamily.EMPLOYABILITE;
import static ca.qc.portail.partner.MeasureFamily.FACTURATION;
import static ca.qc.portail.partner.MeasureFamily.FORMATION;
import static org.assertj.core.api.Assertions.assertThat;

import ca.qc.portail.account.InternalRole;
import ca.qc.portail.web.TestPeople.Partner;
import ca.qc.portail.web.TestPeople.Person;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * R-S1, R-C1–R-C7, R-U1 over plain HTTP on the real WAR: every page and action of the officers' and
 * of central's sections asked for (GET, and a POST carrying a security file's actions) by an
 * anonymous visitor, a plain user and another partner's officer: each is refused — the login page,
 * « Accès refusé » or « not found » — shows nothing of what was asked, and is audited, as central
 * reads it in the audit export. Each test makes its partners and people.
 */
class WebAccessControlIT extends BrowserTesting {

  /** The principal officer of a partner like the seeds' CÉGEP, whose file list links to Côté's. */
  private Person officer;

  /** A plain user of that partner. */
  private Person plainUser;

  /** The principal officer of another partner. */
  private Person otherOfficer;

  /** A central agent, who reads the audit export. */
  private Person central;

  @BeforeEach
  void people() {
    Partner cegep = TestPeople.partner("CÉGEP DE SHERBROOKE", FORMATION, EMPLOYABILITE);
    officer = TestPeople.principalOfficer(cegep, "Joseph", "Labonté");
    plainUser = TestPeople.user(cegep, "Marie", "Tremblay", UTILISATEUR_INDIVIDUS);
    TestPeople.person(cegep, "Luc", "Côté")
        .profiles(UTILISATEUR_INDIVIDUS)
        .state("INACTIF", "Départ volontaire", "Rose Des Prés", Duration.ofDays(5))
        .create();
    otherOfficer =
        TestPeople.principalOfficer(
            TestPeople.partner("9301-9461 Québec inc.", FACTURATION), "André", "Girard");
    central = TestPeople.agent("Nadia", "Lavoie", InternalRole.AGENT_CENTRAL);
  }

  /** A security file's actions, as its forms post them (refused before any is read). */
  private static final String FILE_ACTIONS =
      form(
          Map.of(
              "desactivation:raison", "CONGEDIEMENT",
              "desactivation:desactiver", "Désactiver",
              "validite:nouvelleDate", "2027-01-01",
              "validite:enregistrer", "Enregistrer",
              "reactivation:raison", "IDENTITE_CONFIRMEE",
              "reactivation:enregistrer", "Réactiver"));

  /** Luc Côté's file (CÉGEP DE SHERBROOKE), as its officers' list links to it. */
  private String fileOfCote() throws Exception {
    try (Browser browser = new Browser(base)) {
      signIn(browser, officer);
      browser.open("/app/securite/organisme.xhtml");
      return browser.linkInRow("Côté", "Détail");
    }
  }

  /** Every page of the officers' section, by address (its query included). */
  private static List<String> officerPages(String fileOfCote) {
    return List.of(
        "/app/securite/organisme.xhtml",
        fileOfCote,
        "/app/securite/formulaire.xhtml",
        "/app/securite/formulaire-2490.pdf");
  }

  /** Every page of central's section. */
  private static List<String> centralPages(String fileOfCote) {
    return List.of(
        "/app/central/index.xhtml",
        "/app/central/partenaires.xhtml",
        "/app/central/organisme.xhtml?id=1",
        "/app/central/comptes.xhtml",
        fileOfCote.replace("/app/securite/", "/app/central/"),
        "/app/central/demandes.xhtml",
        "/app/central/demande.xhtml?id=1",
        "/app/central/demande-saisie.xhtml",
        "/app/central/codes.xhtml",
        "/app/central/agents.xhtml",
        "/app/central/audit.xhtml",
        "/app/central/audit.csv");
  }

  private static List<String> allPages(String fileOfCote) {
    return Stream.concat(officerPages(fileOfCote).stream(), centralPages(fileOfCote).stream())
        .toList();
  }

  private static String withoutQuery(String page) {
    int query = page.indexOf('?');
    return query < 0 ? page : page.substring(0, query);
  }

  /**
   * The lines of central's audit export for {@code person}'s refusals containing each of {@code
   * texts}.
   */
  private long refusals(Browser central, String person, String... texts) throws Exception {
    HttpResponse<String> csv =
        post("/app/central/audit.csv", central, "personne=" + person + "&action=ACCESS_REFUSED");
    assertThat(csv.statusCode()).isEqualTo(200);
    return csv.body()
        .lines()
        .filter(line -> List.of(texts).stream().allMatch(line::contains))
        .count();
  }

  /** For each page, how many « Page refusée » records {@code person} has. */
  private Map<String, Long> pageRefusals(Browser central, String person, List<String> pages)
      throws Exception {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String page : pages) {
      counts.put(page, refusals(central, person, "Page refusée : " + withoutQuery(page)));
    }
    return counts;
  }

  private static void assertTwoMoreEach(Map<String, Long> before, Map<String, Long> after) {
    before.forEach(
        (page, count) ->
            assertThat(after.get(page))
                .as("audited GET and POST of %s", page)
                .isEqualTo(count + 2));
  }

  /**
   * A GET of each page, and a POST of a security file's actions to it, as {@code caller} (null:
   * anonymous): each answered with {@code status}, saying {@code said} (for a redirection: where
   * to), showing nothing of what was asked.
   */
  private void assertRefused(List<String> pages, Browser caller, int status, String said)
      throws Exception {
    for (String page : pages) {
      for (HttpResponse<String> response :
          List.of(get(page, caller), post(page, caller, FILE_ACTIONS))) {
        assertThat(response.statusCode()).as(page).isEqualTo(status);
        if (status == 302) {
          assertThat(response.headers().firstValue("Location"))
              .as(page)
              .hasValueSatisfying(l -> assertThat(l).endsWith(said));
        } else {
          assertThat(response.body()).as(page).contains(said);
        }
        assertThat(response.body())
            .as(page)
            .doesNotContain(
                "Côté", "Liste des personnes autorisées", "SECTION 1", "Date et heure (");
      }
    }
  }

  /**
   * Every officer and central page and action refused to {@code person} (null: an anonymous
   * visitor) with {@code status}, each GET and POST audited as {@code audited}.
   */
  private void assertRefusedAndAudited(Person person, String audited, int status, String said)
      throws Exception {
    List<String> pages = allPages(fileOfCote());
    try (Browser agent = new Browser(base);
        Browser caller = person == null ? null : new Browser(base)) {
      signIn(agent, central);
      if (caller != null) {
        assertThat(signIn(caller, person)).isTrue();
      }
      Map<String, Long> before = pageRefusals(agent, audited, pages);

      assertRefused(pages, caller, status, said);

      assertTwoMoreEach(before, pageRefusals(agent, audited, pages));
    }
  }

  @Test
  @DisplayName(
      "R-S1/R-C1: an anonymous visitor is sent to the login page from every officer and central"
          + " page and action, each attempt audited as « anonyme »")
  void anonymousVisitor() throws Exception {
    assertRefusedAndAudited(null, "anonyme", 302, "/connexion.xhtml");
  }

  @Test
  @DisplayName(
      "R-S1/R-C1: a plain user is refused every officer and central page and action (403), each"
          + " attempt audited with the user's name")
  void plainUser() throws Exception {
    assertRefusedAndAudited(plainUser, plainUser.code(), 403, "Accès refusé");
  }

  @Test
  @DisplayName(
      "R-S1: another partner's officer asking for a file by its identifier gets « not found »,"
          + " and central's pages « Accès refusé »; every attempt audited")
  void otherPartnersOfficer() throws Exception {
    String file = fileOfCote();
    Matcher id = Pattern.compile("[?&]compte=(\\d+)").matcher(file);
    assertThat(id.find()).as(file).isTrue();
    List<String> pages = centralPages(file);
    String login = otherOfficer.code();
    try (Browser agent = new Browser(base);
        Browser caller = new Browser(base)) {
      signIn(agent, central);
      assertThat(signIn(caller, otherOfficer)).isTrue();
      // « … hors de portée … compte N »: the security file's refusal of that account.
      String[] outOfScope = {"hors de portée", "compte " + id.group(1)};
      long filesBefore = refusals(agent, login, outOfScope);
      Map<String, Long> before = pageRefusals(agent, login, pages);

      assertRefused(List.of(file), caller, 404, "Page introuvable");
      assertRefused(pages, caller, 403, "Accès refusé");

      assertThat(refusals(agent, login, outOfScope)).isEqualTo(filesBefore + 2);
      assertTwoMoreEach(before, pageRefusals(agent, login, pages));
    }
  }
}
