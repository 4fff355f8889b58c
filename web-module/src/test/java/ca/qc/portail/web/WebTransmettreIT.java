package ca.qc.portail.web;

import static org.assertj.core.api.Assertions.assertThat;

import ca.qc.portail.web.TestProjects.Exchange;
import ca.qc.portail.web.TestProjects.Part;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * *Transmettre un document* (R-E3, R-E4, R-E9, guide 000 section 4.1) in headless Chromium on the
 * real WAR: the form's field messages, a deposit whose progress shows, and an upload broken
 * mid-file by the network (a relay that throttles, then drops every connection) that resumes, after
 * the page is loaded again and the same file chosen, from the last byte the server stored.
 */
class WebTransmettreIT extends BrowserTesting {

  private static final String FORM = "form[data-progression]";
  private static final String RESULT = "#transmettre-resultat";

  @TempDir Path files;

  private Path file(String name, int size) throws Exception {
    byte[] bytes = new byte[size];
    new Random(size).nextBytes(bytes);
    return Files.write(files.resolve(name), bytes);
  }

  private static String page(Exchange exchange) {
    return "/app/echange/transmettre.xhtml?projet=" + exchange.project().id();
  }

  @Test
  @DisplayName(
      "R-E3: Continuer without a file nor a recipient, and with a 501-character note, answers by"
          + " each field and starts nothing, as do two different ZIP passwords; Effacer clears the"
          + " note")
  void fieldMessages() throws Exception {
    Exchange exchange = TestProjects.exchange();
    try (Browser browser = new Browser(base)) {
      assertThat(signIn(browser, exchange.member())).isTrue();
      browser.open(page(exchange));
      browser.screenshot("transmettre-vide");
      browser.width(1024).screenshot("transmettre-vide-1024");
      browser.width(1280);

      assertThat(browser.main())
          .contains(
              "Transmettre un document",
              "Document *",
              "2 Go maximum",
              "Destinataire(s) *",
              "Julie Morin",
              "Note aux destinataires",
              "0 / 500",
              "Remettre dans une archive ZIP protégée");
      browser.typeCss(FORM + " textarea", "Bonjour");
      assertThat(browser.text("transmettre-compteur")).isEqualTo("7 / 500");
      browser.force(browser.attributeCss(FORM + " textarea", "id"), "x".repeat(501));
      browser.press(FORM + " [id$=':continuer']");
      browser.awaitText(FORM + " [id$=':note-erreur']", "500 caractères", 15);
      browser.screenshot("transmettre-erreurs");

      assertThat(browser.textCss(FORM + " [id$=':nomFichier-erreur']"))
          .isEqualTo("Choisissez le document à transmettre.");
      assertThat(browser.textCss(FORM + " [id$=':destinataires-erreur']"))
          .isEqualTo("Choisissez au moins un destinataire.");
      assertThat(browser.textCss(FORM + " [id$=':note-erreur']"))
          .isEqualTo("La note aux destinataires ne doit pas dépasser 500 caractères.");
      assertThat(TestProjects.uploads(exchange.project().id())).isEmpty();

      browser.press(FORM + " .transmettre-zip");
      browser.typeCss(FORM + " [id$=':motDePasse']", "Secret-2026");
      browser.typeCss(FORM + " [id$=':confirmation']", "Secret-2027");
      browser.press(FORM + " [id$=':continuer']");
      browser.awaitText(FORM + " [id$=':motDePasse-erreur']", "identiques", 15);
      assertThat(browser.textCss(FORM + " [id$=':motDePasse-erreur']"))
          .isEqualTo("Les deux mots de passe ne sont pas identiques.");
      assertThat(browser.attributeCss(FORM + " [id$=':motDePasse']", "value"))
          .as("a password is never sent back to the browser")
          .isEmpty();
      assertThat(TestProjects.uploads(exchange.project().id())).isEmpty();

      browser.press(FORM + " [id$=':effacer']");
      browser.awaitText("#transmettre-compteur", "0 / 500", 15);
      assertThat(browser.attributeCss(FORM + " textarea", "value")).isEmpty();

      browser.click("langue");
      browser.screenshot("transmettre-en");
      browser.width(1024).screenshot("transmettre-en-1024");
      assertThat(browser.lang()).isEqualTo("en");
      assertThat(browser.main())
          .contains(
              "Send a document",
              "2 GB maximum",
              "Recipient(s) *",
              "Note to the recipients",
              "0 / 500",
              "Deliver in a password-protected ZIP archive");
    }
  }

  @Test
  @DisplayName(
      "R-E3/R-E4/R-E9/R-E10: staff deposit a file for a member through the form, in a protected"
          + " ZIP, its progress shown; Document transmis, and the member is e-mailed")
  void depositThroughTheForm() throws Exception {
    Exchange exchange = TestProjects.exchange();
    Path document = file("Bilan 2026.pdf", 6 * 1024 * 1024);
    try (ThrottlingProxy link = new ThrottlingProxy(base, 3 * 1024 * 1024);
        Browser browser = new Browser(link.base())) {
      assertThat(signIn(browser, exchange.staff())).isTrue();
      browser.open(page(exchange));
      browser.attach("transmettre-fichier", document);
      browser.press(FORM + " input[type='checkbox'][value='" + exchange.member().id() + "']");
      browser.typeCss(FORM + " textarea", "Version finale du bilan");
      browser.press(FORM + " .transmettre-zip");
      browser.typeCss(FORM + " [id$=':motDePasse']", "Bilan-Protege-2026");
      browser.typeCss(FORM + " [id$=':confirmation']", "Bilan-Protege-2026");
      browser.press(FORM + " [id$=':continuer']");
      browser.awaitText("#transmettre-etat", "%", 30);
      browser.screenshot("transmettre-progression");

      assertThat(browser.text("transmettre-etat")).contains(" sur ", "Mo", "temps restant");
      browser.awaitText(RESULT, "Document transmis", 60);
      browser.screenshot("transmettre-transmis");

      assertThat(browser.text("transmettre-resultat")).contains("Bilan 2026.pdf");
      List<Long> documents = TestProjects.documents(exchange.project().id());
      assertThat(documents).hasSize(1);
      assertThat(TestProjects.zipPasswordHash(documents.get(0)))
          .as("R-E10: a protected ZIP, its password kept only as a slow hash")
          .isNotBlank()
          .doesNotContain("Bilan-Protege-2026");
      assertThat(Mailbox.awaitEmailContaining(exchange.member().email(), "Bilan 2026.pdf"))
          .contains("Projet 001", "Julie Morin", "6 Mo")
          .doesNotContain("Bilan-Protege-2026");
    }
  }

  @Test
  @DisplayName(
      "R-E9: the network drops mid-file; the page loaded again and the same file chosen, Continuer"
          + " resumes from the last byte stored and the deposit completes without resending it")
  void resumedUpload() throws Exception {
    Exchange exchange = TestProjects.exchange();
    int size = 6 * 1024 * 1024;
    Path document = file("Liste électorale.csv", size);
    try (ThrottlingProxy link = new ThrottlingProxy(base, 2 * 1024 * 1024);
        Browser browser = new Browser(link.base())) {
      assertThat(signIn(browser, exchange.member())).isTrue();
      browser.open(page(exchange));
      browser.attach("transmettre-fichier", document);
      browser.press(FORM + " input[type='checkbox'][value='" + exchange.staff().id() + "']");
      link.cutAfter(2 * 1024 * 1024);
      browser.press(FORM + " [id$=':continuer']");
      browser.awaitText(RESULT, "interrompu", 60);
      browser.screenshot("transmettre-interrompu");

      long upload = TestProjects.uploads(exchange.project().id()).get(0);
      List<Part> before = TestProjects.parts(upload);
      long stored = before.stream().mapToLong(Part::plainLength).sum();
      assertThat(stored)
          .as("what arrived before the break is stored")
          .isPositive()
          .isLessThan(size);
      assertThat(TestProjects.uploadState(upload)).isEqualTo("OUVERT");

      link.up();
      browser.reload();
      browser.attach("transmettre-fichier", document);
      browser.awaitText("#transmettre-reprise", "transmis en partie", 15);
      browser.screenshot("transmettre-reprise");
      long sentBefore = link.sent();
      browser.press(FORM + " [id$=':continuer']");
      browser.awaitText(RESULT, "Document transmis", 60);

      List<Part> parts = TestProjects.parts(upload);
      assertThat(parts.subList(0, before.size())).isEqualTo(before);
      assertThat(parts.get(before.size()).plainOffset())
          .as("the resumed request starts at the first byte not stored")
          .isEqualTo(stored);
      long offset = 0;
      for (Part part : parts) {
        assertThat(part.plainOffset()).isEqualTo(offset);
        offset += part.plainLength();
      }
      assertThat(offset).isEqualTo(size);
      assertThat(link.sent() - sentBefore)
          .as("the browser sent the rest, not the whole file again")
          .isLessThan(size - stored + 64 * 1024);
      assertThat(TestProjects.uploadState(upload)).isEqualTo("TERMINE");
      assertThat(TestProjects.uploads(exchange.project().id())).containsExactly(upload);
      assertThat(Mailbox.awaitEmailContaining(exchange.staff().email(), "Liste électorale.csv"))
          .contains("Projet 001", "Marie Tremblay");
    }
  }

  @Test
  @DisplayName("R-E9: Annuler stops the transfer; the upload is cancelled and nothing is deposited")
  void cancelStopsTheUpload() throws Exception {
    Exchange exchange = TestProjects.exchange();
    Path document = file("Brouillon.docx", 8 * 1024 * 1024);
    try (ThrottlingProxy link = new ThrottlingProxy(base, 512 * 1024);
        Browser browser = new Browser(link.base())) {
      assertThat(signIn(browser, exchange.member())).isTrue();
      browser.open(page(exchange));
      browser.attach("transmettre-fichier", document);
      browser.press(FORM + " input[type='checkbox'][value='" + exchange.staff().id() + "']");
      browser.press(FORM + " [id$=':continuer']");
      browser.awaitText("#transmettre-etat", "%", 30);
      browser.press("#transmettre-annuler");
      browser.awaitText(RESULT, "annulé", 60);
      browser.screenshot("transmettre-annule");

      long upload = TestProjects.uploads(exchange.project().id()).get(0);
      assertThat(TestProjects.uploadState(upload)).isEqualTo("ANNULE");
      assertThat(TestProjects.documents(exchange.project().id())).isEmpty();
    }
  }
}
