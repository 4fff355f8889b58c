package ca.qc.portail.web;

import static ca.qc.portail.account.Profile.RESPONSABLE_AUXILIAIRE;
import static ca.qc.portail.account.Profile.UTILISATEUR_INDIVIDUS;
import static ca.qc.portail.partner.MeasureFamily.FORMATION;
import static org.assertj.core.api.Assertions.assertThat;

import ca.qc.portail.web.TestPeople.Partner;
import ca.qc.portail.web.TestPeople.Person;
import java.io.File;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 12, finding 15: the real WAR deployed with {@code password.policy=NIST} (given as the
 * application's own MicroProfile Config file, as a deployment may set {@code PASSWORD_POLICY}). Not
 * a {@link BrowserTesting}, whose deployment is the WAR unchanged.
 */
@ExtendWith({Mailbox.class, ArquillianExtension.class})
@RunAsClient
class WebNistPolicyIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/web-module.war"))
        .addAsResource(
            new StringAsset("password.policy=NIST\n"), "META-INF/microprofile-config.properties");
  }

  @ArquillianResource private URL base;

  private static final String PASSPHRASE = "correct horse battery staple zebra lamp";

  @Test
  @DisplayName(
      "R-P1 NIST: the pages state 15 characters and no composition rule; a passphrase is accepted")
  void passphraseAtInscriptionThenCriteriaInEnglish() throws Exception {
    Partner cegep = TestPeople.partner("CÉGEP DE SHERBROOKE", FORMATION);
    TestPeople.user(cegep, "Rose", "Des Prés", RESPONSABLE_AUXILIAIRE);
    Person nathalie =
        TestPeople.person(cegep, "Nathalie", "Pelletier")
            .profiles(UTILISATEUR_INDIVIDUS)
            .pending()
            .create();
    String chosen = "npel" + TestPeople.unique();

    try (Browser browser = new Browser(base)) {
      browser
          .open("/inscription.xhtml")
          .type("inscription:code", nathalie.registrationCode())
          .type("inscription:nas", nathalie.partialSin())
          .click("inscription:continuer");
      assertThat(browser.text("criteres"))
          .contains(
              "15 caractères minimum", "ni majuscule, ni chiffre, ni caractère spécial n'est exigé")
          .doesNotContain("au moins une majuscule", "huit caractères");

      // 14 characters: only the length is refused, no composition rule is named.
      browser
          .type("fiche:codeUtilisateur", chosen)
          .type("fiche:nouveau", "tulipes bleues")
          .type("fiche:confirmation", "tulipes bleues")
          .click("fiche:enregistrer");
      browser.screenshot("nist-inscription-trop-court");
      assertThat(browser.text("fiche:nouveau-erreur"))
          .isEqualTo("Le mot de passe doit comporter 15 caractères minimum.");

      browser
          .type("fiche:codeUtilisateur", chosen)
          .type("fiche:nouveau", PASSPHRASE)
          .type("fiche:confirmation", PASSPHRASE)
          .click("fiche:enregistrer");
      assertThat(browser.main()).contains("Enregistrement fait avec succès");
    }

    try (Browser browser = new Browser(base)) {
      assertThat(BrowserTesting.signIn(browser, nathalie.registered(chosen, PASSPHRASE))).isTrue();
      browser.clickLink("Modifier votre mot de passe");
      assertThat(browser.text("criteres")).contains("15 caractères minimum");
      browser.click("langue");
      browser.screenshot("nist-change-password-english");
      assertThat(browser.text("criteres"))
          .contains(
              "15 characters minimum",
              "no capital, digit or special character is required; a phrase of several words")
          .doesNotContain("uppercase");
    }
  }
}
