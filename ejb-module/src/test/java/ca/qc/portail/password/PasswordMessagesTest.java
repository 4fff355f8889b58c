package ca.qc.portail.password;

import static org.assertj.core.api.Assertions.assertThat;

import ca.qc.portail.testing.WebMessages;
import java.io.IOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The texts live in the web module; this checks, from the rules' side, that none is missing. */
class PasswordMessagesTest {

  @ParameterizedTest
  @ValueSource(strings = {"fr", "en"})
  @DisplayName("R-P1, R-P3, R-A7: every violation has its text, intact through MessageFormat")
  void everyViolationHasItsText(String language) throws IOException {
    Properties messages = WebMessages.load(language);
    Locale locale = Locale.forLanguageTag(language);
    for (PasswordViolation violation : PasswordViolation.values()) {
      String text = messages.getProperty(violation.messageKey());
      assertThat(text).as(violation.messageKey()).isNotBlank().doesNotContain("'");
      assertThat(new MessageFormat(text, locale).format(violation.arguments(PasswordPolicy.V2021)))
          .doesNotContain("{");
    }
    for (UserCodeViolation violation : UserCodeViolation.values()) {
      String text = messages.getProperty(violation.messageKey());
      assertThat(text).as(violation.messageKey()).isNotBlank().doesNotContain("'");
      assertThat(new MessageFormat(text, locale).format(violation.arguments())).doesNotContain("{");
    }
  }

  @Test
  @DisplayName("R-P1: the French texts use the guides' wording")
  void frenchWording() throws IOException {
    Properties fr = WebMessages.load("fr");
    Locale locale = Locale.CANADA_FRENCH;

    assertThat(
            new MessageFormat(fr.getProperty("password.tooShort"), locale)
                .format(PasswordViolation.TOO_SHORT.arguments(PasswordPolicy.V2008)))
        .isEqualTo("Le mot de passe doit comporter 10 caractères minimum.");
    assertThat(fr.getProperty("password.noSpecial")).contains("au moins un caractère spécial");
    assertThat(fr.getProperty("password.noLowercase")).contains("au moins une minuscule");
    assertThat(fr.getProperty("password.noUppercase")).contains("au moins une majuscule");
    assertThat(fr.getProperty("password.noDigit")).contains("au moins un chiffre");
    assertThat(fr.getProperty("password.onceADay"))
        .contains("Il est impossible de modifier son mot de passe plus d’une fois par jour.");
  }
}
