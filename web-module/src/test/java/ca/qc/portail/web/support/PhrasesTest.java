package ca.qc.portail.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import ca.qc.portail.administration.SecurityFile;
import ca.qc.portail.audit.AuditEvent;
import ca.qc.portail.audit.Phrase;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 13, points 2 and 3: stored codes read as sentences in the reader's language. */
class PhrasesTest {

  private static final Phrases FR = Phrases.in(Locale.CANADA_FRENCH);
  private static final Phrases EN = Phrases.in(Locale.CANADA);

  @Test
  @DisplayName("Point 3: a refusal's violations read as sentences, not developer keys")
  void point3_violationsAsSentences() {
    String stored =
        Phrase.of(
            "SELF_DEACTIVATION_REFUSED", Phrase.keys(List.of("deactivation.reason.required")));

    assertThat(FR.auditDetail(stored))
        .isEqualTo(
            "Désactivation à la demande de l'utilisateur refusée : "
                + "Choisissez la raison de désactivation.")
        .doesNotContain("REASON_MISSING", "deactivation.reason");
    assertThat(EN.auditDetail(stored))
        .startsWith("Deactivation at the user's request refused: ")
        .doesNotContain("désactivation", "REASON_MISSING");
  }

  @Test
  @DisplayName("Point 3: the issue's own example, request.matrix.officer, reads as its message")
  void point3_requestViolation() {
    String stored = Phrase.of("FORM_2490_REFUSED", Phrase.keys(List.of("request.matrix.officer")));

    assertThat(FR.auditDetail(stored))
        .startsWith("Formulaire 2490 refusé : ")
        .doesNotContain("request.matrix", "approverRole");
    assertThat(EN.auditDetail(stored))
        .startsWith("Form 2490 refused: ")
        .doesNotContain("request.matrix");
  }

  @Test
  @DisplayName("Point 2: reasons and authors stored as codes read in the reader's language")
  void point2_reasonsAndAuthors() {
    assertThat(FR.stateReason("DEPART_VOLONTAIRE")).isEqualTo("Départ volontaire");
    assertThat(EN.stateReason("DEPART_VOLONTAIRE")).isEqualTo("Voluntary departure");
    assertThat(EN.stateReason("FAILED_LOGINS_LOCKED|5")).isEqualTo("5 failed login attempts");
    assertThat(FR.stateReason("FERMETURE_D_ENTREPRISE")).isEqualTo("Fermeture d'entreprise");
    assertThat(EN.stateReason("Retraite anticipée")).isEqualTo("Retraite anticipée");
    assertThat(FR.author(SecurityFile.CENTRAL_AUTHOR))
        .isEqualTo("Un agent du Groupe central de la sécurité");
    assertThat(EN.author(SecurityFile.CENTRAL_AUTHOR))
        .isEqualTo("An agent of the Central Security Group");
    assertThat(EN.author(AuditEvent.SYSTEM)).isEqualTo("the system");
    assertThat(EN.actor(AuditEvent.SYSTEM)).isEqualTo("System");
    assertThat(EN.auditDetail(Phrase.of("SELF_DEACTIVATED", Phrase.reason("CONGEDIEMENT"))))
        .isEqualTo("Deactivated at the user's request: Dismissal");
  }

  @Test
  @DisplayName("Point 3: an older record's sentence and unknown codes are shown as recorded")
  void point3_legacyTextAsStored() {
    assertThat(EN.auditDetail("Connexion réussie")).isEqualTo("Connexion réussie");
    assertThat(EN.auditDetail("SOMETHING_NEW|1")).isEqualTo("SOMETHING_NEW|1");
    assertThat(EN.auditDetail(null)).isNull();
  }

  @Test
  @DisplayName("Points 2, 3: every code the application records has a sentence in both languages")
  void everyRecordedCodeHasSentences() throws IOException {
    Properties fr = bundle("fr");
    Properties en = bundle("en");
    for (String code : recordedCodes()) {
      assertThat(fr.getProperty("auditDetail." + code)).as("fr " + code).isNotBlank();
      assertThat(en.getProperty("auditDetail." + code)).as("en " + code).isNotBlank();
    }
  }

  /**
   * The codes of the sources' {@code .detail("CODE"…)} calls, read from the ejb module's classes.
   */
  private static List<String> recordedCodes() throws IOException {
    java.nio.file.Path sources = java.nio.file.Path.of("../ejb-module/src/main/java");
    java.nio.file.Path batch = java.nio.file.Path.of("../batch-module/src/main/java");
    Pattern call = Pattern.compile("(?:detail|audited|Phrase\\.of)\\(\\s*\"([A-Z][A-Z0-9_]+)\"");
    Pattern choice = Pattern.compile("\\? \"([A-Z][A-Z0-9_]+)\" : \"([A-Z][A-Z0-9_]+)\"");
    java.util.Set<String> codes = new java.util.TreeSet<>();
    for (java.nio.file.Path root : List.of(sources, batch)) {
      try (var files = java.nio.file.Files.walk(root)) {
        for (java.nio.file.Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
          String text = java.nio.file.Files.readString(file);
          Matcher m = call.matcher(text);
          while (m.find()) {
            codes.add(m.group(1));
          }
          Matcher c = choice.matcher(text);
          while (c.find()) {
            if (text.contains(".detail(") || text.contains("Phrase.of(")) {
              codes.add(c.group(1));
              codes.add(c.group(2));
            }
          }
        }
      }
    }
    codes.removeIf(c -> c.equals("CODE"));
    assertThat(codes).contains("LOGIN_SUCCEEDED", "SELF_DEACTIVATION_REFUSED", "REFUSED");
    return List.copyOf(codes);
  }

  private static Properties bundle(String language) throws IOException {
    Properties p = new Properties();
    try (InputStream in =
        PhrasesTest.class.getResourceAsStream(
            "/ca/qc/portail/web/messages_" + language + ".properties")) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }
}
