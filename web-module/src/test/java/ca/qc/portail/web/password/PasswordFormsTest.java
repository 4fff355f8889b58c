package ca.qc.portail.web.password;

import static org.assertj.core.api.Assertions.assertThat;

import ca.qc.portail.password.PasswordPolicy;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The criteria every password page lists under its fields (R-P1), for each policy. */
class PasswordFormsTest {

  private static final Locale FRENCH = Locale.CANADA_FRENCH;
  private static final Locale ENGLISH = Locale.CANADA;

  @Test
  @DisplayName("R-P1: the 2021 policy is listed in seed 002's words, and in English")
  void policy2021() {
    assertThat(PasswordForms.criteria(PasswordPolicy.V2021, FRENCH))
        .containsExactly(
            "huit caractères minimum",
            "au moins un caractère spécial",
            "au moins une minuscule",
            "au moins une majuscule",
            "au moins un chiffre");
    assertThat(PasswordForms.criteria(PasswordPolicy.V2021, ENGLISH))
        .containsExactly(
            "8 characters minimum",
            "at least one special character",
            "at least one lowercase letter",
            "at least one uppercase letter",
            "at least one digit");
  }

  @Test
  @DisplayName("R-P1: the 2008 policy: dix caractères, lowercase, uppercase and digit")
  void policy2008() {
    assertThat(PasswordForms.criteria(PasswordPolicy.V2008, FRENCH))
        .containsExactly(
            "dix caractères minimum",
            "au moins une minuscule",
            "au moins une majuscule",
            "au moins un chiffre");
  }

  // Issue 12, finding 15: under NIST the pages state the NIST rule, in French and in English.
  @Test
  @DisplayName("R-P1: the NIST policy says 15 characters and that no kind of character is required")
  void policyNist() {
    assertThat(PasswordForms.criteria(PasswordPolicy.NIST, FRENCH))
        .containsExactly(
            "15 caractères minimum",
            "des caractères de votre choix : ni majuscule, ni chiffre, ni caractère spécial n'est"
                + " exigé; une phrase de plusieurs mots, espaces compris, convient");
    assertThat(PasswordForms.criteria(PasswordPolicy.NIST, ENGLISH))
        .containsExactly(
            "15 characters minimum",
            "any characters you like: no capital, digit or special character is required; a phrase"
                + " of several words, spaces included, will do");
  }
}
