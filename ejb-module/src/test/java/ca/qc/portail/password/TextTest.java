package ca.qc.portail.password;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TextTest {

  @Test
  @DisplayName("R-P1, R-A7: folding drops accents and case, spells out œ and æ")
  void fold() {
    assertThat(Text.fold("Élodie")).isEqualTo("elodie");
    assertThat(Text.fold("FRANÇOIS")).isEqualTo("francois");
    assertThat(Text.fold("Lœtitia Æsa")).isEqualTo("loetitia aesa");
    assertThat(Text.fold("e\u0301lodie")).as("already decomposed").isEqualTo("elodie");
    assertThat(Text.fold(null)).isEmpty();
  }

  @Test
  @DisplayName(
      "R-P1, R-A7: names are cut into parts; parts under 3 letters and particles are left out")
  void nameParts() {
    assertThat(Text.nameParts("Jean-Pierre")).containsExactly("jean", "pierre");
    assertThat(Text.nameParts("D'Amours")).containsExactly("amours");
    assertThat(Text.nameParts("de la Fontaine")).containsExactly("fontaine");
    assertThat(Text.nameParts("Des Rosiers")).containsExactly("rosiers");
    assertThat(Text.nameParts("Ng")).isEmpty();
    assertThat(Text.nameParts("Lee")).containsExactly("lee");
    assertThat(Text.nameParts(null)).isEmpty();
  }
}
