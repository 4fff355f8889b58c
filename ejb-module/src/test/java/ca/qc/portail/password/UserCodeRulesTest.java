package ca.qc.portail.password;

import static ca.qc.portail.password.UserCodeViolation.CONTAINS_NAME;
import static ca.qc.portail.password.UserCodeViolation.INVALID_CHARACTERS;
import static ca.qc.portail.password.UserCodeViolation.TOO_LONG;
import static ca.qc.portail.password.UserCodeViolation.TOO_SHORT;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class UserCodeRulesTest {

  private static final String FIRST = "Élodie";
  private static final String LAST = "Bélanger";

  @Test
  @DisplayName("R-A7: unaccented letters and digits, 6 or more, without the name, are accepted")
  void valid() {
    assertThat(UserCodeRules.check("abc123", FIRST, LAST)).isEmpty();
    assertThat(UserCodeRules.check("ABC123", FIRST, LAST)).isEmpty();
    assertThat(UserCodeRules.check("x".repeat(64), FIRST, LAST)).isEmpty();
  }

  @Test
  @DisplayName("R-A7: fewer than 6 characters is too short")
  void tooShort() {
    assertThat(UserCodeRules.check("abc12", FIRST, LAST)).containsExactly(TOO_SHORT);
    assertThat(UserCodeRules.check(null, FIRST, LAST)).containsExactly(TOO_SHORT);
  }

  @Test
  @DisplayName("R-A7: more than the 64 stored characters is too long")
  void tooLong() {
    assertThat(UserCodeRules.check("x".repeat(65), FIRST, LAST)).containsExactly(TOO_LONG);
  }

  @Test
  @DisplayName("R-A7: accented letters are refused (\"élève1\")")
  void accents() {
    assertThat(UserCodeRules.check("élève1", FIRST, LAST)).containsExactly(INVALID_CHARACTERS);
  }

  @Test
  @DisplayName("R-A7: hyphens, spaces and other symbols are refused (\"jean-pierre\")")
  void symbols() {
    assertThat(UserCodeRules.check("jean-pierre", FIRST, LAST)).containsExactly(INVALID_CHARACTERS);
    assertThat(UserCodeRules.check("abc 123", FIRST, LAST)).containsExactly(INVALID_CHARACTERS);
    assertThat(UserCodeRules.check("abc123\u0661", FIRST, LAST))
        .as("digits of other scripts are not ASCII digits")
        .containsExactly(INVALID_CHARACTERS);
  }

  @Test
  @DisplayName("R-A7: the last or first name is refused, accents and case ignored")
  void containsName() {
    assertThat(UserCodeRules.check("belanger7", FIRST, LAST)).containsExactly(CONTAINS_NAME);
    assertThat(UserCodeRules.check("XBELANGERX", FIRST, LAST)).containsExactly(CONTAINS_NAME);
    assertThat(UserCodeRules.check("elodie2024", FIRST, LAST)).containsExactly(CONTAINS_NAME);
    assertThat(UserCodeRules.check("jeanpierre1", "Jean-Pierre", "Roy"))
        .containsExactly(CONTAINS_NAME);
    assertThat(UserCodeRules.check("lingot12", "Li", "Ng"))
        .as("names shorter than 3 letters are not checked")
        .isEmpty();
  }

  @Test
  @DisplayName("R-A7: every unmet criterion is named")
  void several() {
    assertThat(UserCodeRules.check("élo", FIRST, LAST))
        .containsExactly(TOO_SHORT, INVALID_CHARACTERS);
    assertThat(UserCodeRules.check("élodie-b", FIRST, LAST))
        .containsExactly(INVALID_CHARACTERS, CONTAINS_NAME);
  }

  @Test
  @DisplayName("R-A7: the texts' numbers come from the rules")
  void messageArguments() {
    assertThat(TOO_SHORT.arguments()).containsExactly(6);
    assertThat(TOO_LONG.arguments()).containsExactly(64);
    assertThat(CONTAINS_NAME.arguments()).isEmpty();
  }
}
