package ca.qc.portail.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Finding #13 of issue 12: control and invisible format characters refused, every script kept. */
class TextInputTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Hélène Côté-Dubé",
        "Œuvre d'Émilie Bergeron",
        "ᐃᓄᒃᑎᑐᑦ ᓄᓇᕗᑦ",
        "北京市朝阳区建国路 88 号",
        "مركز التدريب المهني",
        "שלום",
        "Ελληνικά Кириллица",
        "नमस्ते",
        "می‌خواهم",
        "👩‍💻 1234, rue Principale, app. 5",
        "𠜎𠜱 (supplementary CJK)"
      })
  @DisplayName("#13: letters of every script, joiners and symbols are accepted")
  void everyScriptAccepted(String value) {
    // Finding #13 of issue 12.
    assertThat(TextInput.isClean(value)).isTrue();
    assertThat(TextInput.isClean(value, true)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Marie\u0000",
        "Marie\u0007",
        "\u001b[31mMarie",
        "Marie\r\nBcc: x",
        "Marie\nTremblay",
        "Marie\tTremblay",
        "Marie\u007f",
        "Marie\u0085",
        "Marie\u009b",
        "abc\u202Etxt.exe",
        "abc\u202A",
        "abc\u202D",
        "abc\u2066x\u2069",
        "abc\u200F",
        "abc\u061C",
        "\uFEFFMarie",
        "Marie\u2028",
        "Marie\uFFFF",
        "Marie\uD800",
        "tag\uDB40\uDC41"
      })
  @DisplayName("#13: C0/C1 controls, bidi controls and invisible format characters are refused")
  void controlsRefused(String value) {
    // Finding #13 of issue 12.
    assertThat(TextInput.isClean(value)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Ligne 1\nLigne 2", "Ligne 1\r\nLigne 2", "Col.\tA"})
  @DisplayName("#13: tab, CR and LF are accepted in multi-line fields only")
  void lineBreaksInMultiLineFields(String value) {
    assertThat(TextInput.isClean(value, true)).isTrue();
    assertThat(TextInput.isClean(value, false)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Texte\u0000", "Texte\u001b", "a\u202Eb\nc"})
  @DisplayName("#13: other controls stay refused in multi-line fields")
  void otherControlsRefusedInMultiLine(String value) {
    assertThat(TextInput.isClean(value, true)).isFalse();
  }
}
