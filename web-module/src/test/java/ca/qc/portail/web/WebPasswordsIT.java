package ca.qc.portail.web;

import static ca.qc.portail.account.Profile.RESPONSABLE_AUXILIAIRE;
import static ca.qc.portail.account.Profile.UTILISATEUR_INDIVIDUS;
import static ca.qc.portail.partner.MeasureFamily.FORMATION;
import static ca.qc.portail.web.Mailbox.awaitEmail;
import static org.assertj.core.api.Assertions.assertThat;

import ca.qc.portail.web.TestPeople.Partner;
import ca.qc.portail.web.TestPeople.Person;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, point 6, walked through in the browser: *Inscription* keeps what was typed right, a
 * disguised common password is refused, and the password chosen at registration may be changed the
 * same day (R-A6, R-A7, R-P1, R-P3).
 */
class WebPasswordsIT extends BrowserTesting {

  private static final String REFUSED =
      "Le code d'enregistrement ou le NAS partiel n'est pas valide.";

  /** The partial SIN with its last digit changed. */
  private static String wrong(String sin) {
    char last = sin.charAt(5);
    return sin.substring(0, 5) + (last == '9' ? '0' : (char) (last + 1));
  }

  @Test
  @DisplayName(
      "Issue 13 #6: Inscription keeps the right field, refuses Password123!, then a same-day change")
  void registrationThenSameDayChange() throws Exception {
    Partner cegep = TestPeople.partner("CÉGEP DE SHERBROOKE", FORMATION);
    TestPeople.user(cegep, "Rose", "Des Prés", RESPONSABLE_AUXILIAIRE);
    Person nathalie =
        TestPeople.person(cegep, "Nathalie", "Pelletier")
            .profiles(UTILISATEUR_INDIVIDUS)
            .pending()
            .create();
    String code = nathalie.registrationCode();
    String sin = nathalie.partialSin();
    String chosen = "npel" + TestPeople.unique();

    try (Browser browser = new Browser(base)) {
      // A wrong code with the right SIN: the code is cleared, the SIN kept.
      browser
          .open("/inscription.xhtml")
          .type("inscription:code", "ABCD-EFGH-JKMN")
          .type("inscription:nas", sin)
          .click("inscription:continuer");
      assertThat(browser.main()).contains(REFUSED);
      assertThat(browser.attribute("inscription:code", "value")).isEmpty();
      assertThat(browser.attribute("inscription:nas", "value")).isEqualTo(sin);

      // The right code with a wrong SIN: the code stays typed, the SIN is cleared and focused.
      browser
          .type("inscription:code", code)
          .type("inscription:nas", wrong(sin))
          .click("inscription:continuer");
      browser.screenshot("inscription-code-conserve");
      assertThat(browser.main()).contains(REFUSED).doesNotContain("Votre fiche d'identification");
      assertThat(browser.attribute("inscription:code", "value")).isEqualTo(code);
      assertThat(browser.attribute("inscription:nas", "value")).isEmpty();
      assertThat(browser.attribute("inscription:nas", "autofocus")).isEqualTo("true");
      assertThat(browser.attribute("inscription:code", "autofocus")).isNull();

      // Only the SIN retyped.
      browser.type("inscription:nas", sin).click("inscription:continuer");
      assertThat(browser.main()).contains("Votre fiche d'identification", cegep.name());

      // "Password123!" meets every 2021 criterion but is a disguised common password.
      browser
          .type("fiche:codeUtilisateur", chosen)
          .type("fiche:nouveau", "Password123!")
          .type("fiche:confirmation", "Password123!")
          .click("fiche:enregistrer");
      browser.screenshot("inscription-mot-de-passe-courant");
      assertThat(browser.text("fiche:nouveau-erreur"))
          .contains("Ce mot de passe fait partie des mots de passe les plus courants");
      assertThat(browser.main()).doesNotContain("Enregistrement fait avec succès");

      browser
          .type("fiche:codeUtilisateur", chosen)
          .type("fiche:nouveau", "Erable-Rouge-58!")
          .type("fiche:confirmation", "Erable-Rouge-58!")
          .click("fiche:enregistrer");
      assertThat(browser.main()).contains("Enregistrement fait avec succès");
    }

    Person registered = nathalie.registered(chosen, "Erable-Rouge-58!");
    try (Browser browser = new Browser(base)) {
      assertThat(signIn(browser, registered)).isTrue();
      browser.clickLink("Modifier votre mot de passe");
      assertThat(browser.main())
          .doesNotContain("Vous avez déjà modifié")
          .contains("huit caractères minimum", "au moins un caractère spécial");

      // A disguised common password is refused here too.
      browser
          .type("changement:actuel", "Erable-Rouge-58!")
          .type("changement:nouveau", "P@ssw0rd-2026")
          .type("changement:confirmation", "P@ssw0rd-2026")
          .click("changement:enregistrer");
      assertThat(browser.text("changement:nouveau-erreur")).contains("les plus courants");
      assertThat(browser.main()).doesNotContain("Vous avez déjà modifié");

      browser
          .type("changement:actuel", "Erable-Rouge-58!")
          .type("changement:nouveau", "Pivoine-Bleue-83!")
          .type("changement:confirmation", "Pivoine-Bleue-83!")
          .click("changement:enregistrer");
      browser.screenshot("inscription-puis-mot-de-passe-modifie");
      assertThat(browser.main())
          .contains("Votre mot de passe a été mis à jour.")
          .doesNotContain("Vous avez déjà modifié votre mot de passe aujourd’hui");
      assertThat(awaitEmail(registered.email(), "Modification de votre mot de passe")).isNotEmpty();

      // R-P3 still holds for the next change.
      browser.open("/app/mot-de-passe.xhtml");
      browser
          .type("changement:actuel", "Pivoine-Bleue-83!")
          .type("changement:nouveau", "Lilas-Mauve-2026!")
          .type("changement:confirmation", "Lilas-Mauve-2026!")
          .click("changement:enregistrer");
      assertThat(browser.main()).contains("Vous avez déjà modifié votre mot de passe aujourd’hui");
    }
  }
}
