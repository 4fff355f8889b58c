package ca.qc.portail.web;

import static ca.qc.portail.web.Mailbox.awaitEmail;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The real WAR (as run.sh deploys it) on Payara Micro and PostgreSQL with the demo data, walked
 * through in headless Chromium and over plain HTTP. Runs first of the browser tests (see {@link
 * BrowserTesting}).
 */
class PortailWarIT extends BrowserTesting {
  @Test
  @DisplayName("GET /health/ready answers 200 once deployed with the database reachable")
  void readiness() throws Exception {
    HttpResponse<String> response = get("/health/ready");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("UP");
  }

  @Test
  @DisplayName(
      "R-L7: a protected page without a session leads to the login page; temporary HttpOnly SameSite cookie")
  void protectedPageRedirectsToLogin() throws Exception {
    HttpResponse<String> home = get("/app/accueil.xhtml");
    HttpResponse<String> login = get("/connexion.xhtml");

    assertThat(home.statusCode()).isEqualTo(302);
    assertThat(home.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/connexion.xhtml"));
    assertThat(login.headers().allValues("Set-Cookie"))
        .anySatisfy(
            c ->
                assertThat(c)
                    .contains("PORTAIL_SESSION=", "HttpOnly", "SameSite=Lax")
                    .doesNotContain("Expires", "Max-Age"));
    assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("DENY");
  }

  @Test
  @DisplayName("The developer's mailbox does not exist when e-mails are not captured")
  void devMailboxAbsentWithoutCapture() throws Exception {
    assertThat(get("/dev/courriels.xhtml").statusCode()).isEqualTo(404);
  }

  @Test
  @DisplayName("R-L1/R-L6: the demo principal officer signs in and sees the home page")
  void principalOfficerSeesHomePage() throws Exception {
    try (Browser browser = new Browser(base)) {
      signIn(browser, "jlabonte", DEMO_PASSWORD);
      browser.screenshot("accueil-responsable-principal");

      assertThat(browser.path()).isEqualTo("/app/accueil.xhtml");
      String page = browser.main();
      assertThat(page).contains("Bonjour Joseph Labonté");
      assertThat(page)
          .containsPattern(
              "Le dernier accès aux services à l'intention des partenaires a été le \\d{1,2}(er)? \\p{L}+ \\d{4}\\.");
      assertThat(page)
          .containsPattern("Votre compte ne sera plus valide le \\d{1,2}(er)? \\p{L}+ \\d{4}\\.");
      assertThat(page)
          .contains("CÉGEP DE SHERBROOKE", "Mesure de formation", "Mesures SAE, PPE, ...");
      assertThat(page).doesNotContain("Facturation en ligne");
    }
  }

  @Test
  @DisplayName(
      "R-L4: the security code step: a wrong code is refused at its field, the right one signs in")
  void securityCodeStep() throws Exception {
    try (Browser browser = new Browser(base)) {
      int mark = Mailbox.mark(emailOf("rdespres"));
      browser.signIn("rdespres", DEMO_PASSWORD);
      assertThat(browser.path()).isEqualTo("/code-de-securite.xhtml");
      assertThat(browser.main())
          .contains("rdespres", "Redémarrer la connexion", "Code de sécurité");
      assertThat(browser.attribute("securite:soumettre", "value")).isEqualTo("Soumettre");
      assertThat(browser.attribute("securite:reenvoyer", "value")).isEqualTo("Réenvoyer le code");
      assertThat(browser.attribute("securite:annuler", "value")).isEqualTo("Annuler");
      String code = Mailbox.awaitSecurityCode(emailOf("rdespres"), mark);
      browser.screenshot("code-de-securite");

      browser
          .type("securite:code", code.equals("000000") ? "111111" : "000000")
          .click("securite:soumettre");
      assertThat(browser.text("securite:code-erreur"))
          .isEqualTo("Le code de sécurité est invalide.");

      browser.type("securite:code", code).click("securite:soumettre");
      assertThat(browser.path()).isEqualTo("/app/accueil.xhtml");
      assertThat(browser.main()).contains("Bonjour Rose Des Prés");
    }
  }

  @Test
  @DisplayName("R-L4: *Annuler* at the code step cancels the login")
  void cancelAtCodeStep() {
    try (Browser browser = new Browser(base)) {
      browser.signIn("agirard", DEMO_PASSWORD).click("securite:annuler");

      assertThat(browser.path()).isEqualTo("/connexion.xhtml");
      browser.open("/app/accueil.xhtml");
      assertThat(browser.path()).isEqualTo("/connexion.xhtml");
    }
  }

  @Test
  @DisplayName("R-M1: the agreement list of a section shown in the menu, and logout")
  void agreementListAndLogout() throws Exception {
    try (Browser browser = new Browser(base)) {
      signIn(browser, "jlabonte", DEMO_PASSWORD);
      browser.open("/app/ententes.xhtml?section=FORMATION");

      assertThat(browser.main()).contains("Liste des contrats/ententes", "MFOR-2026-0142");

      browser.click("sortie:deconnexion");
      assertThat(browser.path()).startsWith("/connexion.xhtml");
      assertThat(browser.main()).contains("Vous êtes déconnecté.");
      browser.open("/app/accueil.xhtml");
      assertThat(browser.path()).isEqualTo("/connexion.xhtml");
    }
  }

  @Test
  @DisplayName("R-M1: a section the menu does not show is refused on the server")
  void sectionNotInMenuIsRefused() throws Exception {
    try (Browser browser = new Browser(base)) {
      signIn(browser, "jlabonte", DEMO_PASSWORD);
      browser.open("/app/ententes.xhtml?section=FACTURATION");

      assertThat(browser.main()).contains("Accès refusé").doesNotContain("SS-2026-3310");
    }
  }

  @Test
  @DisplayName("R-L5: the demo expired account gets the expiry message")
  void expiredAccountMessage() {
    try (Browser browser = new Browser(base)) {
      browser.signIn("pbouchard", DEMO_PASSWORD);
      browser.screenshot("connexion-compte-expire");

      assertThat(browser.path()).startsWith("/connexion.xhtml");
      assertThat(browser.text("connexion:messages"))
          .contains("Votre compte utilisateur web est expiré. La date d'expiration est atteinte.")
          .contains("responsable de la sécurité de votre organisme");
    }
  }

  @Test
  @DisplayName("R-L5: the demo inactive account is told whom to contact")
  void inactiveAccountMessage() {
    try (Browser browser = new Browser(base)) {
      browser.signIn("lcote", DEMO_PASSWORD);

      assertThat(browser.text("connexion:messages"))
          .contains("Votre compte utilisateur web est inactif.")
          .contains("équipe de soutien");
    }
  }

  @Test
  @DisplayName("R-L1: a wrong password gets the one generic message")
  void wrongPasswordGenericMessage() {
    try (Browser browser = new Browser(base)) {
      browser.signIn("jlabonte", "Pas-le-bon-1");

      assertThat(browser.text("connexion:messages"))
          .isEqualTo("Nom d'utilisateur ou mot de passe invalide.");
    }
  }

  @ParameterizedTest
  @DisplayName("Bad input in the login fields: the generic message, never an error page")
  @ValueSource(
      strings = {
        "' OR 1=1; DROP TABLE user_account; --",
        "<img src=x onerror=alert(1)>",
        "Élève-àccentué-ÇÉ",
        "\u0007cloche\u0001",
        "ｊｌａｂｏｎｔｅ"
      })
  void badInputGivesGenericMessage(String typed) {
    try (Browser browser = new Browser(base)) {
      browser
          .open("/connexion.xhtml")
          .force("connexion:login", typed)
          .type("connexion:password", typed);
      browser.click("connexion:entrer");

      assertThat(browser.text("connexion:messages"))
          .isEqualTo("Nom d'utilisateur ou mot de passe invalide.");
      assertThat(browser.title()).startsWith("Accédez à votre compte");
    }
  }

  @Test
  @DisplayName("Bad input: values far past the field limits give the generic message")
  void overlongInputGivesGenericMessage() {
    try (Browser browser = new Browser(base)) {
      browser
          .open("/connexion.xhtml")
          .force("connexion:login", "a".repeat(5_000))
          .force("connexion:password", "b".repeat(20_000))
          .click("connexion:entrer");

      assertThat(browser.text("connexion:messages"))
          .isEqualTo("Nom d'utilisateur ou mot de passe invalide.");
    }
  }

  @Test
  @DisplayName("Accessibility: empty fields are announced and tied to their field")
  void emptyFieldsHaveFieldMessages() {
    try (Browser browser = new Browser(base)) {
      browser.open("/connexion.xhtml").click("connexion:entrer");

      assertThat(browser.text("connexion:login-erreur"))
          .isEqualTo("Inscrivez votre nom d'utilisateur ou votre courriel.");
      assertThat(browser.text("connexion:password-erreur"))
          .isEqualTo("Inscrivez votre mot de passe.");
      assertThat(browser.attribute("connexion:login", "aria-invalid")).isEqualTo("true");
      assertThat(browser.attribute("connexion:login", "aria-describedby"))
          .isEqualTo("connexion:login-erreur");
    }
  }

  @Test
  @DisplayName("R-L8: forgot password → e-mailed link → new password → login with it")
  void forgotPasswordFlow() throws Exception {
    String email = "simon.lapointe@partenaire1143214567.example";
    try (Browser browser = new Browser(base)) {
      browser.open("/connexion.xhtml").clickLink("Mot de passe oublié ?");
      assertThat(browser.main())
          .contains("Mot de passe oublié ?", "Entrez votre nom d'utilisateur");
      browser.type("oubli:login", email).click("oubli:soumettre");
      assertThat(browser.main())
          .contains(
              "Des informations supplémentaires vous seront transmises sous peu par courriel.");

      String body = awaitEmail(email, "Réinitialisation du mot de passe");
      Matcher link =
          Pattern.compile("(/nouveau-mot-de-passe\\.xhtml\\?jeton=[A-Za-z0-9_-]+)")
              .matcher(body.replace("=\r\n", "").replace("=3D", "="));
      assertThat(link.find()).isTrue();

      browser.open(link.group(1));
      assertThat(browser.path()).isEqualTo("/nouveau-mot-de-passe.xhtml");
      assertThat(browser.main())
          .contains("Vous devez modifier votre mot de passe.", "huit caractères minimum");

      browser
          .type("reinit:nouveau", "court")
          .type("reinit:confirmation", "autre")
          .click("reinit:enregistrer");
      assertThat(browser.text("reinit:nouveau-erreur")).contains("au moins une majuscule");
      assertThat(browser.text("reinit:confirmation-erreur")).contains("ne sont pas identiques");

      browser
          .type("reinit:nouveau", "Tulipe-Rouge-47!")
          .type("reinit:confirmation", "Tulipe-Rouge-47!")
          .click("reinit:enregistrer");
      browser.screenshot("mot-de-passe-mis-a-jour");
      assertThat(browser.main()).contains("Votre compte a été mis à jour.");

      signIn(browser, "slapointe", "Tulipe-Rouge-47!");
      assertThat(browser.main()).contains("Bonjour Simon Lapointe");
    }
  }

  @Test
  @DisplayName("R-P3/R-P5: *Modifier votre mot de passe*, then the once-a-day refusal")
  void changePasswordOnceADay() throws Exception {
    try (Browser browser = new Browser(base)) {
      signIn(browser, "gcaron", DEMO_PASSWORD);
      browser.clickLink("Modifier votre mot de passe");
      browser
          .type("changement:actuel", DEMO_PASSWORD)
          .type("changement:nouveau", "Pivoine-Bleue-83!")
          .type("changement:confirmation", "Pivoine-Bleue-83!")
          .click("changement:enregistrer");
      browser.screenshot("mot-de-passe-modifie");
      assertThat(browser.main()).contains("Votre mot de passe a été mis à jour.");
      assertThat(awaitEmail(emailOf("gcaron"), "Modification de votre mot de passe")).isNotEmpty();

      browser.open("/app/mot-de-passe.xhtml");
      browser
          .type("changement:actuel", "Pivoine-Bleue-83!")
          .type("changement:nouveau", "Lilas-Mauve-2026!")
          .type("changement:confirmation", "Lilas-Mauve-2026!")
          .click("changement:enregistrer");
      assertThat(browser.main()).contains("une fois par jour");
    }
  }

  @Test
  @DisplayName("R-D1/R-D2: self-deactivation with its confirmation page; the officers are e-mailed")
  void selfDeactivation() throws Exception {
    try (Browser browser = new Browser(base)) {
      signIn(browser, "fdubois", DEMO_PASSWORD);
      browser.clickLink("Désactiver votre code d'utilisateur");
      browser.click("desactivation:continuer");
      assertThat(browser.main()).doesNotContain("Voulez-vous toujours");

      browser
          .type("desactivation:motDePasse", DEMO_PASSWORD)
          .select("desactivation:raison", "Départ volontaire")
          .click("desactivation:continuer");
      assertThat(browser.main())
          .contains(
              "Vous avez demandé de désactiver votre code d'utilisateur. Voulez-vous toujours le"
                  + " désactiver ?");
      browser.click("confirmation:desactiver");
      browser.screenshot("code-desactive");
      assertThat(browser.main()).contains("Votre code d'utilisateur a été désactivé.");
      assertThat(
              awaitEmail(emailOf("jlabonte"), "Code d'utilisateur désactivé dans votre organisme"))
          .contains("(fdu)");

      browser.signIn("fdubois", DEMO_PASSWORD);
      assertThat(browser.text("connexion:messages")).contains("inactif");
    }
  }

  @Test
  @DisplayName("R-A5–R-A7: registration code e-mail → Inscription → fiche → success → first login")
  void inscriptionThenFirstLogin() throws Exception {
    String email = "nathalie.pelletier@partenaire1143214567.example";
    Matcher code =
        Pattern.compile("Votre code d'enregistrement est : ([A-Z0-9]+)")
            .matcher(awaitEmail(email, "Votre code d'enregistrement"));
    assertThat(code.find()).isTrue();
    try (Browser browser = new Browser(base)) {
      browser.open("/connexion.xhtml").clickLink("Code d'enregistrement");
      assertThat(browser.main()).contains("Inscription", "Vous avez un code d'enregistrement");

      browser
          .type("inscription:code", code.group(1))
          .type("inscription:nas", "99922")
          .click("inscription:continuer");
      assertThat(browser.text("inscription:nas-erreur")).isNotBlank();

      browser
          .type("inscription:code", code.group(1))
          .type("inscription:nas", "999222")
          .click("inscription:continuer");
      assertThat(browser.main())
          .contains("Votre fiche d'identification", "999 222", "CÉGEP DE SHERBROOKE");

      browser
          .type("fiche:codeUtilisateur", "pelletier1")
          .type("fiche:nouveau", "Erable-Rouge-58!")
          .type("fiche:confirmation", "Erable-Rouge-58!")
          .click("fiche:enregistrer");
      assertThat(browser.text("fiche:codeUtilisateur-erreur")).isNotBlank();

      browser
          .type("fiche:codeUtilisateur", "npel2026")
          .type("fiche:nouveau", "Erable-Rouge-58!")
          .type("fiche:confirmation", "Erable-Rouge-58!")
          .click("fiche:enregistrer");
      browser.screenshot("inscription-reussie");
      assertThat(browser.main()).contains("Enregistrement fait avec succès");
    }
    remember("npel2026", email);
    try (Browser browser = new Browser(base)) {
      signIn(browser, "npel2026", "Erable-Rouge-58!");
      assertThat(browser.main()).contains("Bonjour Nathalie Pelletier");
    }
  }

  @Test
  @DisplayName("R-L8: a forged reset link shows that the link is no longer valid")
  void forgedResetLink() {
    try (Browser browser = new Browser(base)) {
      browser.open("/nouveau-mot-de-passe.xhtml?jeton=forge");

      assertThat(browser.main()).contains("Ce lien de réinitialisation n'est plus valide");
    }
  }

  @Test
  @DisplayName("French first, and the English switch translates the pages")
  void englishSwitchTranslates() throws Exception {
    try (Browser browser = new Browser(base)) {
      browser.open("/connexion.xhtml");
      assertThat(browser.lang()).isEqualTo("fr");
      assertThat(browser.main())
          .contains("Accédez à votre compte", "Nom d'utilisateur ou courriel");

      browser.clickLink("English");
      browser.screenshot("login-english");
      assertThat(browser.lang()).isEqualTo("en");
      assertThat(browser.main()).contains("Access your account", "User name or e-mail");

      int mark = Mailbox.mark(emailOf("jlabonte"));
      browser.type("connexion:login", "jlabonte").type("connexion:password", DEMO_PASSWORD);
      browser.click("connexion:entrer");
      assertThat(browser.main()).contains("Security code", "Restart the login");
      browser
          .type("securite:code", Mailbox.awaitSecurityCode(emailOf("jlabonte"), mark))
          .click("securite:soumettre");
      assertThat(browser.main())
          .contains("Hello Joseph Labonté", "Your account will no longer be valid on");

      // The choice is recorded: the next login, in a new browser session, is in English.
      browser.click("menu-sortie:sortir");
    }
    try (Browser browser = new Browser(base)) {
      signIn(browser, "jlabonte", DEMO_PASSWORD);
      assertThat(browser.lang()).isEqualTo("en");
      assertThat(browser.main()).contains("Hello Joseph Labonté");

      browser.clickLink("Français");
      assertThat(browser.main()).contains("Bonjour Joseph Labonté");
    }
  }

  @Test
  @DisplayName("R-L3: 5 failures → the lock message, even with the right password, and the e-mail")
  void fiveFailuresLock() throws Exception {
    try (Browser browser = new Browser(base)) {
      for (int attempt = 1; attempt <= 5; attempt++) {
        browser.signIn("hleblanc", "Pas-le-bon-" + attempt + "!");
        assertThat(browser.text("connexion:messages"))
            .as("attempt %d", attempt)
            .isEqualTo("Nom d'utilisateur ou mot de passe invalide.");
      }
      browser.signIn("hleblanc", DEMO_PASSWORD);
      browser.screenshot("connexion-verrouille");

      assertThat(browser.path()).startsWith("/connexion.xhtml");
      assertThat(browser.text("connexion:messages"))
          .contains("Nous constatons que vous avez fait plusieurs tentatives de connexion.")
          .contains("vous recevrez un courriel avec les instructions");
      assertThat(awaitEmail(emailOf("hleblanc"), "Compte verrouillé"))
          .contains("15 minutes")
          .contains("mot-de-passe-oublie.xhtml");
    }
  }

  @Test
  @DisplayName("R-P4: a temporary password leads to the change page before anything else")
  void temporaryPasswordForcedChange() throws Exception {
    try (Browser browser = new Browser(base)) {
      signIn(browser, "ebeaulieu", "Temporaire-2026!");
      browser.screenshot("mot-de-passe-temporaire");

      assertThat(browser.path()).startsWith("/app/mot-de-passe.xhtml");
      assertThat(browser.main())
          .contains("Votre mot de passe est temporaire. Vous devez le modifier.");
      assertThat(browser.exists("changement:actuel"))
          .as("the current password is filled in and hidden, not asked again")
          .isFalse();

      browser.open("/app/accueil.xhtml");
      assertThat(browser.path())
          .as("every other page leads back to the change page")
          .startsWith("/app/mot-de-passe.xhtml");

      browser
          .type("changement:nouveau", "Hibiscus-Jaune-61!")
          .type("changement:confirmation", "Hibiscus-Jaune-61!")
          .click("changement:enregistrer");
      assertThat(browser.main()).contains("Votre mot de passe a été mis à jour.");
      browser.clickLink("Continuer");
      assertThat(browser.main()).contains("Bonjour Émilie Beaulieu");
    }
  }
}
