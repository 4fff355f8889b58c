package ca.qc.portail.web;

import static ca.qc.portail.account.Profile.RESPONSABLE_PRINCIPAL;
import static ca.qc.portail.account.Profile.UTILISATEUR_INDIVIDUS;
import static ca.qc.portail.partner.MeasureFamily.FORMATION;
import static org.assertj.core.api.Assertions.assertThat;

import ca.qc.portail.web.TestPeople.Partner;
import ca.qc.portail.web.TestPeople.Person;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
 * Findings #12 and #13 and Deliver 4 of issue 12 through the real WAR: behind a trusted proxy (this
 * machine, {@code TRUSTED_PROXIES=127.0.0.1}) the client address is the one {@code X-Forwarded-For}
 * names, which audit and throttling use; from any other peer the header is ignored. The
 * deployment's own settings (low ceilings) outrank the test environment's.
 */
@ExtendWith({Mailbox.class, ArquillianExtension.class})
@RunAsClient
class WebThrottlingIT {

  @Deployment(testable = false)
  public static WebArchive deployment() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/web-module.war"))
        .addAsResource(
            new StringAsset(
                String.join(
                    "\n",
                    "config_ordinal=500",
                    "TRUSTED_PROXIES=127.0.0.1,::1",
                    "throttle.loginFailuresPerAddress=3",
                    "throttle.refusalsPerAddress=3",
                    "")),
            "META-INF/microprofile-config.properties");
  }

  @ArquillianResource private URL base;

  /** An address of the documentation range no other test uses. */
  private static String newAddress() {
    return "203.0.113." + ThreadLocalRandom.current().nextInt(1, 255);
  }

  private String url(String path) {
    return base.toExternalForm().replaceAll("/$", "") + path;
  }

  private HttpResponse<String> getForwarded(String path, String forwardedFor) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(url(path)))
                .header("X-Forwarded-For", forwardedFor)
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** The (action, detail) of each audit record made from {@code address}, oldest first. */
  private static List<String> auditFrom(String address) throws Exception {
    List<String> records = new ArrayList<>();
    try (Connection db = TestPeople.connect();
        PreparedStatement query =
            db.prepareStatement(
                "SELECT action, detail FROM audit_event WHERE client_address = ? ORDER BY id")) {
      query.setString(1, address);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          records.add(rows.getString(1) + " " + rows.getString(2));
        }
      }
    }
    return records;
  }

  @Test
  @DisplayName(
      "Deliver 4: from a trusted proxy the rightmost untrusted X-Forwarded-For address is audited")
  void trustedProxyForwardsTheClient() throws Exception {
    String client = newAddress();

    HttpResponse<String> refused = getForwarded("/app/central/index.xhtml", "6.6.6.6, " + client);

    assertThat(refused.statusCode()).isEqualTo(302);
    assertThat(auditFrom(client))
        .singleElement()
        .satisfies(r -> assertThat(r).startsWith("ACCESS_REFUSED").contains("/app/central/"));
    assertThat(auditFrom("6.6.6.6")).as("the forged hop").isEmpty();
  }

  @Test
  @DisplayName("Deliver 4: from a peer that is not a trusted proxy X-Forwarded-For is ignored")
  void untrustedPeerCannotForge() throws Exception {
    String forged = newAddress();
    // This machine's other loopback address, 127.0.0.2, is not in TRUSTED_PROXIES.
    try (Socket socket =
        new Socket(
            InetAddress.getByName("127.0.0.1"),
            base.getPort(),
            InetAddress.getByName("127.0.0.2"),
            0)) {
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET /app/operations/index.xhtml HTTP/1.1\r\nHost: localhost\r\nX-Forwarded-For: "
                  + forged
                  + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream answer = new ByteArrayOutputStream();
      in.transferTo(answer);
      assertThat(answer.toString(StandardCharsets.ISO_8859_1)).startsWith("HTTP/1.1 302");
    }

    assertThat(auditFrom(forged)).isEmpty();
    assertThat(auditFrom("127.0.0.2"))
        .anySatisfy(r -> assertThat(r).contains("/app/operations/index.xhtml"));
  }

  @Test
  @DisplayName(
      "#12: one address's anonymous refusals make 3 audit records, then one saying so, then none")
  void anonymousRefusalsBounded() throws Exception {
    // Finding #12 of issue 12: 50 refused pages in a burst used to make 50 records.
    String scanner = newAddress();

    for (int i = 0; i < 20; i++) {
      assertThat(getForwarded("/app/central/x" + i + ".xhtml", scanner).statusCode())
          .isEqualTo(302);
    }

    List<String> records = auditFrom(scanner);
    assertThat(records).hasSize(4);
    assertThat(records.subList(0, 3)).allSatisfy(r -> assertThat(r).startsWith("ACCESS_REFUSED"));
    assertThat(records.get(3)).startsWith("ADDRESS_THROTTLED").contains("REFUSALS_THROTTLED|3|");
  }

  @Test
  @DisplayName(
      "#12: after 3 failed logins from one address across accounts, the next is refused with the"
          + " French message, no code e-mailed, even with the right password")
  void sprayedLoginsAreThrottled() throws Exception {
    // Finding #12 of issue 12: 36 failed logins across accounts went on without any delay.
    Partner partner = TestPeople.partner("Organisme essai", FORMATION);
    List<Person> victims = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      victims.add(TestPeople.user(partner, "Prénom" + i, "Nom" + i, UTILISATEUR_INDIVIDUS));
    }
    String sprayer = newAddress();
    try (Browser browser = new Browser(base)) {
      browser.forwardedFor(sprayer);
      for (int i = 0; i < 3; i++) {
        browser.signIn(victims.get(i).code(), "Pas-le-bon-2026!");
        assertThat(browser.text("connexion:messages"))
            .contains("Nom d'utilisateur ou mot de passe invalide");
      }
      Person last = victims.get(3);
      int mark = Mailbox.mark(last.email());

      browser.signIn(last.code(), last.password());

      browser.screenshot("connexion-suspendue");
      assertThat(browser.path()).startsWith("/connexion.xhtml");
      assertThat(browser.text("connexion:messages"))
          .contains(
              "Nous constatons que plusieurs tentatives de connexion infructueuses proviennent de"
                  + " votre poste");
      Thread.sleep(3000);
      assertThat(Mailbox.to(last.email()).size()).as("no code e-mailed").isEqualTo(mark);
    }
    assertThat(auditFrom(sprayer))
        .anySatisfy(r -> assertThat(r).startsWith("ADDRESS_THROTTLED"))
        .anySatisfy(r -> assertThat(r).isEqualTo("LOGIN ADDRESS_THROTTLED_LOGIN"));

    // Another address still signs in.
    try (Browser browser = new Browser(base)) {
      browser.forwardedFor(newAddress());
      assertThat(BrowserTesting.signIn(browser, victims.get(3))).isTrue();
    }
  }

  @Test
  @DisplayName(
      "#13: a control character in the login field is refused at the field, in French, before"
          + " any login attempt")
  void controlCharacterRefusedAtTheField() throws Exception {
    // Finding #13 of issue 12.
    String visitor = newAddress();
    try (Browser browser = new Browser(base)) {
      browser.forwardedFor(visitor);
      browser
          .open("/connexion.xhtml")
          .force("connexion:login", "marie\u001b[2J")
          .type("connexion:password", "Pas-le-bon-2026!")
          .click("connexion:entrer");

      browser.screenshot("connexion-caractere-de-controle");
      assertThat(browser.text("connexion:login-erreur"))
          .contains("Ce champ contient un caractère non permis");
    }
    assertThat(auditFrom(visitor)).as("no login attempted").isEmpty();
  }

  @Test
  @DisplayName(
      "#13: the form 2490 PDF of a partner named in syllabics, Chinese and Arabic answers 200 and"
          + " its text can be extracted")
  void pdfPrintsEveryScript() throws Exception {
    // Finding #13 of issue 12: a partner address with Canadian syllabics made the PDF answer 500.
    Partner partner = TestPeople.partner("ᐃᓄᒃᑎᑐᑦ ᐃᓕᓐᓂᐊᕐᕕᒃ 北京职业培训中心", FORMATION);
    try (Connection db = TestPeople.connect()) {
      TestPeople.update(
          db,
          "UPDATE partner SET address = ? WHERE id = ?",
          "مركز التدريب, ᓄᓇᕗᑦ, 北京市朝阳区",
          partner.id());
    }
    Person officer = TestPeople.user(partner, "Ananaq", "Kilabuk", RESPONSABLE_PRINCIPAL);
    try (Browser browser = new Browser(base)) {
      browser.forwardedFor(newAddress());
      assertThat(BrowserTesting.signIn(browser, officer)).isTrue();
      HttpURLConnection pdf =
          (HttpURLConnection) new URL(url("/app/securite/formulaire-2490.pdf")).openConnection();
      pdf.setRequestProperty("Cookie", browser.cookieHeader());

      assertThat(pdf.getResponseCode()).isEqualTo(200);
      try (InputStream in = pdf.getInputStream();
          PDDocument document = Loader.loadPDF(in.readAllBytes())) {
        // 心 shares its glyph with the radical ⼼, which PDFBox's text map may name: NFKC makes
        // them one.
        String text =
            Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC);
        assertThat(text)
            .contains(partner.name())
            .contains("مركز التدريب")
            .contains("ᓄᓇᕗᑦ")
            .contains("北京市朝阳区");
      }
    }
  }
}
