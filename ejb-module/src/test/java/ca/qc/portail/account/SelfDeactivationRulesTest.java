package ca.qc.portail.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SelfDeactivationRulesTest {

  @Test
  @DisplayName("R-D1: a reason is required")
  void reasonRequired() {
    assertThat(SelfDeactivationRules.checkReason(null, "texte"))
        .containsExactly(DeactivationViolation.REASON_MISSING);
  }

  @Test
  @DisplayName("R-D1: « Autre raison » requires a text, blanks do not count")
  void otherReasonRequiresText() {
    assertThat(SelfDeactivationRules.checkReason(DeactivationReason.AUTRE_RAISON, null))
        .containsExactly(DeactivationViolation.OTHER_REASON_MISSING);
    assertThat(SelfDeactivationRules.checkReason(DeactivationReason.AUTRE_RAISON, "   "))
        .containsExactly(DeactivationViolation.OTHER_REASON_MISSING);
    assertThat(SelfDeactivationRules.checkReason(DeactivationReason.AUTRE_RAISON, " Retraite "))
        .isEmpty();
  }

  @Test
  @DisplayName("R-D1: the other reason holds at most 300 characters")
  void otherReasonAtMost300() {
    assertThat(SelfDeactivationRules.checkReason(DeactivationReason.AUTRE_RAISON, "x".repeat(300)))
        .isEmpty();
    assertThat(SelfDeactivationRules.checkReason(DeactivationReason.AUTRE_RAISON, "x".repeat(301)))
        .containsExactly(DeactivationViolation.OTHER_REASON_TOO_LONG);
  }

  @Test
  @DisplayName("R-D1, issue 13 point 2: a listed reason needs no text; its code is recorded")
  void listedReasonRecordsLabel() {
    assertThat(SelfDeactivationRules.checkReason(DeactivationReason.DEPART_VOLONTAIRE, null))
        .isEmpty();
    assertThat(SelfDeactivationRules.recordedReason(DeactivationReason.DEPART_VOLONTAIRE, "x"))
        .isEqualTo("DEPART_VOLONTAIRE");
    assertThat(SelfDeactivationRules.recordedReason(DeactivationReason.AUTRE_RAISON, " Retraite "))
        .isEqualTo("Retraite");
  }

  @Test
  @DisplayName("R-D1: the seed's eight reasons, in its order")
  void seedsReasons() {
    assertThat(java.util.Arrays.stream(DeactivationReason.values()).map(DeactivationReason::label))
        .containsExactly(
            "Absence prolongée",
            "Autre raison",
            "Changement de fonction",
            "Congédiement",
            "Départ volontaire",
            "Fin de contrat",
            "Fermeture d'entreprise",
            "Fin de l'entente de service");
  }

  @Test
  @DisplayName("R-D2: officers see only the first three characters of the user code")
  void firstThree() {
    assertThat(SelfDeactivationRules.firstThree("mtremblay")).isEqualTo("mtr");
    assertThat(SelfDeactivationRules.firstThree("ab")).isEqualTo("ab");
  }
}
