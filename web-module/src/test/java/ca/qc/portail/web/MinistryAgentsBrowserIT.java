package ca.qc.portail.web;

import static ca.qc.portail.web.Mailbox.awaitEmail;
import static org.assertj.core.api.Assertions.assertThat;

import ca.qc.portail.account.InternalRole;
import ca.qc.portail.web.TestPeople.Person;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 12's first "done when" (R-C8 and deliver 2), in headless Chromium with {@code
 * mfa.totpRequiredForRoles} at its default (AGENT_CENTRAL, OPERATEUR): central creates an operator,
 * who activates the account from the e-mail, enrols an authenticator app (the test computes its
 * codes from the secret the page shows) and reaches the operations console; central cannot remove
 * the last central agent; an agent changes their own password.
 */
class MinistryAgentsBrowserIT extends BrowserTesting {

  private static final Pattern LINK =
      Pattern.compile("(/nouveau-mot-de-passe\\.xhtml\\?jeton=[A-Za-z0-9_-]+)");

  @Test
  @DisplayName(
      "R-C8: central creates an operator → activation e-mail → password, authenticator app →"
          + " operations console")
  void centralCreatesAnOperator() throws Exception {
    Person central = TestPeople.agent("Nadia", "Lavoie", InternalRole.AGENT_CENTRAL);
    String email = "olivier.roy." + TestPeople.unique() + "@ministere.example";
    Person olivier = new Person(0, email, email, "Olivier", "Roy", "Tulipe-Rouge-47!", null, null);
    try (Browser browser = new Browser(base);
        Browser operator = new Browser(base)) {
      assertThat(signIn(browser, central)).isTrue();
      browser.open("/app/accueil.xhtml");
      assertThat(browser.main()).contains("Agents du ministère", "Modifier votre mot de passe");
      browser.clickLink("Agents du ministère");
      assertThat(browser.path()).isEqualTo("/app/central/agents.xhtml");

      browser.click("creation:creer");
      assertThat(browser.text("creation:nom-erreur")).contains("Inscrivez le nom");
      browser
          .type("creation:nom", "Roy")
          .type("creation:prenom", "Olivier")
          .type("creation:courriel", "pas-une-adresse")
          .check("creation:roles:2")
          .click("creation:creer");
      assertThat(browser.text("creation:courriel-erreur"))
          .contains("Inscrivez une adresse courriel valide.");
      browser.type("creation:courriel", email).click("creation:creer");
      browser.screenshot("agents-operateur-cree");
      assertThat(browser.main()).contains("L'agent a été créé.", email);

      String activation = awaitEmail(email, "Activation de votre compte utilisateur");
      assertThat(activation).contains("Votre nom d'utilisateur est votre adresse courriel");
      Matcher link = LINK.matcher(activation.replace("=\r\n", "").replace("=3D", "="));
      assertThat(link.find()).isTrue();
      operator.open(link.group(1));
      operator
          .type("reinit:nouveau", "Tulipe-Rouge-47!")
          .type("reinit:confirmation", "Tulipe-Rouge-47!")
          .click("reinit:enregistrer");
      assertThat(operator.main()).contains("Votre compte a été mis à jour.");

      // The first login: the e-mailed code, then the enrolment before any other page.

      int mark = Mailbox.mark(email);
      operator.signIn(email, "Tulipe-Rouge-47!");
      operator
          .type("securite:code", Mailbox.awaitSecurityCode(email, mark))
          .click("securite:soumettre");
      assertThat(operator.path()).isEqualTo("/app/authentificateur.xhtml");
      operator.open("/app/operations/index.xhtml");
      assertThat(operator.path())
          .as("no other page before the enrolment")
          .isEqualTo("/app/authentificateur.xhtml");
      operator.screenshot("authentificateur-activation");
      assertThat(operator.main()).contains("Votre rôle exige une application d'authentification.");
      assertThat(operator.attribute("qr", "src")).startsWith("data:image/png;base64,");
      assertThat(operator.text("secret")).matches("([A-Z2-7]{4} ){7}[A-Z2-7]{4}");
      operator.type("activation:code", "000000").click("activation:confirmer");
      assertThat(operator.text("activation:code-erreur")).contains("Le code est invalide.");
      BrowserTesting.enrolAuthenticator(operator, email);
      operator.screenshot("authentificateur-codes-recuperation");
      assertThat(operator.main()).contains("Codes de récupération");
      assertThat(operator.textCss("ul.recovery-codes"))
          .matches("(?s)([a-z2-9]{5}-[a-z2-9]{5}\\s*){10}");
      assertThat(awaitEmail(email, "Application d'authentification activée")).contains("UTC");

      operator.click("continuer");
      operator.open("/app/operations/index.xhtml");
      assertThat(operator.path()).isEqualTo("/app/operations/index.xhtml");
      assertThat(operator.title()).doesNotContain("Accès refusé");
    }
    // The next login asks the app's code, not an e-mailed one.
    try (Browser again = new Browser(base)) {
      assertThat(signIn(again, olivier)).isTrue();
      again.open("/app/operations/index.xhtml");
      assertThat(again.path()).isEqualTo("/app/operations/index.xhtml");
      again.screenshot("operateur-console");
    }
  }

  @Test
  @DisplayName(
      "R-C8: central cannot remove the last central agent (deactivation confirmed first) nor"
          + " change their own roles")
  void lastCentralAgentStays() throws Exception {
    Person central = TestPeople.agent("Nadia", "Lavoie", InternalRole.AGENT_CENTRAL);
    List<Long> others = leaveOnlyCentral(central.id());
    try (Browser browser = new Browser(base)) {
      assertThat(signIn(browser, central)).isTrue();
      browser.open("/app/central/agents.xhtml");
      browser.clickCss("input[data-agent='" + central.email() + "'][id$='desactiver']");
      browser.screenshot("agents-confirmation-desactivation");
      assertThat(browser.main())
          .contains("Voulez-vous vraiment désactiver le compte de Nadia Lavoie");
      browser.click("confirmer-desactivation:desactiver");
      assertThat(browser.main())
          .contains("Cet agent est le dernier agent actif du Groupe central de la sécurité");

      String own = "[data-agent='" + central.email() + "']";
      browser.script(
          "document.querySelector(\""
              + own
              + " input[value='OPERATEUR'], input"
              + own
              + "[value='OPERATEUR']\").click()");
      browser.clickCss("input[data-agent='" + central.email() + "'][id$='modifier-roles']");
      assertThat(browser.main()).contains("Vous ne pouvez pas modifier vos propres rôles.");
      browser.open("/app/accueil.xhtml");
      assertThat(browser.path())
          .as("still signed in, still central")
          .isEqualTo("/app/accueil.xhtml");
      assertThat(browser.main()).contains("Agents du ministère");
    } finally {
      restore(others);
    }
  }

  @Test
  @DisplayName("R-C8: an agent changes their own password from the menu")
  void agentChangesOwnPassword() throws Exception {
    Person staff = TestPeople.agent("Julie", "Morin", InternalRole.PERSONNEL);
    try (Browser browser = new Browser(base)) {
      assertThat(signIn(browser, staff)).isTrue();
      browser.open("/app/accueil.xhtml");
      assertThat(browser.exists("desactiver-code")).as("partner users only").isFalse();
      browser.click("modifier-mot-de-passe");
      assertThat(browser.path()).isEqualTo("/app/mot-de-passe.xhtml");
      browser
          .type("changement:actuel", staff.password())
          .type("changement:nouveau", "Pivoine-Bleue-83!")
          .type("changement:confirmation", "Pivoine-Bleue-83!")
          .click("changement:enregistrer");
      browser.screenshot("agent-mot-de-passe-modifie");
      assertThat(browser.main()).contains("Votre mot de passe a été mis à jour.");
    }
    try (Browser again = new Browser(base)) {
      assertThat(signIn(again, staff, "Pivoine-Bleue-83!")).isTrue();
    }
  }

  /** Makes every other Actif central agent Inactif for the test; returns them. */
  private static List<Long> leaveOnlyCentral(long kept) throws Exception {
    List<Long> others = new ArrayList<>();
    try (Connection db = TestPeople.connect();
        PreparedStatement query =
            db.prepareStatement(
                "SELECT a.id FROM user_account a JOIN account_role r ON r.account_id = a.id"
                    + " WHERE r.role = 'AGENT_CENTRAL' AND a.state = 'ACTIF' AND a.id <> ?")) {
      query.setLong(1, kept);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          others.add(rows.getLong(1));
        }
      }
      for (long id : others) {
        TestPeople.update(db, "UPDATE user_account SET state = 'INACTIF' WHERE id = ?", id);
      }
    }
    return others;
  }

  private static void restore(List<Long> ids) throws Exception {
    try (Connection db = TestPeople.connect()) {
      for (long id : ids) {
        TestPeople.update(db, "UPDATE user_account SET state = 'ACTIF' WHERE id = ?", id);
      }
    }
  }
}
