package ca.qc.portail.web;

import static ca.qc.portail.account.Profile.UTILISATEUR_INDIVIDUS;
import static ca.qc.portail.partner.MeasureFamily.EMPLOYABILITE;
import static ca.qc.portail.partner.MeasureFamily.FORMATION;
import static ca.qc.portail.web.Mailbox.awaitEmailContaining;
import static ca.qc.portail.web.TestPeople.today;
import static org.assertj.core.api.Assertions.assertThat;

import ca.qc.portail.account.InternalRole;
import ca.qc.portail.web.TestPeople.Partner;
import ca.qc.portail.web.TestPeople.Person;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, points 4, 5, 7, 9 and 12: what officers and central stumbled on, walked through in
 * headless Chromium. Each test makes its own partner and people.
 */
class OfficerAndCentralIT extends BrowserTesting {

  private static Partner cegep() {
    return TestPeople.partner("CÉGEP DE SHERBROOKE", FORMATION, EMPLOYABILITE);
  }

  private static Person central() {
    return TestPeople.agent("Nadia", "Lavoie", InternalRole.AGENT_CENTRAL);
  }

  private void signInHome(Browser browser, Person person) throws Exception {
    assertThat(signIn(browser, person)).isTrue();
    assertThat(browser.path()).startsWith("/app/accueil.xhtml");
  }

  /** Runs {@code expression} in the page and returns its value as text. */
  private static String eval(Browser browser, String expression) {
    browser.script(
        "document.documentElement.setAttribute('data-eval', String((function(){return "
            + expression
            + ";})()));");
    return browser.attributeCss("html", "data-eval");
  }

  private static void awaitEval(Browser browser, String expression, String expected)
      throws InterruptedException {
    String last = null;
    for (int i = 0; i < 60; i++) {
      last = eval(browser, expression);
      if (expected.equals(last)) {
        return;
      }
      Thread.sleep(250);
    }
    assertThat(last).as(expression).isEqualTo(expected);
  }

  // ---------------------------------------------------------------------------------------------
  // Point 4: safer officer actions.

  @Test
  @DisplayName("point 4 (R-S6): deactivating asks to confirm, naming the person and the reason")
  void point4_deactivationAsksConfirmationWithNameAndReason() throws Exception {
    Partner cegep = cegep();
    Person officer = TestPeople.principalOfficer(cegep, "Joseph", "Labonté");
    Person chantal = TestPeople.user(cegep, "Chantal", "Gagné", UTILISATEUR_INDIVIDUS);
    try (Browser browser = new Browser(base)) {
      signInHome(browser, officer);
      browser.open("/app/securite/dossier.xhtml?compte=" + chantal.id());

      browser.select("desactivation:raison", "Départ volontaire").click("desactivation:desactiver");
      browser.screenshot("point4-confirmation");
      assertThat(browser.text("desactivation:question"))
          .isEqualTo(
              "Vous avez demandé de désactiver le code d'utilisateur de Chantal Gagné pour la"
                  + " raison suivante : Départ volontaire. Voulez-vous toujours le désactiver ?");
      assertThat(browser.main())
          .contains("Seul le Groupe central de la sécurité pourra ensuite le réactiver.");
      assertThat(browser.text("etat")).isEqualTo("Actif");

      // Annuler: nothing changed, the reason can be chosen again.
      browser.click("desactivation:annuler");
      assertThat(browser.text("etat")).isEqualTo("Actif");
      assertThat(browser.exists("desactivation:confirmer")).isFalse();

      browser
          .select("desactivation:raison", "Autre raison")
          .type("desactivation:autreRaison", "Stage terminé")
          .click("desactivation:desactiver");
      assertThat(browser.text("desactivation:question"))
          .contains("Chantal Gagné", "pour la raison suivante : Stage terminé.");
      browser.click("desactivation:confirmer");
      browser.screenshot("point4-deactivated");

      // One message, not a success and an "inactif" warning stacked.
      assertThat(browser.text("etat")).isEqualTo("Inactif");
      assertThat(eval(browser, "document.querySelectorAll('main .messages li').length"))
          .isEqualTo("1");
      assertThat(browser.main())
          .contains("Le code d'utilisateur a été désactivé.")
          .doesNotContain("Vous ne pouvez rien modifier dans ce dossier de sécurité.");

      // Coming back later, the file says it is read-only (R-S4).
      browser.open("/app/securite/dossier.xhtml?compte=" + chantal.id());
      assertThat(browser.main())
          .contains("Le code d'utilisateur que vous avez sélectionné est inactif.");
    }
    awaitEmailContaining(
        chantal.email(), "Nous vous avisons que votre code d'utilisateur a été désactivé.");
  }

  @Test
  @DisplayName("point 4 (R-S2, R-C3): a person with only a registration code offers no change")
  void point4_pendingPersonOffersNothingToChange() throws Exception {
    Partner cegep = cegep();
    Person officer = TestPeople.principalOfficer(cegep, "Joseph", "Labonté");
    Person nathalie =
        TestPeople.person(cegep, "Nathalie", "Pelletier")
            .profiles(UTILISATEUR_INDIVIDUS)
            .pending()
            .create();
    try (Browser browser = new Browser(base)) {
      signInHome(browser, officer);
      browser.open("/app/securite/organisme.xhtml");
      browser.open(browser.linkInRow("Pelletier", "Détail"));
      browser.screenshot("point4-pending");
      assertThat(browser.main())
          .contains("n'a pas encore choisi son code d'utilisateur")
          .contains(
              "Si vous constatez que cette personne n'est pas autorisée à recevoir un code"
                  + " d'enregistrement");
      assertThat(browser.exists("validite:nouvelleDate")).isFalse();
      assertThat(browser.exists("desactivation:raison")).isFalse();
      assertThat(browser.exists("reactivation:raison")).isFalse();
    }
    assertThat(nathalie.registrationCode()).isNotNull();
  }

  @Test
  @DisplayName("point 4: the list has one way back, and at 1024 px shows every column unscrolled")
  void point4_listFitsAt1024WithOneWayBack() throws Exception {
    Partner cegep = cegep();
    Person officer = TestPeople.principalOfficer(cegep, "Joseph", "Labonté");
    TestPeople.user(cegep, "Marie-Ève", "Des Rosiers-Beauchemin", UTILISATEUR_INDIVIDUS);
    TestPeople.person(cegep, "Nathalie", "Pelletier")
        .profiles(UTILISATEUR_INDIVIDUS)
        .pending()
        .create();
    try (Browser browser = new Browser(base)) {
      signInHome(browser, officer);
      browser.width(1024).open("/app/securite/organisme.xhtml");
      browser.screenshot("point4-list-1024");
      assertThat(browser.exists("annuler")).isTrue();
      assertThat(browser.exists("quitter")).isFalse();

      String wrapper = "document.querySelector('.persons .ui-datatable-tablewrapper')";
      assertThat(eval(browser, wrapper + ".scrollWidth <= " + wrapper + ".clientWidth"))
          .as("the list scrolls sideways at 1024 px")
          .isEqualTo("true");
      assertThat(
              eval(
                  browser,
                  "Array.from(document.querySelectorAll('.persons a')).filter(a =>"
                      + " a.textContent.trim() === 'Détail').every(a =>"
                      + " a.getBoundingClientRect().right <= document.documentElement.clientWidth)"))
          .isEqualTo("true");
      assertThat(
              eval(
                  browser,
                  "document.querySelector('th.expiry').getBoundingClientRect().right <="
                      + " document.documentElement.clientWidth"))
          .isEqualTo("true");
      // The expiry filter's placeholder is not cut: its text fits the box's content width.
      assertThat(
              eval(
                  browser,
                  "(function(){var f = document.querySelector('th.expiry input');"
                      + " var s = getComputedStyle(f); var c = document.createElement('canvas')"
                      + ".getContext('2d'); c.font = s.font; var w ="
                      + " c.measureText(f.placeholder).width; return w <= f.clientWidth -"
                      + " parseFloat(s.paddingLeft) - parseFloat(s.paddingRight);})()"))
          .as("placeholder « au plus tard (aaaa-mm-jj) » fits")
          .isEqualTo("true");
      // Every heading's label at one height, every filter box (text, date or menu) at one height
      // and of one size: the menus of État and Profil used to lift their headings.
      assertThat(
              eval(
                  browser,
                  "(function(){var ths = Array.from(document.querySelectorAll('.persons thead"
                      + " th')); var top = function(e, th){return"
                      + " Math.round(e.getBoundingClientRect().top -"
                      + " th.getBoundingClientRect().top);}; var titles = ths.map(function(th){"
                      + " return top(th.querySelector('.ui-column-title'), th);}); var boxes ="
                      + " ths.filter(function(th){return th.querySelector('.ui-column-filter,"
                      + " .ui-selectonemenu');}).map(function(th){var f ="
                      + " th.querySelector('.ui-column-filter, .ui-selectonemenu'); return"
                      + " top(f, th) + '/' + Math.round(f.getBoundingClientRect().height);});"
                      + " return JSON.stringify([new Set(titles).size, boxes.length, new"
                      + " Set(boxes).size]);})()"))
          .as("one title line, seven filter boxes at one top and height")
          .isEqualTo("[1,7,1]");

      // In English too, the list does not scroll and the expiry filter shows its whole
      // placeholder: the box, filled with that text, needs no scrolling of its own.
      browser.click("langue");
      assertThat(browser.lang()).isEqualTo("en");
      assertThat(eval(browser, wrapper + ".scrollWidth <= " + wrapper + ".clientWidth"))
          .as("the English list scrolls sideways at 1024 px")
          .isEqualTo("true");
      assertThat(
              eval(
                  browser,
                  "(function(){var f = document.querySelector('th.expiry input'); f.value ="
                      + " f.placeholder; var fits = f.scrollWidth <= f.clientWidth; f.value = '';"
                      + " return f.placeholder + ' ' + fits;})()"))
          .isEqualTo("on or before (yyyy-mm-dd) true");

      browser.click("annuler");
      assertThat(browser.path()).startsWith("/app/accueil.xhtml");
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Point 5: central's temporary password.

  @Test
  @DisplayName("point 5 (R-C4): an Actif person gets a temporary password, validity untouched")
  void point5_activePersonGetsTemporaryPasswordWithoutTouchingValidity() throws Exception {
    Partner cegep = cegep();
    Person officer = TestPeople.principalOfficer(cegep, "Joseph", "Labonté");
    Person emilie =
        TestPeople.person(cegep, "Émilie", "Beaulieu")
            .profiles(UTILISATEUR_INDIVIDUS)
            .expiry(today().plusDays(90))
            .create();
    Person agent = central();
    try (Browser browser = new Browser(base)) {
      signInHome(browser, agent);
      browser.open("/app/central/dossier.xhtml?compte=" + emilie.id());
      assertThat(browser.main())
          .contains("Attribuer un mot de passe temporaire")
          .doesNotContain("Réactiver et attribuer un mot de passe temporaire");
      assertThat(browser.exists("reactivation-centrale:nouvelleDate")).isFalse();
      String expiry = browser.text("expiration");

      browser.click("mot-de-passe-temporaire:attribuer");
      browser.screenshot("point5-temporary-password");
      assertThat(browser.main())
          .contains("Un mot de passe temporaire a été transmis par courriel à la personne.");
      assertThat(browser.text("etat")).isEqualTo("Actif");
      assertThat(browser.text("expiration")).isEqualTo(expiry);
    }
    String mail =
        awaitEmailContaining(emilie.email(), "Votre nouveau mot de passe temporaire est : \"");
    String temporary = mail.replaceAll("(?s).*temporaire est : \"([^\"]+)\".*", "$1");
    awaitEmailContaining(officer.email(), "Un mot de passe temporaire a été attribué à");

    // The temporary password works, and must be changed first (R-P4).
    try (Browser browser = new Browser(base)) {
      assertThat(signIn(browser, emilie, temporary)).isTrue();
      assertThat(browser.path()).startsWith("/app/mot-de-passe.xhtml");
    }
  }

  @Test
  @DisplayName("point 5 (R-C4): an Inactif person is reactivated with a new date and a password")
  void point5_inactivePersonReactivatedWithNewExpiry() throws Exception {
    Partner cegep = cegep();
    TestPeople.principalOfficer(cegep, "Joseph", "Labonté");
    Person helene =
        TestPeople.person(cegep, "Hélène", "Martel")
            .profiles(UTILISATEUR_INDIVIDUS)
            .state(
                "INACTIF",
                "Absence prolongée",
                "Un agent du Groupe central de la sécurité",
                Duration.ofDays(3))
            .create();
    Person agent = central();
    try (Browser browser = new Browser(base)) {
      signInHome(browser, agent);
      browser.open("/app/central/dossier.xhtml?compte=" + helene.id());
      assertThat(browser.main()).contains("Réactiver et attribuer un mot de passe temporaire");
      assertThat(browser.exists("mot-de-passe-temporaire:attribuer")).isFalse();

      browser.click("reactivation-centrale:enregistrer");
      assertThat(browser.text("reactivation-centrale:nouvelleDate-erreur"))
          .isEqualTo("Inscrivez la nouvelle date d'expiration.");
      assertThat(browser.text("etat")).isEqualTo("Inactif");

      String until = today().plusMonths(4).toString();
      browser
          .type("reactivation-centrale:nouvelleDate", until)
          .click("reactivation-centrale:enregistrer");
      browser.screenshot("point5-reactivated");
      assertThat(browser.text("etat")).isEqualTo("Actif");
      assertThat(browser.text("expiration")).isEqualTo(until);
      // Now Actif: the page offers the temporary password alone.
      assertThat(browser.exists("mot-de-passe-temporaire:attribuer")).isTrue();
    }
    awaitEmailContaining(helene.email(), "Votre nouveau mot de passe temporaire est : \"");
  }

  // ---------------------------------------------------------------------------------------------
  // Point 7: lists find people as people type them.

  @Test
  @DisplayName("point 7: « emilie » finds Émilie and « cote » finds Côté, officers and central")
  void point7_listsIgnoreAccentsAndCase() throws Exception {
    Partner cegep = cegep();
    Person officer = TestPeople.principalOfficer(cegep, "Joseph", "Labonté");
    TestPeople.user(cegep, "Émilie", "Bergeron", UTILISATEUR_INDIVIDUS);
    Person luc = TestPeople.user(cegep, "Luc", "Côté", UTILISATEUR_INDIVIDUS);
    Person marie = TestPeople.user(cegep, "Marie", "Tremblay", UTILISATEUR_INDIVIDUS);
    Person agent = central();
    try (Browser browser = new Browser(base)) {
      signInHome(browser, officer);
      browser.open("/app/securite/organisme.xhtml");
      browser.filter("liste:personnes:nom:filter", "cote");
      assertThat(browser.main()).contains("Côté").doesNotContain("Tremblay", "Bergeron");
      browser.open("/app/securite/organisme.xhtml");
      browser.filter("liste:personnes:prenom:filter", "EMILIE");
      browser.screenshot("point7-officer-emilie");
      assertThat(browser.main()).contains("Bergeron").doesNotContain("Côté", "Tremblay");
    }
    // Central searches every partner: names of their own, so no other test's Côté is in the way.
    String tag = TestPeople.unique();
    Person other = TestPeople.user(cegep, "Jean", "Côté-" + tag, UTILISATEUR_INDIVIDUS);
    try (Browser browser = new Browser(base)) {
      signInHome(browser, agent);
      browser.open("/app/central/comptes.xhtml");
      browser.filter("liste:personnes:nom:filter", "COTE-" + tag.toUpperCase());
      assertThat(browser.main()).contains(other.code()).doesNotContain(marie.code());

      // Central renames Marie Tremblay « Lévesque-… »: the new name is found without its accent.
      browser.open("/app/central/dossier.xhtml?compte=" + marie.id());
      browser.type("renseignements:nom", "Lévesque-" + tag).click("renseignements:enregistrer");
      assertThat(browser.main()).contains("Les renseignements personnels ont été modifiés.");
      browser.open("/app/central/comptes.xhtml");
      browser.filter("liste:personnes:nom:filter", "levesque-" + tag);
      browser.screenshot("point7-central-levesque");
      assertThat(browser.main())
          .contains(marie.code(), "Lévesque-" + tag)
          .doesNotContain(other.code(), luc.code());
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Point 9: central's dashboard and queue.

  /** An access request waiting for central, received {@code ago}. */
  private static void waitingRequest(Partner partner, Person submitter, Duration ago)
      throws Exception {
    try (Connection db = TestPeople.connect()) {
      TestPeople.update(
          db,
          "INSERT INTO access_request (id, partner_id, request_type, partner_name, civility,"
              + " last_name, first_name, partial_sin, phone, email, declaration_date,"
              + " approver_last_name, approver_first_name, approver_email, approver_phone,"
              + " approver_role, requested_expiry, channel, state, received_at, submitted_by)"
              + " VALUES (?, ?, 'NOUVEL_ACCES', ?, 'MADAME', 'Lévesque', 'Paule', '123456',"
              + " '819 564-6350', ?, ?, 'Labonté', 'Joseph', ?, '819 564-6350',"
              + " 'RESPONSABLE_SECURITE', ?, 'POSTE', 'EN_ATTENTE', ?, ?)",
          TestPeople.nextId(db, "access_request_seq"),
          partner.id(),
          partner.name(),
          "paule." + TestPeople.unique() + "@partenaire.example",
          java.sql.Date.valueOf(today()),
          submitter.email(),
          java.sql.Date.valueOf(today().plusMonths(6)),
          Timestamp.from(Instant.now().minus(ago)),
          submitter.id());
    }
  }

  private static long count(Browser browser, String id) {
    return Long.parseLong(browser.textCss("#" + id + " strong").strip());
  }

  @Test
  @DisplayName("point 9 (R-C2): the dashboard counts waiting and overdue requests, labels unbroken")
  void point9_dashboardCountsPendingAndOverdueRequests() throws Exception {
    Partner cegep = cegep();
    Person officer = TestPeople.principalOfficer(cegep, "Joseph", "Labonté");
    Person agent = central();
    try (Browser browser = new Browser(base)) {
      signInHome(browser, agent);
      browser.open("/app/central/index.xhtml");
      long waiting = count(browser, "demandes-en-attente");
      long overdue = count(browser, "demandes-en-retard");

      waitingRequest(cegep, officer, Duration.ofDays(30));
      waitingRequest(cegep, officer, Duration.ofHours(1));
      browser.open("/app/central/index.xhtml");
      browser.screenshot("point9-dashboard");
      assertThat(count(browser, "demandes-en-attente")).isEqualTo(waiting + 2);
      assertThat(count(browser, "demandes-en-retard")).isEqualTo(overdue + 1);
      assertThat(browser.text("demandes-en-retard"))
          .startsWith("En retard (« À traiter au plus tard le » dépassé)");

      // « Actifs (en attente d'inscription) : 0 »: the count stays on its label's last line.
      for (int width : new int[] {1280, 1024}) {
        browser.width(width).open("/app/central/index.xhtml");
        for (String id : new String[] {"codes-ACTIF", "demandes-en-retard"}) {
          assertThat(
                  eval(
                      browser,
                      "(function(){var li = document.getElementById('"
                          + id
                          + "'); var t = li.firstChild; var r = document.createRange();"
                          + " r.setStart(t, t.length - 1); r.setEnd(t, t.length);"
                          + " var a = r.getBoundingClientRect(), b ="
                          + " li.querySelector('strong').getBoundingClientRect();"
                          + " return Math.abs(a.bottom - b.bottom) < 4;})()"))
              .as("%s at %d px", id, width)
              .isEqualTo("true");
        }
      }

      browser.width(1280).open("/app/central/demandes.xhtml");
      browser.screenshot("point9-queue");
      assertThat(
              eval(
                  browser,
                  "Array.from(document.querySelectorAll('#file th')).map(th =>"
                      + " th.textContent.trim()).join('|')"))
          .contains("Reçue le|")
          .contains("|Mode de réception")
          .doesNotContain("|Reçue|");
      assertThat(
              eval(
                  browser,
                  "(function(){var a = document.getElementById('saisir').getBoundingClientRect(),"
                      + " b = document.getElementById('codes').getBoundingClientRect();"
                      + " return b.left - a.right >= 8 || b.top >= a.bottom;})()"))
          .as("the queue's two buttons are apart")
          .isEqualTo("true");
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Point 12: small breaks.

  @Test
  @DisplayName("point 12 (R-C2): a request received by post is recorded, and the page says so")
  void point12_paperRequestSaysItWasRecorded() throws Exception {
    Partner cegep = cegep();
    Person officer = TestPeople.principalOfficer(cegep, "Joseph", "Labonté");
    Person agent = central();
    try (Browser browser = new Browser(base)) {
      signInHome(browser, agent);
      browser.open("/app/central/demande-saisie.xhtml");
      browser
          .type("demande:neq", cegep.neq())
          .type("demande:partnerName", cegep.name())
          .type("demande:partnerAddress", "475, rue du Cégep, Sherbrooke (Québec)")
          .type("demande:partnerPostalCode", "J1E 4K1")
          .type("demande:partnerPhone", "819 564-6350")
          .check("demande:civility:0")
          .type("demande:lastName", "Bélanger")
          .type("demande:firstName", "Chantal")
          .type("demande:partialSin", "777888")
          .type("demande:phone", "819 564-6350")
          .type("demande:email", "chantal.belanger." + TestPeople.unique() + "@example.org")
          .check("demande:individus")
          .check("demande:declarationAccepted")
          .type("demande:declarationDate", today().toString())
          .type("demande:approverLastName", "Labonté")
          .type("demande:approverFirstName", "Joseph")
          .type("demande:approverEmail", officer.email())
          .type("demande:approverPhone", "819 564-6350")
          .check("demande:approverRole:2")
          .type("demande:requestedExpiry", today().plusMonths(6).toString())
          .click("demande:enregistrer");
      browser.screenshot("point12-paper-request");
      assertThat(browser.path()).startsWith("/app/central/demande.xhtml");
      assertThat(browser.main()).contains("La demande reçue par la poste a été enregistrée.");
    }
  }

  @Test
  @DisplayName("point 12: signed in, the site's address and the login page lead to the menu")
  void point12_signedInPersonAtSiteAddressLandsOnMenu() throws Exception {
    Partner cegep = cegep();
    Person marie = TestPeople.user(cegep, "Marie", "Tremblay", UTILISATEUR_INDIVIDUS);
    try (Browser browser = new Browser(base)) {
      browser.open("/");
      assertThat(browser.exists("connexion:login")).isTrue();
      signInHome(browser, marie);
      browser.open("/");
      assertThat(browser.path()).startsWith("/app/accueil.xhtml");
      browser.open("/connexion.xhtml");
      assertThat(browser.path()).startsWith("/app/accueil.xhtml");

      browser.open("/app/mot-de-passe.xhtml");
      browser.click("menu-principal");
      browser.screenshot("point12-banner-menu");
      assertThat(browser.path()).startsWith("/app/accueil.xhtml");
      assertThat(browser.text("menu-principal")).isEqualTo("Menu principal");

      browser.click("sortie:deconnexion");
      browser.open("/");
      assertThat(browser.exists("connexion:login")).isTrue();
      assertThat(browser.exists("menu-principal")).isFalse();
    }
  }

  @Test
  @DisplayName("point 12 (R-S2): a click in the middle of a column heading sorts the list")
  void point12_clickingColumnHeadingSorts() throws Exception {
    Partner cegep = cegep();
    Person officer = TestPeople.principalOfficer(cegep, "Joseph", "Labonté");
    // By last name (the default order) Marie Bergeron comes first; by first name, Émilie.
    TestPeople.user(cegep, "Émilie", "Tremblay", UTILISATEUR_INDIVIDUS);
    TestPeople.user(cegep, "Marie", "Bergeron", UTILISATEUR_INDIVIDUS);
    try (Browser browser = new Browser(base)) {
      signInHome(browser, officer);
      for (int width : new int[] {1280, 1024}) {
        browser.width(width).open("/app/securite/organisme.xhtml");
        String heading = "document.getElementById('liste:personnes:prenom')";
        assertThat(
                eval(
                    browser,
                    "(function(){var r = "
                        + heading
                        + ".getBoundingClientRect(); var e = document.elementFromPoint(r.left +"
                        + " r.width / 2, r.top + r.height / 2); return e.tagName !== 'INPUT';})()"))
            .as("the middle of « Prénom » at %d px is not its filter box", width)
            .isEqualTo("true");
        assertThat(
                eval(
                    browser,
                    "document.querySelector('.persons tbody tr td:nth-child(3)').textContent.trim()"))
            .isEqualTo("Marie");
        browser.press("th[id='liste:personnes:prenom']");
        awaitEval(
            browser,
            "document.querySelector('.persons tbody tr td:nth-child(3)').textContent.trim()",
            "Émilie");
        assertThat(eval(browser, "document.activeElement.tagName")).isNotEqualTo("INPUT");
      }
      browser.screenshot("point12-sorted");
    }
  }

  @Test
  @DisplayName("point 12 (R-U1): a refused page is audited without the caller as *Compte visé*")
  void point12_refusedPageAuditNamesNoTarget() throws Exception {
    Partner cegep = cegep();
    Person marie = TestPeople.user(cegep, "Marie", "Tremblay", UTILISATEUR_INDIVIDUS);
    try (Browser browser = new Browser(base)) {
      signInHome(browser, marie);
      browser.open("/app/securite/organisme.xhtml");
      assertThat(browser.main()).contains("Accès refusé");
    }
    try (Connection db = TestPeople.connect();
        PreparedStatement query =
            db.prepareStatement(
                "SELECT target_account_id, partner_id, detail FROM audit_event WHERE"
                    + " actor_account_id = ? AND action = 'ACCESS_REFUSED' ORDER BY id DESC")) {
      query.setLong(1, marie.id());
      try (ResultSet row = query.executeQuery()) {
        assertThat(row.next()).as("the refusal is audited").isTrue();
        assertThat(row.getString("detail")).contains("/app/securite/organisme.xhtml");
        assertThat(row.getObject("target_account_id")).isNull();
        assertThat(row.getLong("partner_id")).isEqualTo(cegep.id());
      }
    }
  }

  @Test
  @DisplayName("point 12: an error message carries the alert role once, not on list and items")
  void point12_errorMessagesCarryAlertRoleOnce() throws Exception {
    Partner cegep = cegep();
    Person officer = TestPeople.principalOfficer(cegep, "Joseph", "Labonté");
    try (Browser browser = new Browser(base)) {
      browser.signIn(officer.code(), "Pas-le-bon-2026");
      assertThat(browser.main()).isNotEmpty();
      String nested = "document.querySelectorAll('[role=alert] [role=alert]').length";
      String alerts =
          "Array.from(document.querySelectorAll('[role=alert]')).filter(a =>"
              + " a.textContent.trim() !== '').length";
      assertThat(eval(browser, nested)).isEqualTo("0");
      assertThat(eval(browser, alerts)).isEqualTo("1");

      signInHome(browser, officer);
      browser.open("/app/securite/formulaire.xhtml").click("demande:transmettre");
      browser.screenshot("point12-field-errors");
      assertThat(browser.text("demande:lastName-erreur")).isEqualTo("Indiquez le nom de famille.");
      assertThat(eval(browser, nested)).isEqualTo("0");
      assertThat(
              eval(
                  browser,
                  "document.getElementById('demande:lastName-erreur').closest('[role=alert]')"
                      + " !== null"))
          .isEqualTo("true");
    }
  }
}
