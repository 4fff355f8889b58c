package ca.qc.portail.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 13, points 2 and 3: what is stored instead of a sentence. */
class PhraseTest {

  @Test
  @DisplayName("A code and its values are stored together and read back")
  void codeAndValues() {
    String stored = Phrase.of("EXPIRY_CHANGED", "2026-01-01", "2026-06-30");

    assertThat(stored).isEqualTo("EXPIRY_CHANGED|2026-01-01|2026-06-30");
    assertThat(Phrase.parse(stored))
        .hasValue(new Phrase.Parsed("EXPIRY_CHANGED", List.of("2026-01-01", "2026-06-30")));
  }

  @Test
  @DisplayName("Violations are message keys, never the enum's developer names")
  void violationKeys() {
    assertThat(Phrase.keys(List.of("file.date.ownExtension", "file.reason.required")))
        .isEqualTo("@file.date.ownExtension,file.reason.required");
    assertThat(Phrase.of("REFUSED", Phrase.keys(List.of()))).isEqualTo("REFUSED|@");
  }

  @Test
  @DisplayName("A separator inside a value cannot split it; a sentence is kept as written")
  void separatorsAndSentences() {
    assertThat(Phrase.of("SELF_DEACTIVATED", Phrase.reason("Retraite | anticipée")))
        .isEqualTo("SELF_DEACTIVATED|~Retraite / anticipée");
    assertThat(Phrase.of("Connexion réussie")).isEqualTo("Connexion réussie");
    assertThat(Phrase.parse("Connexion réussie")).isEmpty();
    assertThat(Phrase.parse(null)).isEmpty();
  }
}
