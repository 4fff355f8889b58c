package ca.qc.portail.platform;

import static org.assertj.core.api.Assertions.assertThat;

import ca.qc.portail.administration.FileViolation;
import ca.qc.portail.administration.PersonalData;
import ca.qc.portail.administration.SecurityFileRules;
import ca.qc.portail.exchange.DepositRequest;
import ca.qc.portail.exchange.DepositViolation;
import ca.qc.portail.exchange.ExchangeRules;
import ca.qc.portail.exchange.ProjectData;
import ca.qc.portail.exchange.ProjectViolation;
import ca.qc.portail.partner.PartnerData;
import ca.qc.portail.partner.PartnerRules;
import ca.qc.portail.partner.PartnerViolation;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Finding #13 of issue 12: the services' rules refuse control characters too (a value that did not
 * come through a page), each at its field, and accept names in every script.
 */
class ControlCharacterRulesTest {

  private static PartnerData partner(String name, String address) {
    return PartnerRules.normalise(
        new PartnerData(name, address, "J1E 4K1", "819 564-6350", "1143214567", null, false));
  }

  @Test
  @DisplayName("#13: a partner's name or address with NUL, ESC or a bidi override is refused")
  void partner() {
    assertThat(PartnerRules.check(partner("CÉGEP\u0000", "475, rue du Cégep")))
        .containsExactly(PartnerViolation.NAME_CONTROL_CHARACTERS);
    assertThat(PartnerRules.check(partner("CÉGEP", "475\u202E, rue\u001b")))
        .containsExactly(PartnerViolation.ADDRESS_CONTROL_CHARACTERS);
    assertThat(PartnerRules.check(partner("ᐃᓄᒃᑎᑐᑦ 北京 مركز", "ᓄᓇᕗᑦ, 北京市朝阳区"))).isEmpty();
  }

  @Test
  @DisplayName("#13: central's correction of a person's names refuses control characters")
  void personalData() {
    assertThat(
            SecurityFileRules.checkPersonalData(
                new PersonalData("Côté\u0007", "Marie\r\nX", null, "m@example.org", "123456")))
        .containsExactly(
            FileViolation.LAST_NAME_CONTROL_CHARACTERS,
            FileViolation.FIRST_NAME_CONTROL_CHARACTERS);
    assertThat(
            SecurityFileRules.checkPersonalData(
                new PersonalData("ᑭᓚᐳᒃ", "李小龍", null, "m@example.org", "123456")))
        .isEmpty();
  }

  @Test
  @DisplayName(
      "#13: a project's name refuses line breaks, its consent text keeps them; no override kept in"
          + " a file name")
  void exchange() {
    ProjectData project =
        new ProjectData("P001", "Projet\n001", "Ligne 1\nLigne 2\u0000", false, 10, 10, 45, false);
    assertThat(ExchangeRules.check(ExchangeRules.normalise(project)))
        .containsExactly(
            ProjectViolation.NAME_CONTROL_CHARACTERS, ProjectViolation.CONSENT_CONTROL_CHARACTERS);
    assertThat(
            ExchangeRules.check(
                ExchangeRules.normalise(
                    new ProjectData(
                        "P001", "Projet", "Ligne 1\nLigne 2", false, 10, 10, 45, false))))
        .isEmpty();
    assertThat(ExchangeRules.fileName("rapport\u202Etxt.exe")).isEqualTo("rapporttxt.exe");
    assertThat(
            ExchangeRules.check(
                new DepositRequest("a.txt", 10, List.of(1L), "Note\u001b[2J", null),
                100,
                Set.of(1L),
                null))
        .containsExactly(DepositViolation.NOTE_CONTROL_CHARACTERS);
  }
}
