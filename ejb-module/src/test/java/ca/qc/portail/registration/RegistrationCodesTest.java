package ca.qc.portail.registration;

import static org.assertj.core.api.Assertions.assertThat;

import ca.qc.portail.calendar.BusinessCalendar;
import ca.qc.portail.notification.MailTemplates;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RegistrationCodesTest {

  @Test
  @DisplayName("R-A5: codes are 12 characters without look-alikes, and differ")
  void generatedCodes() {
    SecureRandom random = new SecureRandom();
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      String code = RegistrationCodes.generate(random);
      assertThat(code).hasSize(RegistrationCodes.LENGTH).matches("[A-HJKMNP-Z2-9]+");
      codes.add(code);
    }
    assertThat(codes).hasSize(1000);
  }

  @Test
  @DisplayName("R-A6: a typed code is compared without spaces, dashes or case")
  void normalize() {
    assertThat(RegistrationCodes.normalize(" abcd-efgh jkmn ")).isEqualTo("ABCDEFGHJKMN");
    assertThat(RegistrationCodes.normalize("   ")).isNull();
    assertThat(RegistrationCodes.normalize(null)).isNull();
    assertThat(RegistrationCodes.normalize("A".repeat(100))).isNull();
  }

  @Test
  @DisplayName("R-A1/R-A6: a partial SIN is exactly 6 digits")
  void partialSin() {
    assertThat(RegistrationCodes.partialSin("999222")).isEqualTo("999222");
    assertThat(RegistrationCodes.partialSin("999 222")).isEqualTo("999222");
    assertThat(RegistrationCodes.partialSin("99922")).isNull();
    assertThat(RegistrationCodes.partialSin("9992223")).isNull();
    assertThat(RegistrationCodes.partialSin("99922a")).isNull();
    assertThat(RegistrationCodes.partialSin("٩٩٩٢٢٢")).isNull();
    assertThat(RegistrationCodes.partialSin(null)).isNull();
  }

  @Test
  @DisplayName("R-A7: the partial SIN is shown as the seed shows it, \"999 222\"")
  void display() {
    assertThat(RegistrationCodes.display("999222")).isEqualTo("999 222");
  }

  @Test
  @DisplayName("R-A5: only a SHA-256 hash of the code is stored")
  void hash() {
    assertThat(RegistrationCodes.hash("ABCDEFGHJKMN"))
        .hasSize(64)
        .matches("[0-9a-f]+")
        .isNotEqualTo(RegistrationCodes.hash("ABCDEFGHJKMP"));
  }

  @Test
  @DisplayName("R-A5: a code is usable through its last valid day inclusive, and only Actif")
  void validThroughLastDayInclusive() {
    LocalDate issued = LocalDate.of(2026, 4, 2);
    LocalDate lastDay = new BusinessCalendar().plusBusinessDays(issued, 4);
    assertThat(lastDay).isEqualTo(LocalDate.of(2026, 4, 10));
    RegistrationCode code = new RegistrationCode(1L, "h", Instant.EPOCH, lastDay);
    assertThat(code.usableOn(issued)).isTrue();
    assertThat(code.usableOn(lastDay)).isTrue();
    assertThat(code.usableOn(lastDay.plusDays(1))).isFalse();
    code.markUsed(Instant.EPOCH);
    assertThat(code.usableOn(issued)).isFalse();
  }

  @Test
  @DisplayName("R-A5: the e-mail carries seed 001's text and the code")
  void emailText() {
    String text =
        MailTemplates.email(
                "a@b.example", "fr", "registrationCode", "ABCDEFGHJKMN", "2026-04-10", "http://x")
            .text();
    assertThat(text)
        .contains(
            "Voici votre code d'enregistrement; vous avez la responsabilité d'en maintenir la"
                + " confidentialité. À partir de sa date d'émission, un délai de quatre (4) jours"
                + " ouvrables vous est accordé pour choisir votre code d'utilisateur. Ce dernier ne"
                + " doit pas être formé d'une suite de caractères permettant de vous identifier par"
                + " votre nom ou votre prénom. Votre code d'enregistrement est : ABCDEFGHJKMN")
        .contains("2026-04-10");
    assertThat(
            MailTemplates.email("a@b.example", "en", "registrationCode", "ABCDEFGHJKMN", "d", "u")
                .text())
        .contains("Your registration code is: ABCDEFGHJKMN");
  }
}
