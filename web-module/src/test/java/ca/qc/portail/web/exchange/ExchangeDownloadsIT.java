package ca.qc.portail.web.exchange;

import static ca.qc.portail.account.Profile.UTILISATEUR_INDIVIDUS;
import static ca.qc.portail.partner.MeasureFamily.FORMATION;
import static org.assertj.core.api.Assertions.assertThat;

import ca.qc.portail.account.InternalRole;
import ca.qc.portail.web.Browser;
import ca.qc.portail.web.BrowserTesting;
import ca.qc.portail.web.TestPeople;
import ca.qc.portail.web.TestPeople.Partner;
import ca.qc.portail.web.TestPeople.Person;
import ca.qc.portail.web.TestProjects;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Downloads in the real WAR (R-E2, R-E3, R-E6, R-E8, R-E9, R-E10, R-U1): documents deposited
 * through the tus endpoint ({@link TusTestClient}), shown in *Récupération* and *Transfert* in
 * headless Chromium, and fetched as a browser would — the Faces POST of a click on a name (its
 * form, view state and session taken from the browser), its 303, then the ranged GET — over plain
 * HTTP, so the bytes and headers can be checked.
 */
class ExchangeDownloadsIT extends BrowserTesting {

  @TempDir Path dir;

  /** A project of a new partner with a member, another member and a responsable. */
  private record Exchange(TestProjects.Project project, Person member, Person staff) {}

  private static Exchange exchange(String consent, boolean singleDownload) {
    Partner cegep = TestPeople.partner("CÉGEP DE SHERBROOKE", FORMATION);
    Person member = TestPeople.user(cegep, "Marie", "Tremblay", UTILISATEUR_INDIVIDUS);
    Person staff = TestPeople.agent("Julie", "Morin", InternalRole.PERSONNEL);
    return new Exchange(
        ExchangeTestData.project(
            cegep, consent, singleDownload, 45, List.of(member), List.of(staff)),
        member,
        staff);
  }

  private Path file(String name, int size) throws Exception {
    byte[] bytes = new byte[size];
    new Random(size).nextBytes(bytes);
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    return file;
  }

  /** {@code depositor} (signed in with {@code browser}) deposits {@code file}; its id. */
  private long deposit(
      Browser browser, Exchange exchange, Path file, Person to, String note, String zip) {
    return TusTestClient.depositFully(
        http,
        URI.create(url("/")),
        browser.cookieHeader(),
        exchange.project().id(),
        file,
        List.of(to.id()),
        note,
        zip);
  }

  /** The project's responsable, signed in in a browser of their own, deposits for the member. */
  private void depositAsStaff(Exchange exchange, Path file, String note, String zip)
      throws Exception {
    try (Browser staff = new Browser(base)) {
      assertThat(signIn(staff, exchange.staff())).isTrue();
      deposit(staff, exchange, file, exchange.member(), note, zip);
    }
  }

  /** *Télécharger* in the download dialog: the 303's target. */
  private String confirmDownload(Browser member) throws Exception {
    HttpResponse<byte[]> started =
        submit(member, "telecharger", Map.of("telecharger:telecharger", "Télécharger"));
    assertThat(started.statusCode()).as("POST of the dialog").isEqualTo(303);
    return started.headers().firstValue("Location").orElseThrow();
  }

  private String projectPage(Exchange exchange) {
    return "/app/echange/projet.xhtml?projet=" + exchange.project().id();
  }

  /**
   * Submits the form {@code formId} of the browser's page as the browser would (its view state and
   * session), with {@code fields} added: a click on a command link or button. Not redirected.
   */
  private HttpResponse<byte[]> submit(Browser browser, String formId, Map<String, String> fields)
      throws Exception {
    Map<String, String> form = new LinkedHashMap<>();
    form.put(formId, formId);
    form.put(
        "jakarta.faces.ViewState",
        browser.attributeCss(
            "form[id='" + formId + "'] input[name='jakarta.faces.ViewState']", "value"));
    form.putAll(fields);
    String body = form(form);
    return http.send(
        HttpRequest.newBuilder(
                URI.create(browser.attributeCss("form[id='" + formId + "']", "action")))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Cookie", browser.cookieHeader())
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  /** A click on the name of the {@code row}th document of *Récupération*: the 303's target. */
  private String clickName(Browser browser, int row) throws Exception {
    String link = "recuperation:docs:" + row + ":nom";
    HttpResponse<byte[]> response = submit(browser, "recuperation", Map.of(link, link));
    assertThat(response.statusCode()).as("POST of the name").isEqualTo(303);
    return response.headers().firstValue("Location").orElseThrow();
  }

  private HttpResponse<byte[]> get(Browser browser, String location, String... headers)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url(location))).header("Cookie", browser.cookieHeader());
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  @Test
  @DisplayName(
      "R-E2/R-E6/R-E9: staff deposit for a member; the member sees it in bold with its note as a"
          + " tooltip and its SHA-256, downloads it (bytes, digest and headers match), then it is"
          + " no longer bold and the counter moved")
  void retrieveAndDownload() throws Exception {
    Exchange exchange = exchange(null, false);
    Path first = file("Document01.txt", 3041);
    Path second = file("Document02.txt", 5000);
    try (Browser staff = new Browser(base);
        Browser member = new Browser(base)) {
      assertThat(signIn(staff, exchange.staff())).isTrue();
      deposit(staff, exchange, first, exchange.member(), "Voir la page 2.", null);
      deposit(staff, exchange, second, exchange.member(), null, null);

      assertThat(signIn(member, exchange.member())).isTrue();
      member.open(projectPage(exchange));
      member.screenshot("echange-recuperation");
      assertThat(member.text("compte-recuperation")).isEqualTo("2 Éléments Éléments 1 à 2");
      // Newest first: Document02 then Document01.
      assertThat(member.text("recuperation:docs:0:nom")).isEqualTo("Document02.txt");
      assertThat(member.text("recuperation:docs:1:nom")).isEqualTo("Document01.txt");
      assertThat(member.attributeCss("tr:nth-child(2)", "class")).contains("unread");
      assertThat(member.textCss("tr:nth-child(2) .document-name strong"))
          .isEqualTo("Document01.txt");
      assertThat(member.attribute("recuperation:docs:1:nom", "title")).isEqualTo("Voir la page 2.");
      assertThat(member.attribute("recuperation:docs:1:nom", "aria-describedby"))
          .isEqualTo("note-1");
      byte[] bytes = Files.readAllBytes(first);
      assertThat(member.main())
          .contains("2,97 Ko", "Expire dans 45 jours", sha256(bytes), "Déposé par Julie Morin");

      String location = clickName(member, 1);
      assertThat(location).matches(".*/app/echange/telechargement/\\d+");
      HttpResponse<byte[]> download = get(member, location);
      assertThat(download.statusCode()).isEqualTo(200);
      assertThat(download.body()).isEqualTo(bytes);
      assertThat(sha256(download.body())).isEqualTo(sha256(bytes));
      assertThat(download.headers().firstValue("ETag")).hasValue("\"" + sha256(bytes) + "\"");
      assertThat(download.headers().firstValue("Repr-Digest"))
          .hasValue(
              "sha-256=:"
                  + Base64.getEncoder()
                      .encodeToString(MessageDigest.getInstance("SHA-256").digest(bytes))
                  + ":");
      assertThat(download.headers().firstValue("Accept-Ranges")).hasValue("bytes");
      assertThat(download.headers().firstValue("Cache-Control")).hasValue("no-store");
      assertThat(download.headers().firstValue("Content-Disposition"))
          .hasValueSatisfying(d -> assertThat(d).contains("attachment", "UTF-8''Document01.txt"));

      member.open(projectPage(exchange));
      assertThat(member.attributeCss("tr:nth-child(2)", "class")).doesNotContain("unread");
      assertThat(member.text("compteur-recuperation"))
          .isEqualTo("Téléchargements effectués: 1 / 10");

      member.select("recuperation:tri", "Croissante");
      member.awaitText("recuperation:docs:0:nom", "Document01.txt");

      staff.open(projectPage(exchange) + "&onglet=transfert");
      assertThat(staff.text("compteur-transfert")).isEqualTo("Téléversements effectués: 2 / 10");
      assertThat(staff.main()).contains("1 / 1", "0 / 1");
    }
  }

  @Test
  @DisplayName(
      "R-E8/R-E9: in a single-download project the page warns first; a download broken after"
          + " its first bytes resumes with Range (206) and completes; a second one is refused")
  void singleDownload() throws Exception {
    Exchange exchange = exchange(null, true);
    Path file = file("Liste électorale.csv", 200_000);
    byte[] bytes = Files.readAllBytes(file);
    depositAsStaff(exchange, file, null, null);
    try (Browser member = new Browser(base)) {
      assertThat(signIn(member, exchange.member())).isTrue();
      member.open(projectPage(exchange));
      assertThat(member.text("avertissement-unique"))
          .contains("qu'une seule fois", "enregistrer le document et non de simplement l'ouvrir");
      member.click("recuperation:docs:0:nom");
      assertThat(member.text("telecharger-titre")).contains("Liste électorale.csv");
      assertThat(member.text("telecharger")).contains("Si vous fermez le document sans l'avoir");
      member.screenshot("echange-unique-dialogue");

      String location = confirmDownload(member);

      HttpResponse<byte[]> head = get(member, location, "Range", "bytes=0-99999");
      assertThat(head.statusCode()).isEqualTo(206);
      assertThat(head.headers().firstValue("Content-Range")).hasValue("bytes 0-99999/200000");
      assertThat(get(member, location, "Range", "bytes=300000-").statusCode()).isEqualTo(416);
      HttpResponse<byte[]> stale =
          get(member, location, "Range", "bytes=100000-", "If-Range", "\"autre\"");
      assertThat(stale.statusCode()).as("If-Range that does not match").isEqualTo(200);
      // That whole answer completed the download: the single download is used.
      assertThat(stale.body()).isEqualTo(bytes);
      assertThat(get(member, location, "Range", "bytes=0-9").statusCode()).isEqualTo(403);

      member.open(projectPage(exchange));
      assertThat(member.exists("recuperation:docs:0:nom")).isFalse();
      assertThat(member.main()).contains("(déjà téléchargé)");
      assertThat(member.text("compteur-recuperation"))
          .isEqualTo("Téléchargements effectués: 1 / 10");
    }
  }

  @Test
  @DisplayName(
      "R-E8/R-E9: a single download broken mid-file is resumed with Range and If-Range, and the"
          + " two parts are the document")
  void brokenSingleDownloadResumes() throws Exception {
    Exchange exchange = exchange(null, true);
    Path file = file("Liste.csv", 300_000);
    byte[] bytes = Files.readAllBytes(file);
    depositAsStaff(exchange, file, null, null);
    try (Browser member = new Browser(base)) {
      assertThat(signIn(member, exchange.member())).isTrue();
      member.open(projectPage(exchange));
      member.click("recuperation:docs:0:nom");
      String location = confirmDownload(member);
      HttpResponse<byte[]> part = get(member, location, "Range", "bytes=0-122879");
      String etag = part.headers().firstValue("ETag").orElseThrow();
      HttpResponse<byte[]> rest = get(member, location, "Range", "bytes=122880-", "If-Range", etag);
      assertThat(rest.statusCode()).isEqualTo(206);
      byte[] whole = new byte[bytes.length];
      System.arraycopy(part.body(), 0, whole, 0, part.body().length);
      System.arraycopy(rest.body(), 0, whole, part.body().length, rest.body().length);
      assertThat(whole).isEqualTo(bytes);
      assertThat(get(member, location).statusCode()).isEqualTo(403);
    }
  }

  @Test
  @DisplayName(
      "R-E2/R-E3: twelve documents page ten at a time; after a deposit the transfer form's"
          + " rafraichirTransfert brings the Transfert list and counter up to date in place")
  void pagingAndRefresh() throws Exception {
    Exchange exchange = exchange(null, false);
    try (Browser staff = new Browser(base);
        Browser member = new Browser(base)) {
      assertThat(signIn(staff, exchange.staff())).isTrue();
      for (int i = 1; i <= 12; i++) {
        deposit(
            staff,
            exchange,
            file(String.format("Document%02d.txt", i), 100 + i),
            exchange.member(),
            null,
            null);
      }
      assertThat(signIn(member, exchange.member())).isTrue();
      member.open(projectPage(exchange));
      assertThat(member.text("compte-recuperation")).isEqualTo("12 Éléments Éléments 1 à 10");
      assertThat(member.text("recuperation:docs:0:nom")).isEqualTo("Document12.txt");
      member.click("recuperation:suivant");
      assertThat(member.text("compte-recuperation")).isEqualTo("12 Éléments Éléments 11 à 12");
      assertThat(member.text("recuperation:docs:1:nom")).isEqualTo("Document01.txt");
      member.click("recuperation:precedent");
      assertThat(member.text("compte-recuperation")).isEqualTo("12 Éléments Éléments 1 à 10");

      member.open(projectPage(exchange) + "&onglet=transfert");
      assertThat(member.text("compte-transfert")).isEqualTo("0 élément");
      deposit(member, exchange, file("Réponse.txt", 500), exchange.staff(), null, null);
      member.script("rafraichirTransfert();");
      member.awaitText("compte-transfert", "1 élément Élément 1 à 1");
      assertThat(member.text("compteur-transfert")).isEqualTo("Téléversements effectués: 1 / 10");
    }
  }

  @Test
  @DisplayName(
      "R-E3/R-E6: a partner user sends to a responsable with a note, sees it in Transfert, and"
          + " withdraws it after a confirmation naming the file: gone for the recipient too")
  void withdraw() throws Exception {
    Exchange exchange = exchange(null, false);
    Path file = file("Rapport.pdf", 10_000);
    try (Browser staff = new Browser(base);
        Browser member = new Browser(base)) {
      assertThat(signIn(member, exchange.member())).isTrue();
      deposit(member, exchange, file, exchange.staff(), "Pour la réunion de lundi", null);
      assertThat(signIn(staff, exchange.staff())).isTrue();
      staff.open(projectPage(exchange));
      assertThat(staff.attribute("recuperation:docs:0:nom", "title"))
          .isEqualTo("Pour la réunion de lundi");

      member.open(projectPage(exchange) + "&onglet=transfert");
      assertThat(member.text("compte-transfert")).isEqualTo("1 élément Élément 1 à 1");
      assertThat(member.text("compteur-transfert")).isEqualTo("Téléversements effectués: 1 / 10");
      member.click("transfert:docs:0:retirer");
      assertThat(member.text("confirmer-retrait"))
          .contains("Voulez-vous retirer le document « Rapport.pdf »");
      member.screenshot("echange-retrait");
      member.click("confirmer-retrait:retirer");
      assertThat(member.main()).contains("Le document « Rapport.pdf » a été retiré.", "0 élément");
      assertThat(member.text("compteur-transfert")).isEqualTo("Téléversements effectués: 0 / 10");

      staff.open(projectPage(exchange));
      assertThat(staff.text("compte-recuperation")).isEqualTo("0 élément");
    }
  }

  @Test
  @DisplayName(
      "R-E10: a protected document asks its password; a wrong one is refused at the field; the"
          + " right one streams an AES-256 ZIP that 7-Zip opens with it and not without")
  void protectedZip() throws Exception {
    Exchange exchange = exchange(null, false);
    Path file = file("Liste des électeurs.csv", 150_000);
    String password = "Scrutin-2026!";
    depositAsStaff(exchange, file, null, password);
    try (Browser member = new Browser(base)) {
      assertThat(signIn(member, exchange.member())).isTrue();
      member.open(projectPage(exchange));
      member.click("recuperation:docs:0:nom");
      assertThat(member.main()).contains("archive ZIP protégée");
      member.type("telecharger:mot-de-passe", "mauvais-mot").click("telecharger:telecharger");
      assertThat(member.text("telecharger:mot-de-passe-erreur"))
          .isEqualTo("Le mot de passe de l'archive est incorrect.");
      member.screenshot("echange-zip-dialogue");

      HttpResponse<byte[]> zip =
          submit(
              member,
              "telecharger",
              Map.of(
                  "telecharger:mot-de-passe", password, "telecharger:telecharger", "Télécharger"));
      assertThat(zip.statusCode()).isEqualTo(200);
      assertThat(zip.headers().firstValue("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).startsWith("application/zip"));
      Path archive = dir.resolve("archive.zip");
      Files.write(archive, zip.body());

      assertThat(sevenZip(archive, "pas-le-bon", dir.resolve("sans"))).isNotZero();
      assertThat(sevenZip(archive, password, dir.resolve("avec"))).isZero();
      assertThat(Files.readAllBytes(dir.resolve("avec").resolve("Liste des électeurs.csv")))
          .isEqualTo(Files.readAllBytes(file));
    }
  }

  @Test
  @DisplayName(
      "R-U1: another member's download ticket and another project's page are not found, audited")
  void anotherOnesTicket() throws Exception {
    Exchange exchange = exchange(null, false);
    Exchange elsewhere = exchange(null, false);
    Path file = file("Document.txt", 2000);
    depositAsStaff(exchange, file, null, null);
    try (Browser member = new Browser(base);
        Browser intruder = new Browser(base)) {
      assertThat(signIn(member, exchange.member())).isTrue();
      member.open(projectPage(exchange));
      String location = clickName(member, 0);

      assertThat(signIn(intruder, elsewhere.member())).isTrue();
      assertThat(get(intruder, location).statusCode()).isEqualTo(404);
      String ticket = location.substring(location.lastIndexOf('/') + 1);
      assertThat(ExchangeTestData.audit(elsewhere.member().id(), "ACCESS_REFUSED"))
          .anySatisfy(
              d -> assertThat(d).startsWith("OUT_OF_SCOPE|").endsWith("|téléchargement " + ticket));
      intruder.open(projectPage(exchange));
      assertThat(intruder.textCss("h1")).isEqualTo("Page introuvable");
      assertThat(get(member, location).body()).isEqualTo(Files.readAllBytes(file));
    }
  }

  private static int sevenZip(Path zip, String password, Path out) throws Exception {
    List<String> command = new ArrayList<>(List.of("7z", "x", "-y", "-o" + out, "-p" + password));
    command.add(zip.toString());
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return p.exitValue();
  }
}
