package ca.qc.portail.web;

import static ca.qc.portail.account.Profile.RESPONSABLE_AUXILIAIRE;
import static ca.qc.portail.account.Profile.UTILISATEUR_ENTREPRISE;
import static ca.qc.portail.account.Profile.UTILISATEUR_INDIVIDUS;
import static ca.qc.portail.partner.MeasureFamily.EMPLOYABILITE;
import static ca.qc.portail.partner.MeasureFamily.FACTURATION;
import static ca.qc.portail.partner.MeasureFamily.FORMATION;
import static ca.qc.portail.web.Mailbox.awaitEmailContaining;
import static ca.qc.portail.web.TestPeople.today;
import static org.assertj.core.api.Assertions.assertThat;

import ca.qc.portail.account.InternalRole;
import ca.qc.portail.authentication.FailedLogins;
import ca.qc.portail.web.TestPeople.Partner;
import ca.qc.portail.web.TestPeople.Person;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Officers' and central's security files (R-S1–R-S7, R-C4) in the real WAR, walked through in
 * headless Chromium. Each test makes a partner like the seeds' CÉGEP DE SHERBROOKE with the
 * officers and people its files show.
 */
class SecurityFileIT extends BrowserTesting {

  private static Partner cegep() {
    return TestPeople.partner("CÉGEP DE SHERBROOKE", FORMATION, EMPLOYABILITE);
  }

  private static Person principal(Partner partner) {
    return TestPeople.principalOfficer(partner, "Joseph", "Labonté");
  }

  private static Person auxiliary(Partner partner) {
    return TestPeople.user(partner, "Rose", "Des Prés", RESPONSABLE_AUXILIAIRE);
  }

  /** Luc Côté, whose code Rose Des Prés deactivated for a reason (R-S4). */
  private static Person inactive(Partner partner) {
    return TestPeople.person(partner, "Luc", "Côté")
        .profiles(UTILISATEUR_INDIVIDUS)
        .state("INACTIF", "Départ volontaire", "Rose Des Prés", Duration.ofDays(5))
        .create();
  }

  /** Password, then the e-mailed security code (R-L4), landing on the home page. */
  private static void signInHome(Browser browser, Person person) throws Exception {
    signIn(browser, person);
    assertThat(browser.path()).startsWith("/app/accueil.xhtml");
  }

  /** Opens the organisation's file from the menu and then the file of the person named. */
  private void openFileOf(Browser browser, String lastName) {
    browser.open("/app/accueil.xhtml").clickLink("Dossier de sécurité de l'organisme");
    assertThat(browser.main()).contains("Liste des personnes autorisées");
    browser.open(browser.linkInRow(lastName, "Détail"));
    assertThat(browser.main()).contains("Dossier de sécurité d'un code d'utilisateur");
  }

  @Test
  @DisplayName("R-S2: the list is filtered by the database and opens each person's file")
  void listFilters() throws Exception {
    Partner cegep = cegep();
    Person officer = principal(cegep);
    inactive(cegep);
    TestPeople.person(cegep, "Nathalie", "Pelletier")
        .profiles(UTILISATEUR_INDIVIDUS)
        .pending()
        .create();
    TestPeople.user(cegep, "Émilie", "Bergeron", UTILISATEUR_INDIVIDUS);
    TestPeople.principalOfficer(
        TestPeople.partner("9301-9461 Québec inc.", FACTURATION), "André", "Girard");
    try (Browser browser = new Browser(base)) {
      signInHome(browser, officer);
      browser.open("/app/accueil.xhtml").clickLink("Dossier de sécurité de l'organisme");
      assertThat(browser.main())
          .contains("Code utilisateur", "Nom", "Prénom", "Courriel", "État", "Profil")
          .contains("Date expiration", "Détail", "Labonté", "Côté", "Pelletier")
          .doesNotContain("Girard");
      browser.typeAndWaitUntilGone("liste:personnes:nom:filter", "Berg", "Labonté");
      assertThat(browser.main()).contains("Bergeron").doesNotContain("Labonté");
      browser.screenshot("security-file-list");
    }
  }

  @Test
  @DisplayName(
      "R-S6: an officer deactivates a user — reason required — owner and officers e-mailed")
  void officerDeactivatesUser() throws Exception {
    Partner cegep = cegep();
    Person officer = principal(cegep);
    Person rose = auxiliary(cegep);
    Person chantal = TestPeople.user(cegep, "Chantal", "Gagné", UTILISATEUR_INDIVIDUS);
    try (Browser browser = new Browser(base)) {
      signInHome(browser, officer);
      openFileOf(browser, "Gagné");

      browser.click("desactivation:desactiver");
      assertThat(browser.text("desactivation:raison-erreur")).isEqualTo("Choisissez la raison.");
      browser.select("desactivation:raison", "Autre raison").click("desactivation:desactiver");
      assertThat(browser.text("desactivation:autreRaison-erreur"))
          .isEqualTo("Inscrivez l'autre raison.");
      assertThat(browser.text("etat")).isEqualTo("Actif");

      browser.select("desactivation:raison", "Fin de contrat").click("desactivation:desactiver");
      // Issue 13, point 4: a confirmation first, then one message.
      browser.click("desactivation:confirmer");
      browser.screenshot("security-file-deactivated");
      assertThat(browser.main())
          .contains("Le code d'utilisateur a été désactivé.")
          .doesNotContain("Le code d'utilisateur que vous avez sélectionné est inactif.")
          .contains("par Joseph Labonté pour la raison suivante : Fin de contrat");
      assertThat(browser.text("etat")).isEqualTo("Inactif");
    }
    awaitEmailContaining(
        chantal.email(), "Nous vous avisons que votre code d'utilisateur a été désactivé.");
    awaitEmailContaining(
        rose.email(),
        "Nous vous confirmons que le code d'utilisateur de Chantal Gagné ("
            + chantal.shortCode()
            + ") a été désactivé.");
  }

  @Test
  @DisplayName("R-S7: bad dates refused field by field; another's validity extended; own refused")
  void validity() throws Exception {
    Partner cegep = cegep();
    Person officer = principal(cegep);
    Person rose = auxiliary(cegep);
    Person martin =
        TestPeople.person(cegep, "Martin", "Lavoie")
            .profiles(UTILISATEUR_INDIVIDUS, UTILISATEUR_ENTREPRISE)
            .expiry(today().plusDays(20))
            .create();
    try (Browser browser = new Browser(base)) {
      signInHome(browser, officer);
      openFileOf(browser, "Lavoie");
      String before = browser.text("expiration");

      browser.type("validite:nouvelleDate", "2026-13-45").click("validite:enregistrer");
      assertThat(browser.text("validite:nouvelleDate-erreur"))
          .isEqualTo("La date doit être inscrite au format aaaa-mm-jj.");
      browser.type("validite:nouvelleDate", "2020-01-01").click("validite:enregistrer");
      assertThat(browser.text("validite:nouvelleDate-erreur"))
          .isEqualTo("La nouvelle date d'expiration doit être postérieure à la date du jour.");
      browser
          .type("validite:nouvelleDate", today().plusYears(1).plusDays(1).toString())
          .click("validite:enregistrer");
      assertThat(browser.text("validite:nouvelleDate-erreur"))
          .isEqualTo("La nouvelle date d'expiration ne peut pas dépasser d'un an la date du jour.");
      assertThat(browser.text("expiration")).isEqualTo(before);

      String extended = today().plusMonths(6).toString();
      browser.type("validite:nouvelleDate", extended).click("validite:enregistrer");
      assertThat(browser.main())
          .contains("La période de validité du code d'utilisateur a été modifiée.");
      assertThat(browser.text("expiration")).isEqualTo(extended);

      openFileOf(browser, "Labonté");
      assertThat(browser.has("desactivation:desactiver")).isFalse();
      browser
          .type("validite:nouvelleDate", today().plusDays(300).toString())
          .click("validite:enregistrer");
      browser.screenshot("security-file-own-extension");
      assertThat(browser.text("validite:nouvelleDate-erreur"))
          .startsWith("Vous ne pouvez pas prolonger la période de validité de votre propre code");
    }
    awaitEmailContaining(
        martin.email(),
        "Nous vous avisons que la période de validité de votre code d'utilisateur a été"
            + " prolongée.");
    awaitEmailContaining(
        rose.email(),
        "la période de validité du code d'utilisateur de Martin Lavoie ("
            + martin.shortCode()
            + ") a été prolongée.");
  }

  @Test
  @DisplayName("R-S5: an account deactivated after failed logins is reactivated with a reason")
  void reactivation() throws Exception {
    Partner cegep = cegep();
    Person rose = auxiliary(cegep);
    Person emilie =
        TestPeople.person(cegep, "Émilie", "Bergeron")
            .profiles(UTILISATEUR_INDIVIDUS)
            .state("INACTIF", FailedLogins.DEACTIVATION_REASON, null, Duration.ofDays(2))
            .create();
    try (Browser browser = new Browser(base)) {
      signInHome(browser, rose);
      openFileOf(browser, "Bergeron");
      assertThat(browser.main())
          .contains("Réactiver le code d'utilisateur")
          .contains("pour la raison suivante : 3 essais infructueux");

      browser.click("reactivation:enregistrer");
      assertThat(browser.text("reactivation:raison-erreur")).isEqualTo("Choisissez la raison.");
      assertThat(browser.text("etat")).isEqualTo("Inactif");

      browser
          .select("reactivation:raison", "Identité de l'utilisateur confirmée")
          .click("reactivation:enregistrer");
      browser.screenshot("security-file-reactivated");
      assertThat(browser.main()).contains("Le code d'utilisateur a été réactivé.");
      assertThat(browser.text("etat")).isEqualTo("Actif");
    }
    awaitEmailContaining(
        emilie.email(), "Nous vous avisons que votre code d'utilisateur a été réactivé.");
  }

  @Test
  @DisplayName("R-S4: a code deactivated by reason is read-only, with the seed's message")
  void readOnlyInactive() throws Exception {
    Partner cegep = cegep();
    Person officer = principal(cegep);
    inactive(cegep);
    try (Browser browser = new Browser(base)) {
      signInHome(browser, officer);
      openFileOf(browser, "Côté");
      browser.screenshot("security-file-read-only");
      assertThat(browser.main())
          .contains(
              "Le code d'utilisateur que vous avez sélectionné est inactif. Vous ne pouvez rien"
                  + " modifier dans ce dossier de sécurité.")
          .contains("par Rose Des Prés pour la raison suivante : Départ volontaire");
      assertThat(browser.has("desactivation:desactiver")).isFalse();
      assertThat(browser.has("validite:enregistrer")).isFalse();
      assertThat(browser.has("reactivation:enregistrer")).isFalse();
    }
  }

  @Test
  @DisplayName("R-S1: another partner's officer gets « not found »; users and central are refused")
  void pagesRefused() throws Exception {
    Partner cegep = cegep();
    Person officer = principal(cegep);
    inactive(cegep);
    Person marie = TestPeople.user(cegep, "Marie", "Tremblay", UTILISATEUR_INDIVIDUS);
    Person andre =
        TestPeople.principalOfficer(
            TestPeople.partner("9301-9461 Québec inc.", FACTURATION), "André", "Girard");
    Person central = TestPeople.agent("Nadia", "Lavoie", InternalRole.AGENT_CENTRAL);
    String fileOfCote;
    try (Browser browser = new Browser(base)) {
      signInHome(browser, officer);
      browser.open("/app/securite/organisme.xhtml");
      fileOfCote = browser.linkInRow("Côté", "Détail");
    }
    try (Browser browser = new Browser(base)) {
      signInHome(browser, andre);
      browser.open(fileOfCote);
      assertThat(browser.main()).contains("Page introuvable").doesNotContain("Côté");
      browser.open("/app/securite/organisme.xhtml");
      assertThat(browser.main()).doesNotContain("Côté").doesNotContain("Labonté");
      browser.open("/app/central/comptes.xhtml");
      assertThat(browser.main()).contains("Accès refusé");
    }
    try (Browser browser = new Browser(base)) {
      signInHome(browser, marie);
      assertThat(browser.main()).doesNotContain("Dossier de sécurité de l'organisme");
      browser.open("/app/securite/organisme.xhtml");
      assertThat(browser.main()).contains("Accès refusé");
      browser.open(fileOfCote);
      assertThat(browser.main()).contains("Accès refusé").doesNotContain("Côté");
    }
    try (Browser browser = new Browser(base)) {
      signInHome(browser, central);
      browser.open("/app/securite/organisme.xhtml");
      assertThat(browser.main()).contains("Accès refusé");
    }
  }

  @Test
  @DisplayName(
      "R-C4/R-C5: central finds any account, refuses a bad SIN, reactivates with a password")
  void centralReactivatesWithTemporaryPassword() throws Exception {
    Partner cegep = cegep();
    Person officer = principal(cegep);
    Person helene =
        TestPeople.person(cegep, "Hélène", "Martel")
            .profiles(UTILISATEUR_INDIVIDUS)
            .expiry(today().plusDays(40))
            .state("INACTIF", "ABSENCE_PROLONGEE", "CENTRAL", Duration.ofDays(30))
            .create();
    Person central = TestPeople.agent("Nadia", "Lavoie", InternalRole.AGENT_CENTRAL);
    try (Browser browser = new Browser(base)) {
      signInHome(browser, central);
      browser.open("/app/accueil.xhtml").clickLink("Recherche de comptes d'utilisateur");
      browser.filter("liste:personnes:nom:filter", "Mart");
      assertThat(browser.main()).contains(helene.code()).doesNotContain(officer.code());
      browser.open(browser.linkInRow(helene.code(), "Détail"));
      assertThat(browser.main())
          .contains(helene.email())
          .contains(helene.partialSin())
          .contains("par Un agent du Groupe central de la sécurité pour la raison suivante");

      browser.type("renseignements:nas", "12a").type("renseignements:courriel", "helene.martel@");
      browser.click("renseignements:enregistrer");
      assertThat(browser.text("renseignements:nas-erreur"))
          .isEqualTo("Inscrivez les six premiers chiffres du numéro d'assurance sociale.");
      assertThat(browser.text("renseignements:courriel-erreur"))
          .isEqualTo("L'adresse courriel n'est pas valide.");
      assertThat(browser.text("nas")).isEqualTo(helene.partialSin());

      browser
          .type("reactivation-centrale:nouvelleDate", today().plusMonths(6).toString())
          .click("reactivation-centrale:enregistrer");
      browser.screenshot("security-file-central");
      assertThat(browser.main())
          .contains(
              "Le code d'utilisateur a été réactivé et un mot de passe temporaire a été transmis"
                  + " par courriel.");
      assertThat(browser.text("etat")).isEqualTo("Actif");
    }
    String mail =
        awaitEmailContaining(helene.email(), "Votre nouveau mot de passe temporaire est : \"");
    assertThat(mail).contains("Vous devrez le changer à sa première utilisation.");
    awaitEmailContaining(
        officer.email(),
        "Un mot de passe temporaire a été attribué à : \"" + helene.shortCode() + "\"");
  }
}
