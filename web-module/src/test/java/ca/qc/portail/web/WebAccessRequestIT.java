package ca.qc.portail.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Access requests end to end in headless Chromium on the real WAR with the demo data (R-S8, R-C2,
 * R-A4, R-A5–R-A7): an officer sends form 2490 online, central approves it, the requester gets the
 * registration code and the officers the notice, and the code works on *Inscription*.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebAccessRequestIT {

  private static final String DEMO_PASSWORD = "Demo-Portail-2026";
  private static final String JLABONTE = "joseph.labonte@partenaire1143214567.example";
  private static final String RDESPRES = "rose.despres@partenaire1143214567.example";
  private static final String AGENT = "nadia.lavoie@ministere.example";
  private static final Pattern SIX_DIGITS = Pattern.compile("(\\d{6})");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/web-module.war"));
  }

  @ArquillianResource private URL base;

  private static GreenMail smtp;

  @BeforeAll
  static void startSmtp() {
    smtp =
        new GreenMail(
            new ServerSetup(Integer.parseInt(System.getenv("SMTP_PORT")), "127.0.0.1", "smtp"));
    smtp.start();
  }

  @AfterAll
  static void stopSmtp() {
    smtp.stop();
  }

  private static String plainText(MimeMessage message) throws Exception {
    Object content = message.getContent();
    if (content instanceof jakarta.mail.Multipart multipart) {
      return multipart.getBodyPart(0).getContent().toString();
    }
    return content.toString();
  }

  /** The newest e-mail to {@code to} with that subject, waiting up to 30 s. */
  private static String awaitEmail(String to, String subject) throws Exception {
    for (int i = 0; i < 300; i++) {
      MimeMessage[] received = smtp.getReceivedMessages();
      for (int m = received.length - 1; m >= 0; m--) {
        if (subject.equals(received[m].getSubject())
            && GreenMailUtil.getAddressList(received[m].getAllRecipients()).contains(to)) {
          return plainText(received[m]);
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError("No e-mail '" + subject + "' to " + to);
  }

  /** Password, then the e-mailed security code (R-L4), as a person signs in. */
  private static void signIn(Browser browser, String login, String email) throws Exception {
    signIn(browser, login, DEMO_PASSWORD, email);
  }

  private static void signIn(Browser browser, String login, String password, String email)
      throws Exception {
    int before = codesTo(email);
    browser.signIn(login, password);
    if (!browser.path().startsWith("/code-de-securite.xhtml")) {
      return;
    }
    for (int i = 0; i < 300 && codesTo(email) <= before; i++) {
      Thread.sleep(100);
    }
    Matcher code = SIX_DIGITS.matcher(awaitEmail(email, "Code de sécurité"));
    assertThat(code.find()).isTrue();
    browser.type("securite:code", code.group(1)).click("securite:soumettre");
  }

  private static int codesTo(String email) throws Exception {
    int n = 0;
    for (MimeMessage m : smtp.getReceivedMessages()) {
      if ("Code de sécurité".equals(m.getSubject())
          && GreenMailUtil.getAddressList(m.getAllRecipients()).contains(email)) {
        n++;
      }
    }
    return n;
  }

  @Test
  @DisplayName(
      "R-S8/R-C2/R-A4: officer sends form 2490 online → central approves → code and officers'"
          + " notice e-mailed → Inscription with that code works")
  void onlineRequestApprovedThenInscription() throws Exception {
    // Unique per run, so a rerun of this class on the same database starts afresh.
    String tag = String.valueOf(10_000 + new java.util.Random().nextInt(90_000));
    String email = "sophie.bergeron" + tag + "@partenaire1143214567.example";
    try (Browser browser = new Browser(base)) {
      signIn(browser, "jlabonte", JLABONTE);
      browser.clickLink("Formulaire d'inscription");
      assertThat(browser.path()).startsWith("/app/securite/formulaire.xhtml");
      assertThat(browser.main())
          .contains("SECTION 1 – Renseignements sur l'identité du partenaire")
          .contains("CÉGEP DE SHERBROOKE", "1143214567");

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
          .type("demande:approverEmail", JLABONTE)
          .type("demande:approverPhone", "819 564-6350")
          .check("demande:approverRole:1")
          .type("demande:requestedExpiry", LocalDate.now().minusDays(1).toString())
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
          .type("demande:requestedExpiry", LocalDate.now().plusMonths(6).toString())
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
      signIn(browser, "agentcentral", AGENT);
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
    for (String officer : new String[] {JLABONTE, RDESPRES}) {
      assertThat(
              awaitEmail(officer, "Code d'enregistrement transmis à un employé de votre organisme"))
          .contains(notice);
    }
    Matcher code =
        Pattern.compile("Votre code d'enregistrement est : ([A-Z0-9]+)").matcher(codeMail);
    assertThat(code.find()).isTrue();

    // R-C3: central finds her code, refuses a wrong partial SIN, extends it once.
    try (Browser browser = new Browser(base)) {
      signIn(browser, "agentcentral", AGENT);
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
      signIn(browser, "agent" + tag, "Erable-Bleu-61!", email);
      assertThat(browser.main()).contains("Bonjour Sophie Bernier");
    }
  }

  @Test
  @DisplayName(
      "R-S8: the PDF of form 2490 has section 1 filled in; officers' and central's pages refused to the other")
  void pdfWithSectionOne() throws Exception {
    try (Browser browser = new Browser(base)) {
      signIn(browser, "rdespres", RDESPRES);
      HttpResponse<byte[]> pdf = get(browser, "/app/securite/formulaire-2490.pdf");
      assertThat(pdf.statusCode()).isEqualTo(200);
      assertThat(pdf.headers().firstValue("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
      try (PDDocument document = Loader.loadPDF(pdf.body())) {
        String text = new PDFTextStripper().getText(document);
        assertThat(text)
            .contains("Demande d'accès (2490)")
            .contains("CÉGEP DE SHERBROOKE", "J1E 4K1", "1143214567", "741000")
            .contains("SECTION 3 – Approbation du partenaire");
      }
    }
    // A central agent is no officer, and an officer no central agent (web.xml, then the EJB).
    try (Browser browser = new Browser(base)) {
      signIn(browser, "agentcentral", AGENT);
      assertThat(get(browser, "/app/securite/formulaire-2490.pdf").statusCode()).isEqualTo(403);
      browser.open("/app/securite/formulaire.xhtml");
      assertThat(browser.main()).doesNotContain("SECTION 1");
    }
    try (Browser browser = new Browser(base)) {
      signIn(browser, "rdespres", RDESPRES);
      assertThat(get(browser, "/app/central/demandes.xhtml").statusCode()).isEqualTo(403);
      browser.open("/app/central/codes.xhtml");
      assertThat(browser.main()).doesNotContain("NAS partiel");
    }
  }

  /** A GET with the browser's session cookie. */
  private HttpResponse<byte[]> get(Browser browser, String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(base.toExternalForm().replaceAll("/$", "") + path))
                .header("Cookie", browser.cookieHeader())
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
  }
}
