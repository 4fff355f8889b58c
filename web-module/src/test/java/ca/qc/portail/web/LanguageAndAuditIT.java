package ca.qc.portail.web;

import static org.assertj.core.api.Assertions.assertThat;

import ca.qc.portail.account.InternalRole;
import ca.qc.portail.account.Profile;
import ca.qc.portail.audit.Phrase;
import ca.qc.portail.partner.MeasureFamily;
import ca.qc.portail.web.TestPeople.Partner;
import ca.qc.portail.web.TestPeople.Person;
import ca.qc.portail.web.TestProjects.Project;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, points 1 to 3: *Nous joindre* reachable from every page and from the messages that send
 * people to support; every page in English without French left; central's audit trail in sentences
 * of the reader's language, one record per line at 1280 pixels.
 */
class LanguageAndAuditIT extends BrowserTesting {

  /**
   * Frequent words of the French interface ({@code messages_fr.properties}) that are not English:
   * none may show on a page in English. Proper names (Québec, the ministry's units in the postal
   * address, the language switch « Français ») are not in the list.
   */
  static final List<String> FRENCH_WORDS =
      List.of(
          "Compte",
          "compte",
          "Mot de passe",
          "mot de passe",
          "Demande",
          "demande",
          "Annuler",
          "Rechercher",
          "Recherche",
          "Détail",
          "désactivé",
          "Désactiver",
          "Réactiver",
          "Courriel",
          "courriel",
          "Organisme",
          "organisme",
          "Retour",
          "Quitter",
          "Connexion",
          "Déconnexion",
          "Enregistrer",
          "Modifier",
          "Continuer",
          "Effacer",
          "Aucun",
          "Aucune",
          "Résultat",
          "Auteur",
          "Actif",
          "Inactif",
          "Verrouillé",
          "Expiré",
          "Départ volontaire",
          "Groupe central",
          "Système",
          "Réussite",
          "Échec",
          "Prénom",
          "Nom de famille",
          "Téléphone",
          "Adresse",
          "Raison",
          "raison",
          "Date d'expiration",
          "Entente",
          "entente",
          "Échange",
          "Utilisateur",
          "utilisateur",
          "responsable",
          "Responsable",
          "Formulaire",
          "Page refusée",
          "Code de sécurité",
          "Valider",
          "Choisir",
          "Sélectionner",
          "Télécharger",
          "Envoyer",
          "Oui",
          "Heures",
          "aaaa-mm-jj",
          "AAAA-MM-JJ",
          "Nous joindre",
          "Accueil",
          "Menu principal",
          "Bonjour",
          "Votre",
          "votre",
          "Vous",
          "vous",
          "avec",
          "pour",
          "est",
          "des",
          "les",
          "une");

  private static final Pattern WORDS =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}'])("
              + String.join("|", FRENCH_WORDS.stream().map(Pattern::quote).toList())
              + ")(?![\\p{L}\\p{N}])");

  /** Every partner's name and every person's full name the database holds now. */
  private static List<String> namesInTheDatabase() throws Exception {
    List<String> names = new ArrayList<>();
    try (Connection db = TestPeople.connect();
        var statement = db.createStatement();
        var partners = statement.executeQuery("SELECT name FROM partner")) {
      while (partners.next()) {
        names.add(partners.getString(1));
      }
      try (var people =
          statement.executeQuery("SELECT first_name || ' ' || last_name FROM user_account")) {
        while (people.next()) {
          names.add(people.getString(1));
        }
      }
    }
    // The longest first, so a name is removed whole before a shorter one inside it.
    names.sort((a, b) -> b.length() - a.length());
    return names;
  }

  /**
   * The visible text of the page in English, but what is marked as French (the language switch) and
   * the partner data the test made.
   */
  private static String englishText(Browser browser, List<String> ownData) {
    String text =
        (String)
            browser.evaluate(
                "var c = document.body.cloneNode(true);"
                    + " c.querySelectorAll('[lang=fr], script, style').forEach(e => e.remove());"
                    + " return c.innerText + ' ' + Array.from(document.querySelectorAll("
                    + "'input[placeholder], [title], [aria-label]')).map(e =>"
                    + " (e.getAttribute('placeholder') || '') + ' ' + (e.getAttribute('title') ||"
                    + " '') + ' ' + (e.getAttribute('aria-label') || '')).join(' ');");
    for (String data : ownData) {
      text = text.replace(data, " ");
    }
    return text;
  }

  private static List<String> frenchIn(String text) {
    List<String> found = new ArrayList<>();
    Matcher m = WORDS.matcher(text);
    while (m.find()) {
      int from = Math.max(0, m.start() - 40);
      int to = Math.min(text.length(), m.end() + 40);
      found.add(m.group(1) + " « " + text.substring(from, to).replace('\n', ' ') + " »");
    }
    return found;
  }

  /** Visits each page in English and records the French words found on it, by page. */
  private static void sweep(
      Browser browser,
      String actor,
      List<String> pages,
      List<String> ownData,
      Map<String, List<String>> leaks) {
    for (String page : pages) {
      browser.open(page);
      assertThat(browser.lang()).as(page).isEqualTo("en");
      List<String> found = frenchIn(englishText(browser, ownData));
      if (!found.isEmpty()) {
        leaks.put(actor + " " + page, found);
        browser.screenshot(
            "point2-francais-" + actor + "-" + page.replaceAll("[^A-Za-z0-9]+", "-"));
      }
    }
  }

  /** Signs in with English chosen on the login page, before the password. */
  private static boolean signInInEnglish(Browser browser, Person person) throws Exception {
    browser.open("/connexion.xhtml", "en");
    return signIn(browser, person);
  }

  @Test
  @DisplayName(
      "Issue 13 point 1: Nous joindre, public, in every footer and beside support messages")
  void point1_nousJoindreFromEveryFooterAndSupportMessages() throws Exception {
    Partner partner = TestPeople.partner("Northwind Learning", MeasureFamily.EMPLOYABILITE);
    Person user = TestPeople.user(partner, "Alice", "Walker", Profile.UTILISATEUR_INDIVIDUS);
    Person inactive =
        TestPeople.person(partner, "Bruce", "Wayne")
            .profiles(Profile.UTILISATEUR_INDIVIDUS)
            .state("INACTIF", "DEPART_VOLONTAIRE", "CENTRAL", Duration.ofDays(3))
            .create();
    try (Browser browser = new Browser(base)) {
      // Signed out: from the login page's footer.
      browser.open("/connexion.xhtml").clickCss("footer a#nous-joindre");
      assertThat(browser.path()).startsWith("/nous-joindre.xhtml");
      assertThat(browser.title()).startsWith("Nous joindre");
      assertThat(browser.main())
          .contains("Région de Québec :", "418 528-2627")
          .contains("Partout ailleurs :", "1 866 815-6044")
          .contains("Numéro de télécopieur :", "418 646-7081")
          .contains("Adresse courriel :", "aces.msi@mess.gouv.qc.ca")
          .contains("425, rue Saint-Amable, RC 120", "Québec (Québec)")
          .contains("Heures d'ouverture :");
      assertThat(browser.attribute("courriel", "href"))
          .isEqualTo("mailto:aces.msi@mess.gouv.qc.ca");
      assertThat(browser.attribute("telephone-local", "href")).isEqualTo("tel:+14185282627");
      browser.screenshot("point1-nous-joindre");

      // A message that sends the person to support offers the page.
      browser.signIn(inactive.code(), inactive.password());
      assertThat(browser.main()).contains("Communiquez avec l'équipe de soutien");
      assertThat(browser.textCss(".support-link a"))
          .isEqualTo("Nous joindre : coordonnées de l'équipe de soutien");
      browser.screenshot("point1-message-soutien");
      browser.clickCss(".support-link a");
      assertThat(browser.path()).startsWith("/nous-joindre.xhtml");

      // Signed in: the same page, from the footer of the menu, with the way back to the menu.
      assertThat(signIn(browser, user)).isTrue();
      browser.open("/app/accueil.xhtml").clickCss("footer a#nous-joindre");
      assertThat(browser.main()).contains("418 528-2627").contains("Retour au menu principal");
      assertThat(browser.attribute("sortie:deconnexion", "value")).isEqualTo("Déconnexion");

      // In English, the page's words follow the language; the contacts are the same.
      browser.open("/nous-joindre.xhtml", "en");
      assertThat(browser.title()).startsWith("Contact us");
      assertThat(browser.main()).contains("Québec City area:", "418 528-2627", "Office hours:");
    }
  }

  @Test
  @DisplayName("Issue 13 point 1: the form 2490 PDF carries the postal address and ministry box")
  void point1_form2490PdfHasPostalAddress() throws Exception {
    Partner partner = TestPeople.partner("Northwind Learning", MeasureFamily.EMPLOYABILITE);
    Person officer = TestPeople.principalOfficer(partner, "Carol", "Danvers");
    try (Browser browser = new Browser(base)) {
      assertThat(signIn(browser, officer)).isTrue();
      HttpResponse<byte[]> fr =
          get(
              "/app/securite/formulaire-2490.pdf",
              browser,
              HttpResponse.BodyHandlers.ofByteArray());
      assertThat(fr.statusCode()).isEqualTo(200);
      String french = pdfText(fr.body());
      assertThat(french)
          .contains("Acheminer par la poste la copie originale de ce formulaire au :")
          .contains("425, rue Saint-Amable, RC 120")
          .contains("À L'USAGE DU MINISTÈRE DE L'EMPLOI ET DE LA SOLIDARITÉ SOCIALE");
      browser.open("/app/accueil.xhtml", "en");
      String english =
          pdfText(
              get(
                      "/app/securite/formulaire-2490.pdf",
                      browser,
                      HttpResponse.BodyHandlers.ofByteArray())
                  .body());
      assertThat(english)
          .contains("Mail the original copy of this form to:", "425, rue Saint-Amable, RC 120")
          .contains("SECTION 1 – Partner identification")
          .doesNotContain("Renseignements sur l'identité", "Nom de famille");
    }
  }

  @Test
  @DisplayName("Issue 13 point 2: every page, for every actor, in English with no French word left")
  void point2_englishSweep_everyPageEveryActor() throws Exception {
    Partner partner =
        TestPeople.partner(
            "Northwind Learning", MeasureFamily.EMPLOYABILITE, MeasureFamily.FORMATION);
    Person officer = TestPeople.principalOfficer(partner, "Diana", "Prince");
    Person user = TestPeople.user(partner, "Peter", "Parker", Profile.UTILISATEUR_INDIVIDUS);
    Person leaver =
        TestPeople.person(partner, "Clark", "Kent")
            .profiles(Profile.UTILISATEUR_INDIVIDUS)
            .state("INACTIF", "DEPART_VOLONTAIRE", "CENTRAL", Duration.ofDays(3))
            .create();
    Person central = TestPeople.agent("Nadia", "Lavoie", InternalRole.AGENT_CENTRAL);
    Person operator = TestPeople.agent("Oliver", "Queen", InternalRole.OPERATEUR);
    Person staff = TestPeople.agent("Julia", "Morgan", InternalRole.PERSONNEL);
    Project project =
        TestProjects.project(partner, "Shared reports", List.of(user), List.of(staff));
    List<String> ownData =
        List.of(
            partner.name(),
            "475, rue du Cégep, Sherbrooke (Québec)",
            project.code(),
            project.name(),
            officer.fullName(),
            user.fullName(),
            leaver.fullName(),
            central.fullName(),
            operator.fullName(),
            staff.fullName());
    // Other test classes' partners and people share the database and appear on central's pages:
    // their names are data, not the interface (tests do not depend on each other's order).
    ownData = new ArrayList<>(ownData);
    ownData.addAll(namesInTheDatabase());
    Map<String, List<String>> leaks = new LinkedHashMap<>();

    try (Browser browser = new Browser(base)) {
      browser.open("/connexion.xhtml", "en");
      sweep(
          browser,
          "public",
          List.of(
              "/connexion.xhtml",
              "/mot-de-passe-oublie.xhtml",
              "/inscription.xhtml",
              "/nous-joindre.xhtml",
              "/page-qui-n-existe-pas.xhtml",
              "/session-expiree.xhtml",
              "/acces-refuse.xhtml"),
          ownData,
          leaks);
      // A refused login in English: its message and the link to support.
      browser.signIn(leaver.code(), leaver.password());
      leaks.putAll(found("public", "/connexion.xhtml (inactive)", browser, ownData));
    }

    try (Browser browser = new Browser(base)) {
      int mark = Mailbox.mark(user.email());
      assertThat(signInInEnglish(browser, user)).isTrue();
      // The security code e-mailed after English was chosen on the login page is in English.
      List<Mailbox.Mail> mails = Mailbox.to(user.email());
      Mailbox.Mail code = mails.get(mails.size() - 1);
      assertThat(mails.size()).isGreaterThan(mark);
      assertThat(code.subject()).isEqualTo("Security code");
      sweep(
          browser,
          "user",
          List.of(
              "/app/accueil.xhtml",
              "/app/ententes.xhtml",
              "/app/mot-de-passe.xhtml",
              "/app/desactivation.xhtml",
              "/app/echange/index.xhtml",
              "/app/echange/projet.xhtml?projet=" + project.id(),
              "/nous-joindre.xhtml"),
          ownData,
          leaks);
    }

    try (Browser browser = new Browser(base)) {
      assertThat(signInInEnglish(browser, officer)).isTrue();
      sweep(
          browser,
          "officer",
          List.of(
              "/app/accueil.xhtml",
              "/app/securite/organisme.xhtml",
              "/app/securite/dossier.xhtml?compte=" + leaver.id(),
              "/app/securite/dossier.xhtml?compte=" + user.id(),
              "/app/securite/formulaire.xhtml"),
          ownData,
          leaks);
      browser.open("/app/securite/dossier.xhtml?compte=" + leaver.id());
      // R-S3 in English: the stored reason and central's authorship, in words of the reader.
      assertThat(browser.text("historique"))
          .contains("by An agent of the Central Security Group")
          .contains("for the following reason: Voluntary departure");
      browser.screenshot("point2-dossier-en");
    }

    try (Browser browser = new Browser(base)) {
      assertThat(signInInEnglish(browser, central)).isTrue();
      sweep(
          browser,
          "central",
          List.of(
              "/app/accueil.xhtml",
              "/app/central/index.xhtml",
              "/app/central/partenaires.xhtml",
              "/app/central/organisme.xhtml?id=" + partner.id(),
              "/app/central/comptes.xhtml",
              "/app/central/dossier.xhtml?compte=" + leaver.id(),
              "/app/central/demandes.xhtml",
              "/app/central/demande-saisie.xhtml",
              "/app/central/codes.xhtml",
              "/app/echange/admin/index.xhtml"),
          ownData,
          leaks);
      browser.open("/app/central/audit.xhtml");
      browser.type("recherche:personne", user.code()).click("recherche:rechercher");
      leaks.putAll(found("central", "/app/central/audit.xhtml", browser, ownData));
    }

    try (Browser browser = new Browser(base)) {
      assertThat(signInInEnglish(browser, operator)).isTrue();
      sweep(
          browser,
          "operator",
          List.of(
              "/app/accueil.xhtml",
              "/app/operations/index.xhtml",
              "/app/operations/courriels.xhtml"),
          ownData,
          leaks);
    }

    try (Browser browser = new Browser(base)) {
      assertThat(signInInEnglish(browser, staff)).isTrue();
      sweep(
          browser,
          "staff",
          List.of(
              "/app/accueil.xhtml",
              "/app/echange/index.xhtml",
              "/app/echange/projet.xhtml?projet=" + project.id(),
              "/app/echange/admin/index.xhtml",
              "/app/echange/admin/projet.xhtml?id=" + project.id()),
          ownData,
          leaks);
    }

    assertThat(leaks).as("French words on pages in English").isEmpty();
  }

  private static String pdfText(byte[] pdf) throws Exception {
    try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
    }
  }

  private static Map<String, List<String>> found(
      String actor, String page, Browser browser, List<String> ownData) {
    List<String> found = frenchIn(englishText(browser, ownData));
    if (found.isEmpty()) {
      return Map.of();
    }
    browser.screenshot("point2-francais-" + actor + "-" + page.replaceAll("[^A-Za-z0-9]+", "-"));
    return Map.of(actor + " " + page, found);
  }

  @Test
  @DisplayName(
      "Issue 13 point 3: central's audit in sentences, one record per line at 1280 px, CSV alike")
  void point3_readableAuditAt1280() throws Exception {
    Partner partner = TestPeople.partner("Northwind Learning", MeasureFamily.EMPLOYABILITE);
    Person user = TestPeople.user(partner, "Tony", "Stark", Profile.UTILISATEUR_INDIVIDUS);
    Person central = TestPeople.agent("Maria", "Hill", InternalRole.AGENT_CENTRAL);
    // A refused self-deactivation as SelfService records it: the violations as message keys.
    try (Connection db = TestPeople.connect()) {
      TestPeople.update(
          db,
          "INSERT INTO audit_event (id, occurred_at, actor, actor_account_id, client_address,"
              + " action, outcome, target_account_id, partner_id, detail)"
              + " VALUES (?, ?, ?, ?, '192.0.2.7', 'ACCOUNT_DEACTIVATED', 'REFUSED', ?, ?, ?)",
          TestPeople.nextId(db, "audit_event_seq"),
          Timestamp.from(Instant.now()),
          user.code(),
          user.id(),
          user.id(),
          partner.id(),
          Phrase.of(
              "SELF_DEACTIVATION_REFUSED", Phrase.keys(List.of("deactivation.reason.required"))));
    }
    try (Browser browser = new Browser(base)) {
      // Real records: a wrong password, then a login with its security code.
      browser.signIn(user.code(), "Pas-le-bon-2026!");
      assertThat(signIn(browser, user)).isTrue();
    }
    try (Browser browser = new Browser(base)) {
      browser.width(1280);
      assertThat(signIn(browser, central)).isTrue();
      browser.open("/app/central/audit.xhtml");
      browser.type("recherche:personne", user.code()).click("recherche:rechercher");
      browser.screenshot("point3-journal-1280");
      String table = browser.textCss(".audit-table tbody");
      assertThat(table)
          .contains("Mot de passe invalide")
          .contains("Code de sécurité accepté")
          .contains(
              "Désactivation à la demande de l'utilisateur refusée : "
                  + "Choisissez la raison de désactivation.")
          .doesNotContain("REASON_MISSING", "deactivation.reason", "[", "LOGIN;");
      // One line per record: every row as high as the header's single line of text.
      @SuppressWarnings("unchecked")
      List<Long> heights =
          (List<Long>)
              browser.evaluate(
                  "return Array.from(document.querySelectorAll('.audit-table tbody tr'))"
                      + ".map(r => Math.round(r.getBoundingClientRect().height));");
      long lineHeight =
          (Long)
              browser.evaluate(
                  "var td = document.querySelector('.audit-table tbody td');"
                      + " var s = getComputedStyle(td);"
                      + " return Math.round(parseFloat(s.lineHeight) + parseFloat(s.paddingTop)"
                      + " + parseFloat(s.paddingBottom) + 2);");
      assertThat(heights)
          .isNotEmpty()
          .allSatisfy(h -> assertThat(h).isLessThanOrEqualTo(lineHeight));
      // Timestamps are whole: never wrapped nor cut.
      assertThat(
              browser.evaluate(
                  "return Array.from(document.querySelectorAll('.audit-table tbody"
                      + " td.audit-col-when')).every(td => td.scrollWidth <= td.clientWidth);"))
          .isEqualTo(Boolean.TRUE);
      // The filters line up with their columns: each filter starts where its column starts.
      assertFiltersLineUp(browser);
      browser.screenshot("point3-journal-1280");

      HttpResponse<String> csv = post("/app/central/audit.csv", browser, "personne=" + user.code());
      assertThat(csv.statusCode()).isEqualTo(200);
      assertThat(csv.body())
          .contains("Détail;Code de l'action;Code du résultat;Détail (code)")
          .contains(
              "Désactivation à la demande de l'utilisateur refusée : Choisissez la raison de"
                  + " désactivation.;ACCOUNT_DEACTIVATED;REFUSED;")
          .contains(";Connexion;Échec;")
          .contains("Mot de passe invalide;LOGIN;FAILURE;WRONG_PASSWORD");

      // In English, the page and the export say the same records in English.
      browser.open("/app/central/audit.xhtml", "en");
      browser.type("recherche:personne", user.code()).click("recherche:rechercher");
      assertThat(browser.textCss(".audit-table tbody"))
          .contains("Invalid password", "Security code accepted")
          .contains("Deactivation at the user's request refused: ");
      browser.screenshot("point3-journal-1280-en");
      String english = post("/app/central/audit.csv", browser, "personne=" + user.code()).body();
      assertThat(english).contains("Invalid password;LOGIN;FAILURE;WRONG_PASSWORD");
    }
  }

  /**
   * What the audit page cuts off that a reader cannot get back by hovering: a time, an address or
   * an outcome cut short, a heading that does not fit its column, a drop-down list whose choice is
   * cut (its text box: the list's width less padding and Chromium's arrow, about 20 px), a cut
   * placeholder, and a page or table that scrolls sideways.
   */
  private static final String AUDIT_CUTS =
      "var cut = [];"
          + " document.querySelectorAll('.audit-table td.audit-col-when, .audit-table"
          + " td.audit-col-address, .audit-table td.audit-col-outcome, .audit-table th')"
          + ".forEach(function (e) { if (e.scrollWidth > e.clientWidth) {"
          + " cut.push(e.className + ': ' + e.textContent.trim()); } });"
          + " function room(e) { var s = getComputedStyle(e); return e.clientWidth"
          + " - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight); }"
          + " function width(e, text) { var c = document.createElement('canvas').getContext('2d');"
          + " c.font = getComputedStyle(e).font; return c.measureText(text).width; }"
          + " document.querySelectorAll('.audit-filters select').forEach(function (e) {"
          + " var text = e.options[e.selectedIndex].text;"
          + " if (width(e, text) > room(e) - 20) { cut.push(e.id + ': ' + text); } });"
          + " document.querySelectorAll('.audit-filters input[placeholder]').forEach(function (e) {"
          + " if (width(e, e.placeholder) > room(e)) { cut.push(e.id + ': ' + e.placeholder); } });"
          + " var table = document.querySelector('.audit-table .ui-datatable-tablewrapper');"
          + " if (table.scrollWidth > table.clientWidth) { cut.push('the table scrolls sideways'); }"
          + " var page = document.documentElement;"
          + " if (page.scrollWidth > page.clientWidth) { cut.push('the page scrolls sideways'); }"
          + " return cut;";

  @Test
  @DisplayName(
      "Issue 13 points 3 and 4: at 1024 px central's audit cuts no time, address, outcome, heading"
          + " or filter, in French and in English, and its filters still line up")
  void point3_auditWholeAt1024() throws Exception {
    Partner partner = TestPeople.partner("Northwind Learning", MeasureFamily.EMPLOYABILITE);
    Person user = TestPeople.user(partner, "Tony", "Stark", Profile.UTILISATEUR_INDIVIDUS);
    Person central = TestPeople.agent("Maria", "Hill", InternalRole.AGENT_CENTRAL);
    try (Browser browser = new Browser(base)) {
      // Real records, with the browser's address: a wrong password, then a login.
      browser.signIn(user.code(), "Pas-le-bon-2026!");
      assertThat(signIn(browser, user)).isTrue();
    }
    try (Browser browser = new Browser(base)) {
      browser.width(1024);
      assertThat(signIn(browser, central)).isTrue();
      for (String lang : List.of("fr", "en")) {
        browser.open("/app/central/audit.xhtml", lang);
        browser.type("recherche:personne", user.code()).click("recherche:rechercher");
        browser.screenshot("point3-journal-1024-" + lang);
        assertThat(browser.textCss(".audit-table tbody")).contains(user.code());
        assertThat(browser.evaluate(AUDIT_CUTS))
            .as("cut at 1024 px (%s)", lang)
            .isEqualTo(List.of());
        assertFiltersLineUp(browser);
      }
    }
  }

  /** Each filter of central's audit starts where its column starts (issue 13, point 3). */
  private static void assertFiltersLineUp(Browser browser) {
    @SuppressWarnings("unchecked")
    List<List<Long>> lefts =
        (List<List<Long>>)
            browser.evaluate(
                "return ['when','person','action','outcome','partner'].map(c => ["
                    + " Math.round(document.querySelector('.audit-filters .audit-col-' + c)"
                    + ".getBoundingClientRect().left),"
                    + " Math.round(document.querySelector('.audit-table th.audit-col-' + c)"
                    + ".getBoundingClientRect().left)]);");
    assertThat(lefts)
        .allSatisfy(
            pair ->
                assertThat(pair.get(0))
                    .isCloseTo(pair.get(1), org.assertj.core.data.Offset.offset(3L)));
  }
}
