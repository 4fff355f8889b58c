package ca.qc.portail.web;

import static ca.qc.portail.account.Profile.RESPONSABLE_PRINCIPAL;
import static ca.qc.portail.account.Profile.UTILISATEUR_INDIVIDUS;
import static ca.qc.portail.partner.MeasureFamily.EMPLOYABILITE;
import static ca.qc.portail.partner.MeasureFamily.FORMATION;
import static org.assertj.core.api.Assertions.assertThat;

import ca.qc.portail.account.InternalRole;
import ca.qc.portail.web.TestPeople.Partner;
import ca.qc.portail.web.TestPeople.Person;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The central security group's console (R-C1, R-C7, R-D3) in the real WAR, walked through in
 * headless Chromium; the CSV export fetched over plain HTTP with the browser's session. Each test
 * makes its partners and people.
 *
 * <p>The dashboard lists the first 20 partners without an Actif security officer: the other browser
 * tests give each partner they make an officer, so the one made here is among them.
 */
class WebCentralConsoleIT extends BrowserTesting {

  @Test
  @DisplayName(
      "R-C1/R-D3/R-C7: central opens its console, sees the partner without an active officer,"
          + " creates a partner (field messages first), searches the audit and downloads the CSV")
  void centralConsole() throws Exception {
    Partner uncovered = TestPeople.partner("Carrefour jeunesse-emploi de l'Estrie", EMPLOYABILITE);
    TestPeople.person(uncovered, "Martin", "Leblanc")
        .profiles(RESPONSABLE_PRINCIPAL, UTILISATEUR_INDIVIDUS)
        .state("INACTIF", "Départ volontaire", "Martin Leblanc", Duration.ofDays(10))
        .create();
    Partner cegep = TestPeople.partner("CÉGEP DE SHERBROOKE", FORMATION, EMPLOYABILITE);
    TestPeople.principalOfficer(cegep, "Joseph", "Labonté");
    Person central = TestPeople.agent("Nadia", "Lavoie", InternalRole.AGENT_CENTRAL);
    String name = "Organisme d'essai " + ThreadLocalRandom.current().nextInt(100_000, 999_999);
    String neq =
        String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
    try (Browser browser = new Browser(base)) {
      assertThat(signIn(browser, central)).isTrue();
      browser.clickLink("Console du Groupe central de la sécurité");
      browser.screenshot("central-console");

      assertThat(browser.path()).isEqualTo("/app/central/index.xhtml");
      assertThat(browser.text("sans-responsable"))
          .contains(uncovered.name(), uncovered.neq())
          .doesNotContain(cegep.name());
      assertThat(browser.main())
          .contains("Organismes sans responsable de la sécurité actif", "Journal d'audit");
      assertThat(browser.attribute("lien-comptes", "href")).endsWith("/app/central/comptes.xhtml");
      assertThat(browser.attribute("lien-demandes", "href"))
          .endsWith("/app/central/demandes.xhtml");
      assertThat(browser.attribute("lien-codes", "href")).endsWith("/app/central/codes.xhtml");

      browser.click("lien-organismes");
      browser.type("filtre:texte", uncovered.neq()).click("filtre:filtrer");
      assertThat(browser.main()).contains(uncovered.name(), "Aucun responsable actif");
      browser.type("filtre:texte", cegep.neq()).click("filtre:filtrer");
      assertThat(browser.main()).contains(cegep.name()).doesNotContain("Aucun responsable actif");
      browser.click("nouvel-organisme");
      browser
          .type("organisme:postalCode", "12345")
          .type("organisme:phone", "564-6350")
          .type("organisme:neq", "123")
          .click("organisme:enregistrer");
      browser.screenshot("central-organisme-refuse");

      assertThat(browser.text("organisme:name-erreur"))
          .isEqualTo("Inscrivez le nom ou la raison sociale de l'organisme.");
      assertThat(browser.text("organisme:postalCode-erreur"))
          .isEqualTo("Le code postal doit être au format A1A 1A1.");
      assertThat(browser.text("organisme:phone-erreur")).contains("10 chiffres");
      assertThat(browser.text("organisme:neq-erreur"))
          .isEqualTo("Le NEQ doit comporter exactement 10 chiffres.");
      assertThat(browser.main()).contains("Les renseignements n'ont pas été enregistrés.");

      browser
          .type("organisme:name", name)
          .type("organisme:postalCode", "g1k 7p4")
          .type("organisme:phone", "(418) 555-0199")
          .type("organisme:neq", neq)
          .click("organisme:enregistrer");
      assertThat(browser.path()).startsWith("/app/central/organisme.xhtml?id=");
      assertThat(browser.main()).contains("L'organisme a été enregistré.");
      assertThat(browser.attribute("organisme:postalCode", "value")).isEqualTo("G1K 7P4");
      assertThat(browser.text("sans-responsable"))
          .isEqualTo("Cet organisme n'a aucun responsable de la sécurité actif.");

      String number = "MFOR-" + neq;
      browser
          .type("entente:number", number)
          .select("entente:family", "Mesure de formation")
          .type("entente:measure", "MFOR")
          .type("entente:startDate", "2026-04-01")
          .type("entente:endDate", "2026-03-31")
          .click("entente:enregistrer-entente");
      assertThat(browser.text("entente:endDate-erreur"))
          .isEqualTo("La date de fin doit être postérieure à la date de début.");
      browser.type("entente:endDate", "2027-03-31").click("entente:enregistrer-entente");
      browser.screenshot("central-organisme-entente");
      assertThat(browser.main()).contains("L'entente a été ajoutée.");
      assertThat(browser.text("liste-ententes:ententes")).contains(number, "2027-03-31");

      browser.clickLink("Retour à la liste des organismes");
      browser.clickLink("Retour à la console du Groupe central de la sécurité");
      browser.click("lien-audit");
      browser.type("recherche:personne", central.code()).click("recherche:rechercher");
      browser.screenshot("central-journal-audit");
      assertThat(browser.text("resultats:journal"))
          .contains("Organisme créé", "Entente ajoutée", name);

      // The export is the page's form, a POST with the last search's criteria (finding #9).
      HttpResponse<String> csv =
          post(
              browser.attributeCss("form#export", "action"),
              browser,
              "personne=" + java.net.URLEncoder.encode(central.code(), StandardCharsets.UTF_8));
      assertThat(browser.attributeCss("form#export input[name=personne]", "value"))
          .isEqualTo(central.code());
      assertThat(csv.statusCode()).isEqualTo(200);
      assertThat(csv.headers().firstValue("Content-Type"))
          .hasValueSatisfying(
              t -> assertThat(t.toLowerCase()).startsWith("text/csv").contains("utf-8"));
      assertThat(csv.headers().firstValue("Content-Disposition"))
          .hasValueSatisfying(d -> assertThat(d).startsWith("attachment;").contains(".csv"));
      assertThat(csv.body()).startsWith("\uFEFFDate et heure (");
      assertThat(csv.body().lines())
          .anySatisfy(
              line ->
                  assertThat(line)
                      .contains(
                          ";" + central.code() + ";",
                          ";PARTNER_CREATED;SUCCESS;",
                          ";" + name + ";"))
          .allSatisfy(line -> assertThat(line).doesNotStartWith("="));
    }
  }

  @Test
  @DisplayName(
      "R-C1/R-C7: a plain user and a security officer are refused every central page and the CSV"
          + " export")
  void othersAreRefused() throws Exception {
    Partner cegep = TestPeople.partner("CÉGEP DE SHERBROOKE", FORMATION, EMPLOYABILITE);
    Person officer = TestPeople.principalOfficer(cegep, "Joseph", "Labonté");
    Person user = TestPeople.user(cegep, "Marie", "Tremblay", UTILISATEUR_INDIVIDUS);
    for (Person person : new Person[] {user, officer}) {
      try (Browser browser = new Browser(base)) {
        assertThat(signIn(browser, person)).isTrue();
        assertThat(browser.main()).doesNotContain("Console du Groupe central de la sécurité");
        for (String page :
            new String[] {
              "/app/central/index.xhtml",
              "/app/central/partenaires.xhtml",
              "/app/central/organisme.xhtml?id=1",
              "/app/central/audit.xhtml"
            }) {
          browser.open(page);
          assertThat(browser.main()).as(page).contains("Accès refusé");
        }
        browser.screenshot("central-refuse-" + person.lastName());
        HttpResponse<String> csv = post("/app/central/audit.csv", browser, "");
        assertThat(csv.statusCode()).isEqualTo(403);
        assertThat(csv.body()).doesNotContain("Date et heure");
      }
    }
  }
}
