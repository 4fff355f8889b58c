package ca.qc.portail.web.exchange;

import static ca.qc.portail.account.Profile.UTILISATEUR_INDIVIDUS;
import static ca.qc.portail.partner.MeasureFamily.FORMATION;
import static org.assertj.core.api.Assertions.assertThat;

import ca.qc.portail.account.InternalRole;
import ca.qc.portail.web.Browser;
import ca.qc.portail.web.BrowserTesting;
import ca.qc.portail.web.TestPeople;
import ca.qc.portail.web.TestPeople.Partner;
import ca.qc.portail.web.TestPeople.Person;
import ca.qc.portail.web.TestProjects;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The exchange's pages in the real WAR (R-M1, R-E1–R-E3, R-E6, R-E7, R-E8), walked through in
 * headless Chromium: the menu section, the project choice, the two tabs, the consent gate, the
 * administration of projects, and "not found" for whatever is not the caller's. Each test makes its
 * partner, people and projects.
 */
class ExchangePagesIT extends BrowserTesting {

  private static final String CONSENT =
      "Les listes vous sont remises en application de la Loi. Elles contiennent des"
          + " renseignements nominatifs : vous devez en protéger le caractère confidentiel.";

  @Test
  @DisplayName(
      "R-M1/R-E1/R-E2/R-E3/R-E6: a member finds Échange sécurisé in the menu, chooses the project"
          + " and sees its Récupération and Transfert tabs; another partner's user gets not found")
  void menuAndProjectChoice() throws Exception {
    Partner cegep = TestPeople.partner("CÉGEP DE SHERBROOKE", FORMATION);
    Person member = TestPeople.user(cegep, "Julie", "Gagnon", UTILISATEUR_INDIVIDUS);
    Person staff = TestPeople.agent("Paul", "Tremblay", InternalRole.PERSONNEL);
    TestProjects.Project project =
        ExchangeTestData.project(cegep, null, false, 30, List.of(member), List.of(staff));
    Partner other = TestPeople.partner("Collège d'ailleurs", FORMATION);
    Person stranger = TestPeople.user(other, "Luc", "Côté", UTILISATEUR_INDIVIDUS);

    try (Browser browser = new Browser(base)) {
      assertThat(signIn(browser, member)).isTrue();
      assertThat(browser.main()).contains("Échange sécurisé");
      assertThat(browser.exists("echange-administration")).isFalse();
      browser.click("echange-projets");
      browser.screenshot("echange-choix");

      assertThat(browser.path()).isEqualTo("/app/echange/index.xhtml");
      assertThat(browser.main())
          .contains(
              "Le ministère garantit l'acheminement confidentiel des renseignements transmis.",
              "Sélectionner un projet");
      browser.select("choix:projet", project.label()).click("choix:continuer");

      assertThat(browser.path()).isEqualTo("/app/echange/projet.xhtml?projet=" + project.id());
      assertThat(browser.textCss("h1")).isEqualTo(project.label());
      assertThat(browser.text("retour-projets")).isEqualTo("Retour à la liste des projets");
      assertThat(browser.text("onglet-recuperation")).isEqualTo("Récupération");
      assertThat(browser.text("onglet-transfert")).isEqualTo("Transfert");
      assertThat(browser.main())
          .contains(
              "Documents à récupérer",
              "Un document reste disponible pour un maximum de 30 jours après avoir été déposé"
                  + " sur le site.",
              "0 élément");
      assertThat(browser.text("compteur-recuperation"))
          .isEqualTo("Téléchargements effectués: 0 / 10");

      browser.click("onglet-transfert");
      assertThat(browser.main()).contains("Documents transmis");
      assertThat(browser.text("compteur-transfert")).isEqualTo("Téléversements effectués: 0 / 10");
      browser.click("choisir:choisir-document");
      assertThat(browser.text("transmettre-titre")).isEqualTo("Transmettre un document");
      browser.screenshot("echange-transfert");

      browser.click("retour-projets");
      assertThat(browser.path()).isEqualTo("/app/echange/index.xhtml");
    }

    try (Browser browser = new Browser(base)) {
      assertThat(signIn(browser, staff)).isTrue();
      assertThat(browser.main()).contains("Échange sécurisé");
      assertThat(browser.exists("echange-administration")).isTrue();
    }

    try (Browser browser = new Browser(base)) {
      assertThat(signIn(browser, stranger)).isTrue();
      assertThat(browser.main()).doesNotContain("Échange sécurisé");
      browser.open("/app/echange/projet.xhtml?projet=" + project.id());
      assertThat(browser.textCss("h1")).isEqualTo("Page introuvable");
      assertThat(browser.main()).doesNotContain(project.label());
      assertThat(get("/app/echange/projet.xhtml?projet=" + project.id(), browser).statusCode())
          .isEqualTo(404);
      assertThat(ExchangeTestData.audit(stranger.id(), "ACCESS_REFUSED"))
          .anySatisfy(
              d -> assertThat(d).startsWith("OUT_OF_SCOPE|").endsWith("|projet " + project.id()));
      browser.open("/app/echange/index.xhtml");
      assertThat(browser.main()).contains("Vous ne participez à aucun projet d'échange.");
    }
  }

  @Test
  @DisplayName(
      "R-E7/R-E8: the consent text and its checkbox come before any list; unchecked it is refused"
          + " at the field; confirmed it is recorded and the single-download warning shows")
  void consentGate() throws Exception {
    Partner partner = TestPeople.partner("Parti du Québec d'essai", FORMATION);
    Person member = TestPeople.user(partner, "Hélène", "Roy", UTILISATEUR_INDIVIDUS);
    Person staff = TestPeople.agent("Marc", "Dubé", InternalRole.PERSONNEL);
    TestProjects.Project project =
        ExchangeTestData.project(partner, CONSENT, true, 45, List.of(member), List.of(staff));

    try (Browser browser = new Browser(base)) {
      assertThat(signIn(browser, member)).isTrue();
      browser.open("/app/echange/projet.xhtml?projet=" + project.id());
      browser.screenshot("echange-consentement");

      assertThat(browser.main()).contains("Consentement à la confidentialité", CONSENT);
      assertThat(browser.textCss("label[for='consentement:confirme']"))
          .isEqualTo("Je confirme avoir pris connaissance des renseignements ci-dessus.");
      assertThat(browser.exists("recuperation")).isFalse();
      assertThat(browser.exists("compte-recuperation")).isFalse();

      browser.click("consentement:confirmer");
      assertThat(browser.text("consentement:confirme-erreur"))
          .startsWith("Vous devez confirmer avoir pris connaissance");
      assertThat(ExchangeTestData.consents(project.id(), member.id())).isEmpty();

      browser.check("consentement:confirme").click("consentement:confirmer");
      assertThat(browser.main()).contains("Votre consentement a été enregistré.");
      assertThat(browser.exists("consentement")).isFalse();
      assertThat(browser.exists("recuperation")).isTrue();
      assertThat(browser.text("avertissement-unique"))
          .contains("ne peut être téléchargé qu'une seule fois", "enregistrer le document");
      assertThat(ExchangeTestData.consents(project.id(), member.id())).containsExactly(1);
      assertThat(ExchangeTestData.audit(member.id(), "EXCHANGE_CONSENT_GIVEN"))
          .singleElement()
          .satisfies(d -> assertThat(d).isEqualTo("CONSENT_GIVEN|" + project.label() + "|1"));

      browser.open("/app/echange/projet.xhtml?projet=" + project.id());
      assertThat(browser.exists("consentement")).isFalse();
    }
  }

  @Test
  @DisplayName(
      "R-E1: staff create a project (defaults from the settings, each violation at its field,"
          + " nothing stored) and choose its participants; central reads it; a partner user may not")
  void staffAdministerProjects() throws Exception {
    Partner partner = TestPeople.partner("Organisme du projet", FORMATION);
    Person member = TestPeople.user(partner, "Nora", "Bélanger", UTILISATEUR_INDIVIDUS);
    Person staff = TestPeople.agent("Anne", "Fortin", InternalRole.PERSONNEL);
    Person central = TestPeople.agent("Nadia", "Lavoie", InternalRole.AGENT_CENTRAL);
    String code = ("A" + TestPeople.unique()).toUpperCase();

    try (Browser browser = new Browser(base)) {
      assertThat(signIn(browser, staff)).isTrue();
      browser.click("echange-administration");
      assertThat(browser.path()).isEqualTo("/app/echange/admin/index.xhtml");
      browser.click("nouveau-projet");
      assertThat(browser.attribute("projet:quota-telechargements", "value")).isEqualTo("10");
      assertThat(browser.attribute("projet:quota-televersements", "value")).isEqualTo("10");
      assertThat(browser.attribute("projet:expiration", "value")).isEqualTo("45");

      browser
          .select("projet:partenaire", partner.name())
          .type("projet:code", "projet 1!")
          .type("projet:expiration", "0")
          .click("projet:enregistrer");
      browser.screenshot("echange-admin-refuse");
      assertThat(browser.text("projet:code-erreur"))
          .startsWith("Le code du projet compte de 2 à 30");
      assertThat(browser.text("projet:nom-erreur")).isEqualTo("Inscrivez le nom du projet.");
      assertThat(browser.text("projet:expiration-erreur"))
          .isEqualTo("Le nombre de jours avant l'expiration est de 1 à 3650.");
      assertThat(browser.main()).contains("Les renseignements n'ont pas été enregistrés.");

      browser
          .type("projet:code", code)
          .type("projet:nom", "Projet 001")
          .type("projet:expiration", "45")
          .click("projet:enregistrer");
      assertThat(browser.main())
          .contains("Le projet a été créé. Choisissez maintenant ses participants.");
      List<Long> created = ExchangeTestData.projectsWithCode(code);
      assertThat(created).hasSize(1);
      browser.check("membres:membres:0").click("membres:enregistrer-membres");
      assertThat(browser.main()).contains("Les participants du projet ont été enregistrés.");
      assertThat(ExchangeTestData.participants(created.get(0)))
          .containsExactly("MEMBRE:" + member.id());
      browser.screenshot("echange-admin-projet");
    }

    try (Browser browser = new Browser(base)) {
      assertThat(signIn(browser, central)).isTrue();
      browser.open("/app/echange/admin/index.xhtml");
      assertThat(browser.main()).contains(code + " - Projet 001");
      assertThat(browser.exists("nouveau-projet")).isFalse();
      browser.clickLink(code + " - Projet 001");
      assertThat(browser.attribute("projet:code", "disabled")).isNotNull();
      assertThat(browser.exists("projet:enregistrer")).isFalse();
    }

    try (Browser browser = new Browser(base)) {
      assertThat(signIn(browser, member)).isTrue();
      assertThat(get("/app/echange/admin/index.xhtml", browser).statusCode()).isEqualTo(403);
      assertThat(browser.main()).contains("Échange sécurisé");
    }
  }

  @Test
  @DisplayName("R-E9/R-U1: a download ticket that is not the caller's, or no ticket, is not found")
  void foreignTicketNotFound() throws Exception {
    Partner partner = TestPeople.partner("Organisme des billets", FORMATION);
    Person member = TestPeople.user(partner, "Rémi", "Poulin", UTILISATEUR_INDIVIDUS);
    try (Browser browser = new Browser(base)) {
      assertThat(signIn(browser, member)).isTrue();
      HttpResponse<String> unknown = get("/app/echange/telechargement/987654321", browser);
      assertThat(unknown.statusCode()).isEqualTo(404);
      assertThat(ExchangeTestData.audit(member.id(), "ACCESS_REFUSED"))
          .anySatisfy(
              d -> assertThat(d).startsWith("OUT_OF_SCOPE|").endsWith("|téléchargement 987654321"));
      assertThat(get("/app/echange/telechargement/abc", browser).statusCode()).isEqualTo(404);
    }
    assertThat(get("/app/echange/telechargement/1").statusCode()).isNotEqualTo(200);
  }

  @Test
  @DisplayName("R-E1: the project page at 1280 and 1024 px, in French and in English")
  void screenshots() throws Exception {
    Partner cegep = TestPeople.partner("CÉGEP DE SHERBROOKE", FORMATION);
    Person member = TestPeople.user(cegep, "Julie", "Gagnon", UTILISATEUR_INDIVIDUS);
    Person staff = TestPeople.agent("Paul", "Tremblay", InternalRole.PERSONNEL);
    TestProjects.Project project =
        ExchangeTestData.project(cegep, CONSENT, true, 45, List.of(member), List.of(staff));
    try (Browser browser = new Browser(base)) {
      assertThat(signIn(browser, member)).isTrue();
      for (String lang : List.of("fr", "en")) {
        for (int width : new int[] {1280, 1024}) {
          browser.width(width);
          browser.open("/app/accueil.xhtml?lang=" + lang);
          browser.screenshot("echange-menu-" + lang + "-" + width);
          browser.open("/app/echange/index.xhtml?lang=" + lang);
          browser.screenshot("echange-index-" + lang + "-" + width);
          browser.open("/app/echange/projet.xhtml?projet=" + project.id() + "&lang=" + lang);
          assertThat(browser.lang()).isEqualTo(lang);
          browser.screenshot("echange-projet-" + lang + "-" + width);
          browser.open(
              "/app/echange/projet.xhtml?projet="
                  + project.id()
                  + "&onglet=transfert&lang="
                  + lang);
          browser.screenshot("echange-transfert-" + lang + "-" + width);
        }
      }
      assertThat(browser.main()).contains("Documents sent", "Uploads made: 0 / 10");
    }
  }
}
