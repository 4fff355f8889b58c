package ca.qc.portail.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The texts live in the web module; this checks, from the rules' side, that none is missing. */
class PasswordMessagesTest {

  private static Properties messages(String language) throws IOException {
    Path file =
        Path.of(
            "..",
            "web-module/src/main/resources/ca/qc/portail/web/messages_" + language + ".properties");
    assumeTrue(Files.isRegularFile(file), "web module beside this one");
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }

  @ParameterizedTest
  @ValueSource(strings = {"fr", "en"})
  @DisplayName("R-P1, R-P3, R-A7: every violation has its text, intact through MessageFormat")
  void everyViolationHasItsText(String language) throws IOException {
    Properties messages = messages(language);
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
    Properties fr = messages("fr");
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
