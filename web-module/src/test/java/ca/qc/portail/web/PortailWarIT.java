package ca.qc.portail.web;

import static ca.qc.portail.account.Profile.RESPONSABLE_AUXILIAIRE;
import static ca.qc.portail.account.Profile.RESPONSABLE_PRINCIPAL;
import static ca.qc.portail.account.Profile.UTILISATEUR_ENTREPRISE;
import static ca.qc.portail.account.Profile.UTILISATEUR_INDIVIDUS;
import static ca.qc.portail.partner.MeasureFamily.EMPLOYABILITE;
import static ca.qc.portail.partner.MeasureFamily.FACTURATION;
import static ca.qc.portail.partner.MeasureFamily.FORMATION;
import static ca.qc.portail.web.Mailbox.awaitEmail;
import static ca.qc.portail.web.TestPeople.today;
import static org.assertj.core.api.Assertions.assertThat;

import ca.qc.portail.audit.AuditEvent;
import ca.qc.portail.registration.RegistrationCodes;
import ca.qc.portail.web.TestPeople.Partner;
import ca.qc.portail.web.TestPeople.Person;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The real WAR (as run.sh deploys it) on Payara Micro and PostgreSQL, walked through in headless
 * Chromium and over plain HTTP: signing in, the home page, passwords, self-deactivation and
 * registration, each test with a partner and people of its own.
 */
class PortailWarIT extends BrowserTesting {

  /**
   * A partner with agreements in training and employability, as the CÉGEP of the seeds, with an
   * Actif auxiliary officer (so central's dashboard does not list it: see {@link
   * WebCentralConsoleIT}).
   */
  private static Partner cegep() {
    Partner cegep = TestPeople.partner("CÉGEP DE SHERBROOKE", FORMATION, EMPLOYABILITE);
    TestPeople.user(cegep, "Rose", "Des Prés", RESPONSABLE_AUXILIAIRE);
    return cegep;
  }

  /** An Actif user of the Individus services of a partner of its own. */
  private static Person user(String firstName, String lastName) {
    return TestPeople.user(cegep(), firstName, lastName, UTILISATEUR_INDIVIDUS);
  }

  @Test
  @DisplayName("GET /health/ready answers 200 once deployed with the database reachable")
  void readiness() throws Exception {
    HttpResponse<String> response = get("/health/ready");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("UP");
  }

  @Test
  @DisplayName(
      "R-L7: a protected page without a session leads to the login page, which opens no session")
  void protectedPageRedirectsToLogin() throws Exception {
    HttpResponse<String> home = get("/app/accueil.xhtml");
    HttpResponse<String> login = get("/connexion.xhtml");

    assertThat(home.statusCode()).isEqualTo(302);
    assertThat(home.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/connexion.xhtml"));
    // Finding #14 of issue 12: reading the login page opens no session (the session cookie's
    // attributes are checked where a login opens one: WebHardeningIT).
    assertThat(login.headers().allValues("Set-Cookie")).isEmpty();
    assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("DENY");
  }

  @Test
  @DisplayName("The developer's mailbox does not exist when e-mails are not captured")
  void devMailboxAbsentWithoutCapture() throws Exception {
    assertThat(get("/dev/courriels.xhtml").statusCode()).isEqualTo(404);
  }

  @Test
  @DisplayName("R-L1/R-L6: a principal officer signs in and sees the home page")
  void principalOfficerSeesHomePage() throws Exception {
    Partner cegep = cegep();
    Person officer =
        TestPeople.person(cegep, "Joseph", "Labonté")
            .profiles(RESPONSABLE_PRINCIPAL, UTILISATEUR_INDIVIDUS)
            .lastAccess(Duration.ofDays(3))
            .create();
    try (Browser browser = new Browser(base)) {
      signIn(browser, officer);
      browser.screenshot("accueil-responsable-principal");

      assertThat(browser.path()).isEqualTo("/app/accueil.xhtml");
      String page = browser.main();
      assertThat(page).contains("Bonjour Joseph Labonté");
      assertThat(page)
          .containsPattern(
              "Le dernier accès aux services à l'intention des partenaires a été le \\d{1,2}(er)? \\p{L}+ \\d{4}\\.");
      assertThat(page)
          .containsPattern("Votre compte ne sera plus valide le \\d{1,2}(er)? \\p{L}+ \\d{4}\\.");
      assertThat(page).contains(cegep.name(), "Mesure de formation", "Mesures SAE, PPE, ...");
      assertThat(page).doesNotContain("Facturation en ligne");
    }
  }

  @Test
  @DisplayName(
      "R-L4: the security code step: a wrong code is refused at its field, the right one signs in")
  void securityCodeStep() throws Exception {
    Person rose = TestPeople.user(cegep(), "Rose", "Des Prés", RESPONSABLE_AUXILIAIRE);
    try (Browser browser = new Browser(base)) {
      int mark = Mailbox.mark(rose.email());
      browser.signIn(rose.code(), rose.password());
      assertThat(browser.path()).isEqualTo("/code-de-securite.xhtml");
      assertThat(browser.main())
          .contains(rose.code(), "Redémarrer la connexion", "Code de sécurité");
      assertThat(browser.attribute("securite:soumettre", "value")).isEqualTo("Soumettre");
      assertThat(browser.attribute("securite:reenvoyer", "value")).isEqualTo("Réenvoyer le code");
      assertThat(browser.attribute("securite:annuler", "value")).isEqualTo("Annuler");
      String code = Mailbox.awaitSecurityCode(rose.email(), mark);
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
    Person andre = user("André", "Girard");
    try (Browser browser = new Browser(base)) {
      browser.signIn(andre.code(), andre.password()).click("securite:annuler");

      assertThat(browser.path()).isEqualTo("/connexion.xhtml");
      browser.open("/app/accueil.xhtml");
      assertThat(browser.path()).isEqualTo("/connexion.xhtml");
    }
  }

  @Test
  @DisplayName("R-M1: the agreement list of a section shown in the menu, and logout")
  void agreementListAndLogout() throws Exception {
    Partner cegep = cegep();
    Person officer = TestPeople.principalOfficer(cegep, "Joseph", "Labonté");
    try (Browser browser = new Browser(base)) {
      signIn(browser, officer);
      browser.open("/app/ententes.xhtml?section=FORMATION");

      assertThat(browser.main())
          .contains("Liste des contrats/ententes", cegep.agreements().get(FORMATION));

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
    Partner billing = TestPeople.partner("9301-9461 Québec inc.", FACTURATION);
    TestPeople.principalOfficer(billing, "André", "Girard");
    TestPeople.user(billing, "Paul", "Roy", UTILISATEUR_ENTREPRISE);
    Person officer = TestPeople.principalOfficer(cegep(), "Joseph", "Labonté");
    try (Browser browser = new Browser(base)) {
      signIn(browser, officer);
      browser.open("/app/ententes.xhtml?section=FACTURATION");

      assertThat(browser.main())
          .contains("Accès refusé")
          .doesNotContain(billing.agreements().get(FACTURATION));
    }
  }

  @Test
  @DisplayName("R-L5: an expired account gets the expiry message")
  void expiredAccountMessage() {
    Person expired =
        TestPeople.person(cegep(), "Pierre", "Bouchard")
            .profiles(UTILISATEUR_INDIVIDUS)
            .expiry(today().minusDays(10))
            .state("EXPIRE", "Date d'expiration atteinte", AuditEvent.SYSTEM, Duration.ofDays(10))
            .create();
    try (Browser browser = new Browser(base)) {
      browser.signIn(expired.code(), expired.password());
      browser.screenshot("connexion-compte-expire");

      assertThat(browser.path()).startsWith("/connexion.xhtml");
      assertThat(browser.text("connexion:messages"))
          .contains("Votre compte utilisateur web est expiré. La date d'expiration est atteinte.")
          .contains("responsable de la sécurité de votre organisme");
    }
  }

  @Test
  @DisplayName("R-L5: an inactive account is told whom to contact")
  void inactiveAccountMessage() {
    Person inactive =
        TestPeople.person(cegep(), "Luc", "Côté")
            .profiles(UTILISATEUR_INDIVIDUS)
            .state("INACTIF", "Départ volontaire", "Rose Des Prés", Duration.ofDays(5))
            .create();
    try (Browser browser = new Browser(base)) {
      browser.signIn(inactive.code(), inactive.password());

      assertThat(browser.text("connexion:messages"))
          .contains("Votre compte utilisateur web est inactif.")
          .contains("équipe de soutien");
    }
  }

  @Test
  @DisplayName("R-L1: a wrong password gets the one generic message")
  void wrongPasswordGenericMessage() {
    Person joseph = user("Joseph", "Labonté");
    try (Browser browser = new Browser(base)) {
      browser.signIn(joseph.code(), "Pas-le-bon-1");

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
        // Control characters are refused at the field instead (finding #13 of issue 12):
        // WebThrottlingIT.controlCharacterRefusedAtTheField.
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
    Person simon = user("Simon", "Lapointe");
    String email = simon.email();
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

      signIn(browser, simon, "Tulipe-Rouge-47!");
      assertThat(browser.main()).contains("Bonjour Simon Lapointe");
    }
  }

  @Test
  @DisplayName("R-P3/R-P5: *Modifier votre mot de passe*, then the once-a-day refusal")
  void changePasswordOnceADay() throws Exception {
    Person genevieve = user("Geneviève", "Caron");
    try (Browser browser = new Browser(base)) {
      signIn(browser, genevieve);
      browser.clickLink("Modifier votre mot de passe");
      browser
          .type("changement:actuel", genevieve.password())
          .type("changement:nouveau", "Pivoine-Bleue-83!")
          .type("changement:confirmation", "Pivoine-Bleue-83!")
          .click("changement:enregistrer");
      browser.screenshot("mot-de-passe-modifie");
      assertThat(browser.main()).contains("Votre mot de passe a été mis à jour.");
      assertThat(awaitEmail(genevieve.email(), "Modification de votre mot de passe")).isNotEmpty();

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
    Partner cegep = cegep();
    Person officer = TestPeople.principalOfficer(cegep, "Joseph", "Labonté");
    Person francois = TestPeople.user(cegep, "François", "Dubois", UTILISATEUR_INDIVIDUS);
    try (Browser browser = new Browser(base)) {
      signIn(browser, francois);
      browser.clickLink("Désactiver votre code d'utilisateur");
      browser.click("desactivation:continuer");
      assertThat(browser.main()).doesNotContain("Voulez-vous toujours");

      browser
          .type("desactivation:motDePasse", francois.password())
          .select("desactivation:raison", "Départ volontaire")
          .click("desactivation:continuer");
      assertThat(browser.main())
          .contains(
              "Vous avez demandé de désactiver votre code d'utilisateur. Voulez-vous toujours le"
                  + " désactiver ?");
      browser.click("confirmation:desactiver");
      browser.screenshot("code-desactive");
      assertThat(browser.main()).contains("Votre code d'utilisateur a été désactivé.");
      assertThat(awaitEmail(officer.email(), "Code d'utilisateur désactivé dans votre organisme"))
          .contains("(" + francois.shortCode() + ")");

      browser.signIn(francois.code(), francois.password());
      assertThat(browser.text("connexion:messages")).contains("inactif");
    }
  }

  @Test
  @DisplayName("R-A5–R-A7: registration code → Inscription → fiche → success → first login")
  void inscriptionThenFirstLogin() throws Exception {
    Partner cegep = cegep();
    Person nathalie =
        TestPeople.person(cegep, "Nathalie", "Pelletier")
            .profiles(UTILISATEUR_INDIVIDUS)
            .pending()
            .create();
    String code = nathalie.registrationCode();
    String sin = nathalie.partialSin();
    String chosen = "npel" + TestPeople.unique();
    try (Browser browser = new Browser(base)) {
      browser.open("/connexion.xhtml").clickLink("Code d'enregistrement");
      assertThat(browser.main()).contains("Inscription", "Vous avez un code d'enregistrement");

      browser
          .type("inscription:code", code)
          .type("inscription:nas", sin.substring(1))
          .click("inscription:continuer");
      assertThat(browser.text("inscription:nas-erreur")).isNotBlank();

      browser
          .type("inscription:code", code)
          .type("inscription:nas", sin)
          .click("inscription:continuer");
      assertThat(browser.main())
          .contains("Votre fiche d'identification", RegistrationCodes.display(sin), cegep.name());

      browser
          .type("fiche:codeUtilisateur", "pelletier1")
          .type("fiche:nouveau", "Erable-Rouge-58!")
          .type("fiche:confirmation", "Erable-Rouge-58!")
          .click("fiche:enregistrer");
      assertThat(browser.text("fiche:codeUtilisateur-erreur")).isNotBlank();

      browser
          .type("fiche:codeUtilisateur", chosen)
          .type("fiche:nouveau", "Erable-Rouge-58!")
          .type("fiche:confirmation", "Erable-Rouge-58!")
          .click("fiche:enregistrer");
      browser.screenshot("inscription-reussie");
      assertThat(browser.main()).contains("Enregistrement fait avec succès");
    }
    try (Browser browser = new Browser(base)) {
      signIn(browser, nathalie.registered(chosen, "Erable-Rouge-58!"));
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
    Person joseph = TestPeople.principalOfficer(cegep(), "Joseph", "Labonté");
    try (Browser browser = new Browser(base)) {
      browser.open("/connexion.xhtml");
      assertThat(browser.lang()).isEqualTo("fr");
      assertThat(browser.main())
          .contains("Accédez à votre compte", "Nom d'utilisateur ou courriel");

      browser.click("langue");
      browser.screenshot("login-english");
      assertThat(browser.lang()).isEqualTo("en");
      assertThat(browser.main()).contains("Access your account", "User name or e-mail");

      int mark = Mailbox.mark(joseph.email());
      browser.type("connexion:login", joseph.code()).type("connexion:password", joseph.password());
      browser.click("connexion:entrer");
      assertThat(browser.main()).contains("Security code", "Restart the login");
      browser
          .type("securite:code", Mailbox.awaitSecurityCode(joseph.email(), mark))
          .click("securite:soumettre");
      assertThat(browser.main())
          .contains("Hello Joseph Labonté", "Your account will no longer be valid on");

      // The choice is recorded: the next login, in a new browser session, is in English.
      browser.click("menu-sortie:sortir");
    }
    try (Browser browser = new Browser(base)) {
      signIn(browser, joseph);
      assertThat(browser.lang()).isEqualTo("en");
      assertThat(browser.main()).contains("Hello Joseph Labonté");

      browser.click("langue");
      assertThat(browser.main()).contains("Bonjour Joseph Labonté");
    }
  }

  @Test
  @DisplayName("R-L3: 5 failures → the lock message, even with the right password, and the e-mail")
  void fiveFailuresLock() throws Exception {
    Person helene = user("Hélène", "Leblanc");
    try (Browser browser = new Browser(base)) {
      for (int attempt = 1; attempt <= 5; attempt++) {
        browser.signIn(helene.code(), "Pas-le-bon-" + attempt + "!");
        assertThat(browser.text("connexion:messages"))
            .as("attempt %d", attempt)
            .isEqualTo("Nom d'utilisateur ou mot de passe invalide.");
      }
      browser.signIn(helene.code(), helene.password());
      browser.screenshot("connexion-verrouille");

      assertThat(browser.path()).startsWith("/connexion.xhtml");
      assertThat(browser.text("connexion:messages"))
          .contains("Nous constatons que vous avez fait plusieurs tentatives de connexion.")
          .contains("vous recevrez un courriel avec les instructions");
      assertThat(awaitEmail(helene.email(), "Compte verrouillé"))
          .contains("15 minutes")
          .contains("mot-de-passe-oublie.xhtml");
    }
  }

  @Test
  @DisplayName("R-P4: a temporary password leads to the change page before anything else")
  void temporaryPasswordForcedChange() throws Exception {
    Person emilie =
        TestPeople.person(cegep(), "Émilie", "Beaulieu")
            .profiles(UTILISATEUR_INDIVIDUS)
            .temporaryPassword("Temporaire-2026!")
            .create();
    try (Browser browser = new Browser(base)) {
      signIn(browser, emilie);
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
