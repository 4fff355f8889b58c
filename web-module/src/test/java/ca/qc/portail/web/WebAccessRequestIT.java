package ca.qc.portail.web;

import static ca.qc.portail.account.Profile.RESPONSABLE_AUXILIAIRE;
import static ca.qc.portail.partner.MeasureFamily.EMPLOYABILITE;
import static ca.qc.portail.partner.MeasureFamily.FORMATION;
import static ca.qc.portail.web.Mailbox.awaitEmail;
import static ca.qc.portail.web.TestPeople.today;
import static org.assertj.core.api.Assertions.assertThat;

import ca.qc.portail.account.InternalRole;
import ca.qc.portail.web.TestPeople.Partner;
import ca.qc.portail.web.TestPeople.Person;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Access requests end to end in headless Chromium on the real WAR (R-S8, R-C2, R-A4, R-A5–R-A7): an
 * officer sends form 2490 online, central approves it, the requester gets the registration code and
 * the officers the notice, and the code works on *Inscription*. Each test makes its partner, its
 * officers and its central agent.
 */
class WebAccessRequestIT extends BrowserTesting {

  private static Partner cegep() {
    return TestPeople.partner("CÉGEP DE SHERBROOKE", FORMATION, EMPLOYABILITE);
  }

  @Test
  @DisplayName(
      "R-S8/R-C2/R-A4: officer sends form 2490 online → central approves → code and officers'"
          + " notice e-mailed → Inscription with that code works")
  void onlineRequestApprovedThenInscription() throws Exception {
    Partner cegep = cegep();
    Person officer = TestPeople.principalOfficer(cegep, "Joseph", "Labonté");
    Person auxiliary = TestPeople.user(cegep, "Rose", "Des Prés", RESPONSABLE_AUXILIAIRE);
    Person central = TestPeople.agent("Nadia", "Lavoie", InternalRole.AGENT_CENTRAL);
    String tag = TestPeople.unique();
    String email = "sophie.bernier." + tag + "@partenaire" + cegep.neq() + ".example";
    try (Browser browser = new Browser(base)) {
      signIn(browser, officer);
      browser.clickLink("Formulaire d'inscription");
      assertThat(browser.path()).startsWith("/app/securite/formulaire.xhtml");
      assertThat(browser.main())
          .contains("SECTION 1 – Renseignements sur l'identité du partenaire")
          .contains(cegep.name(), cegep.neq());

      // Nothing typed: field-level messages, nothing sent.
      browser.click("demande:transmettre");
      assertThat(browser.text("demande:lastName-erreur")).isEqualTo("Indiquez le nom de famille.");
      assertThat(browser.text("demande:requestedExpiry-erreur"))
          .isEqualTo("La date d'expiration de l'accès demandé est obligatoire.");
      assertThat(browser.text("demande:profiles-erreur")).isEqualTo("Cochez au moins un profil.");

      browser
          .check("demande:civility:0")
          .type("demande:lastName", "Bernier")
          .type("demande:firstName", "Sophie")
          .type("demande:partialSin", "77788")
          .type("demande:phone", "564-6350")
          .type("demande:email", email)
          .check("demande:individus")
          .check("demande:declarationAccepted")
          .type("demande:approverLastName", "Labonté")
          .type("demande:approverFirstName", "Joseph")
          .type("demande:approverEmail", officer.email())
          .type("demande:approverPhone", "819 564-6350")
          .check("demande:approverRole:1")
          .type("demande:requestedExpiry", today().minusDays(1).toString())
          .click("demande:transmettre");
      browser.screenshot("formulaire-2490-erreurs");
      assertThat(browser.text("demande:partialSin-erreur"))
          .isEqualTo(
              "Ce champ ne doit présenter que les six premiers chiffres du numéro d'assurance"
                  + " sociale.");
      assertThat(browser.text("demande:phone-erreur")).startsWith("Le numéro de téléphone doit");
      assertThat(browser.text("demande:requestedExpiry-erreur"))
          .isEqualTo(
              "La date d'expiration de l'accès demandé doit être postérieure à aujourd'hui.");

      browser
          .type("demande:partialSin", "777888")
          .type("demande:phone", "819 564-6350")
          .type("demande:requestedExpiry", "2026-13-45")
          .click("demande:transmettre");
      assertThat(browser.text("demande:requestedExpiry-erreur"))
          .isEqualTo("La date doit avoir la forme aaaa-mm-jj.");

      browser
          .type("demande:requestedExpiry", today().plusMonths(6).toString())
          .click("demande:transmettre");
      assertThat(browser.text("demande:approverRole-erreur"))
          .as("the board chair may not sign for Individus (R-A2)")
          .contains("doit être approuvé par un membre de la direction ou un responsable");

      browser.check("demande:approverRole:2").click("demande:transmettre");
      browser.screenshot("formulaire-2490-transmis");
      assertThat(browser.text("transmise"))
          .contains("La demande a été transmise au Groupe central de la sécurité.");
    }

    try (Browser browser = new Browser(base)) {
      signIn(browser, central);
      browser.clickLink("Demandes d'accès");
      assertThat(browser.main()).contains("10 jours ouvrables", "Sophie Bernier");
      browser.screenshot("file-des-demandes");
      browser.clickLink("Sophie Bernier");
      assertThat(browser.text("courriel")).isEqualTo(email);
      assertThat(browser.text("verification-ok"))
          .isEqualTo("Le formulaire et la matrice des signataires sont respectés.");
      browser.click("approbation:approuver");
      browser.screenshot("demande-approuvee");
      assertThat(browser.text("resultat")).startsWith("La demande a été approuvée");
      assertThat(browser.text("etat")).isEqualTo("Approuvée");
    }

    String codeMail = awaitEmail(email, "Votre code d'enregistrement");
    assertThat(codeMail).contains("Voici votre code d'enregistrement");
    String notice =
        "Le Groupe central de la sécurité vient de transmettre un code d'enregistrement à un"
            + " employé de votre organisme.";
    for (Person notified : new Person[] {officer, auxiliary}) {
      assertThat(
              awaitEmail(
                  notified.email(),
                  "Code d'enregistrement transmis à un employé de votre organisme"))
          .contains(notice);
    }
    Matcher code =
        Pattern.compile("Votre code d'enregistrement est : ([A-Z0-9]+)").matcher(codeMail);
    assertThat(code.find()).isTrue();

    // R-C3: central finds her code, refuses a wrong partial SIN, extends it once.
    try (Browser browser = new Browser(base)) {
      signIn(browser, central);
      browser.clickLink("Codes d'enregistrement");
      browser.type("recherche:personne", email).click("recherche:rechercher");
      assertThat(browser.text("codes:resultats:0:etat")).isEqualTo("Actif");
      browser.type("codes:resultats:0:nas", "777889").click("codes:resultats:0:prolonger");
      assertThat(browser.text("codes:messages"))
          .contains("Les six premiers chiffres du NAS ne correspondent pas");
      browser.type("codes:resultats:0:nas", "777888").click("codes:resultats:0:prolonger");
      browser.screenshot("code-prolonge");
      assertThat(browser.text("codes:messages"))
          .contains("Le code d'enregistrement a été prolongé");
      assertThat(browser.main()).contains("(prolongé)").doesNotContain("Prolonger de 2 jours");
    }
    assertThat(awaitEmail(email, "Prolongation de votre code d'enregistrement"))
        .contains("Vous pouvez l'utiliser jusqu'au");

    try (Browser browser = new Browser(base)) {
      browser
          .open("/inscription.xhtml")
          .type("inscription:code", code.group(1))
          .type("inscription:nas", "777888")
          .click("inscription:continuer");
      assertThat(browser.main()).contains("Votre fiche d'identification", "777 888", email);
      browser
          .type("fiche:codeUtilisateur", "agent" + tag)
          .type("fiche:nouveau", "Erable-Bleu-61!")
          .type("fiche:confirmation", "Erable-Bleu-61!")
          .click("fiche:enregistrer");
      assertThat(browser.main()).contains("Enregistrement fait avec succès");
    }
    try (Browser browser = new Browser(base)) {
      Person sophie =
          new Person(0, "agent" + tag, email, "Sophie", "Bernier", "Erable-Bleu-61!", null, null);
      signIn(browser, sophie);
      assertThat(browser.main()).contains("Bonjour Sophie Bernier");
    }
  }

  @Test
  @DisplayName(
      "R-S8: the PDF of form 2490 has section 1 filled in; officers' and central's pages refused to the other")
  void pdfWithSectionOne() throws Exception {
    Partner cegep = cegep();
    Person auxiliary = TestPeople.user(cegep, "Rose", "Des Prés", RESPONSABLE_AUXILIAIRE);
    Person central = TestPeople.agent("Nadia", "Lavoie", InternalRole.AGENT_CENTRAL);
    try (Browser browser = new Browser(base)) {
      signIn(browser, auxiliary);
      HttpResponse<byte[]> pdf =
          get(
              "/app/securite/formulaire-2490.pdf",
              browser,
              HttpResponse.BodyHandlers.ofByteArray());
      assertThat(pdf.statusCode()).isEqualTo(200);
      assertThat(pdf.headers().firstValue("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
      try (PDDocument document = Loader.loadPDF(pdf.body())) {
        String text = new PDFTextStripper().getText(document);
        assertThat(text)
            .contains("Demande d'accès (2490)")
            .contains(cegep.name(), "J1E 4K1", cegep.neq(), "741000")
            .contains("SECTION 3 – Approbation du partenaire");
      }
    }
    // A central agent is no officer, and an officer no central agent (web.xml, then the EJB).
    try (Browser browser = new Browser(base)) {
      signIn(browser, central);
      assertThat(get("/app/securite/formulaire-2490.pdf", browser).statusCode()).isEqualTo(403);
      browser.open("/app/securite/formulaire.xhtml");
      assertThat(browser.main()).doesNotContain("SECTION 1");
    }
    try (Browser browser = new Browser(base)) {
      signIn(browser, auxiliary);
      assertThat(get("/app/central/demandes.xhtml", browser).statusCode()).isEqualTo(403);
      browser.open("/app/central/codes.xhtml");
      assertThat(browser.main()).doesNotContain("NAS partiel");
    }
  }
}
