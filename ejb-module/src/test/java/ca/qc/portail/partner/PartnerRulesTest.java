package ca.qc.portail.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** R-C1: the format rules of a partner and of an agreement entered by central. */
class PartnerRulesTest {

  private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

  private static PartnerData partner(String postalCode, String phone, String neq) {
    return new PartnerData(
        "  CÉGEP DE SHERBROOKE ", "475, rue du Cégep", postalCode, phone, neq, null, true);
  }

  private static PartnerData normalised(PartnerData data) {
    return PartnerRules.normalise(data);
  }

  @Test
  @DisplayName("R-C1: a complete, well-formed entry has no violation and is stored canonical")
  void wellFormed() {
    PartnerData data = normalised(partner("j1e4k1", "(819) 564.6350", "11432 14567"));

    assertThat(PartnerRules.check(data)).isEmpty();
    assertThat(data.name()).isEqualTo("CÉGEP DE SHERBROOKE");
    assertThat(data.postalCode()).isEqualTo("J1E 4K1");
    assertThat(data.phone()).isEqualTo("819 564-6350");
    assertThat(data.neq()).isEqualTo("1143214567");
  }

  @Test
  @DisplayName("R-C1: the name and the NEQ are required; blanks count as missing")
  void requiredFields() {
    PartnerData data = normalised(new PartnerData("  ", null, null, null, " ", null, false));

    assertThat(PartnerRules.check(data))
        .containsExactly(PartnerViolation.NAME_REQUIRED, PartnerViolation.NEQ_REQUIRED);
  }

  @Test
  @DisplayName("R-C1: address, postal code, phone and education number are optional")
  void optionalFields() {
    PartnerData data =
        normalised(new PartnerData("Organisme", "", "", "", "1234567890", "", false));

    assertThat(PartnerRules.check(data)).isEmpty();
    assertThat(data.address()).isNull();
    assertThat(data.postalCode()).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"123456789", "12345678901", "11432I4567", "abcdefghij", "-143214567"})
  @DisplayName("R-C1: the NEQ is exactly 10 digits")
  void neqFormat(String neq) {
    assertThat(PartnerRules.check(normalised(partner("J1E 4K1", "819 564-6350", neq))))
        .containsExactly(PartnerViolation.NEQ_FORMAT);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"J1E4K", "J1E 4K12", "D1E 4K1", "J1E-4K1", "11E 4K1", "W1E 4K1", "Z0A 1A1"})
  @DisplayName("R-C1: the postal code is A1A 1A1, with Canada Post's letters")
  void postalCodeFormat(String postalCode) {
    assertThat(PartnerRules.check(normalised(partner(postalCode, "819 564-6350", "1143214567"))))
        .containsExactly(PartnerViolation.POSTAL_CODE_FORMAT);
  }

  @ParameterizedTest
  @CsvSource({"g1r4z1,G1R 4Z1", "G1R 4Z1,G1R 4Z1", " h2x 1y4 ,H2X 1Y4"})
  @DisplayName("R-C1: postal codes are stored in capitals with one space")
  void postalCodeCanonical(String typed, String stored) {
    assertThat(normalised(partner(typed, null, "1143214567")).postalCode()).isEqualTo(stored);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"564-6350", "819 564-635", "819 564-63500", "1 819 564-6350", "819/564/6350"})
  @DisplayName("R-C1: the phone number is ten digits (area code, exchange, line)")
  void phoneFormat(String phone) {
    assertThat(PartnerRules.check(normalised(partner("J1E 4K1", phone, "1143214567"))))
        .containsExactly(PartnerViolation.PHONE_FORMAT);
  }

  @ParameterizedTest
  @CsvSource({
    "8195646350,819 564-6350",
    "819-564-6350,819 564-6350",
    "(418) 555 0142,418 555-0142"
  })
  @DisplayName("R-C1: phone numbers are stored as 819 564-6350")
  void phoneCanonical(String typed, String stored) {
    assertThat(normalised(partner(null, typed, "1143214567")).phone()).isEqualTo(stored);
  }

  @Test
  @DisplayName("R-C1: the education ministry's number, when given, is digits only")
  void educationNumber() {
    PartnerData bad = new PartnerData("Organisme", null, null, null, "1143214567", "74A000", false);
    PartnerData good =
        new PartnerData("Organisme", null, null, null, "1143214567", "741000", false);

    assertThat(PartnerRules.check(normalised(bad)))
        .containsExactly(PartnerViolation.EDUCATION_NUMBER_FORMAT);
    assertThat(PartnerRules.check(normalised(good))).isEmpty();
  }

  @Test
  @DisplayName("R-C1: a name longer than 200 characters is refused")
  void nameTooLong() {
    PartnerData data =
        new PartnerData("x".repeat(201), null, null, null, "1143214567", null, false);

    assertThat(PartnerRules.check(normalised(data)))
        .containsExactly(PartnerViolation.NAME_TOO_LONG);
  }

  @Test
  @DisplayName("R-C1: every violation of an entry is reported at once, in form order")
  void allAtOnce() {
    assertThat(PartnerRules.check(normalised(partner("nope", "nope", "nope"))))
        .containsExactly(
            PartnerViolation.POSTAL_CODE_FORMAT,
            PartnerViolation.PHONE_FORMAT,
            PartnerViolation.NEQ_FORMAT);
  }

  private static AgreementData agreement(String number, LocalDate start, LocalDate end) {
    return PartnerRules.normalise(
        new AgreementData(number, MeasureFamily.FORMATION, " mfor ", start, end));
  }

  @Test
  @DisplayName("R-C1: a well-formed agreement; number and measure stored in capitals")
  void agreementWellFormed() {
    AgreementData data = agreement(" mfor-2026-0142 ", DAY, DAY.plusYears(1));

    assertThat(PartnerRules.check(data)).isEmpty();
    assertThat(data.number()).isEqualTo("MFOR-2026-0142");
    assertThat(data.measure()).isEqualTo("MFOR");
  }

  @Test
  @DisplayName("R-C1: the end date must come after the start date (boundary: the same day)")
  void agreementDates() {
    assertThat(PartnerRules.check(agreement("E-1", DAY, DAY)))
        .containsExactly(PartnerViolation.END_NOT_AFTER_START);
    assertThat(PartnerRules.check(agreement("E-1", DAY, DAY.minusDays(1))))
        .containsExactly(PartnerViolation.END_NOT_AFTER_START);
    assertThat(PartnerRules.check(agreement("E-1", DAY, DAY.plusDays(1)))).isEmpty();
  }

  @Test
  @DisplayName("R-C1: every field of an agreement is required")
  void agreementRequired() {
    assertThat(PartnerRules.check(new AgreementData(null, null, null, null, null)))
        .containsExactly(
            PartnerViolation.AGREEMENT_NUMBER_REQUIRED,
            PartnerViolation.FAMILY_REQUIRED,
            PartnerViolation.MEASURE_REQUIRED,
            PartnerViolation.START_REQUIRED,
            PartnerViolation.END_REQUIRED);
  }

  @Test
  @DisplayName("R-C1: agreement number and measure code are letters, digits (and hyphens)")
  void agreementFormats() {
    AgreementData data =
        PartnerRules.normalise(
            new AgreementData("MFOR 2026", MeasureFamily.FORMATION, "M-FOR", DAY, DAY.plusDays(1)));

    assertThat(PartnerRules.check(data))
        .containsExactly(PartnerViolation.AGREEMENT_NUMBER_FORMAT, PartnerViolation.MEASURE_FORMAT);
  }

  @Test
  @DisplayName("Every violation names a field of the form and a message key")
  void violationsNameTheirField() {
    for (PartnerViolation v : PartnerViolation.values()) {
      assertThat(v.field()).isNotBlank();
      assertThat(v.messageKey()).matches("(partner|agreement)\\.[a-zA-Z]+\\.[a-zA-Z]+");
    }
  }
}
