package ca.qc.portail.password;

import static ca.qc.portail.password.PasswordViolation.COMMON;
import static ca.qc.portail.password.PasswordViolation.CONTAINS_EMAIL;
import static ca.qc.portail.password.PasswordViolation.CONTAINS_NAME;
import static ca.qc.portail.password.PasswordViolation.CONTAINS_USER_CODE;
import static ca.qc.portail.password.PasswordViolation.INVALID_CHARACTERS;
import static ca.qc.portail.password.PasswordViolation.MISMATCH;
import static ca.qc.portail.password.PasswordViolation.NO_DIGIT;
import static ca.qc.portail.password.PasswordViolation.NO_LOWERCASE;
import static ca.qc.portail.password.PasswordViolation.NO_SPECIAL;
import static ca.qc.portail.password.PasswordViolation.NO_UPPERCASE;
import static ca.qc.portail.password.PasswordViolation.REUSED;
import static ca.qc.portail.password.PasswordViolation.TOO_LONG;
import static ca.qc.portail.password.PasswordViolation.TOO_SHORT;
import static org.assertj.core.api.Assertions.assertThat;

import ca.qc.portail.authentication.LoginRules;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PasswordRulesTest {

  private static final PasswordRules V2021 =
      new PasswordRules(PasswordPolicy.V2021, CommonPasswords.top10000());
  private static final PasswordRules V2008 =
      new PasswordRules(PasswordPolicy.V2008, CommonPasswords.top10000());

  /** Nothing in the person's data is in the passwords below unless a test says so. */
  private static final PersonContext ELODIE =
      new PersonContext("qc4821", "ebch.rh@cegep.example", "Élodie", "Bouchard");

  private static final String VALID = "Soleil-Rouge-42";

  private static final PasswordHasher HASHER = new PasswordHasher(7168, 5, 1);

  private static List<PasswordViolation> check2021(String candidate) {
    return V2021.check(candidate, candidate, ELODIE, List.of(), HASHER);
  }

  @Test
  @DisplayName("R-P1: a password meeting every 2021 criterion is accepted")
  void acceptsValidPassword() {
    assertThat(check2021(VALID)).isEmpty();
    assertThat(check2021("Marée-Haute-9")).as("accented letters are letters").isEmpty();
    assertThat(check2021("Soleil Rouge 42")).as("a space is a special character").isEmpty();
  }

  static Stream<Arguments> eachCriterionAlone() {
    return Stream.of(
        Arguments.of("Sol-42a", TOO_SHORT),
        Arguments.of("Aa1!" + "x".repeat(253), TOO_LONG),
        Arguments.of("Soleil-Rouge\t42", INVALID_CHARACTERS),
        Arguments.of("Soleil-Rouge\u200B42", INVALID_CHARACTERS),
        Arguments.of("SOLEIL-ROUGE-42", NO_LOWERCASE),
        Arguments.of("soleil-rouge-42", NO_UPPERCASE),
        Arguments.of("Soleil-Rouge-Vif", NO_DIGIT),
        Arguments.of("SoleilRouge42", NO_SPECIAL),
        Arguments.of("Soleil-QC4821", CONTAINS_USER_CODE),
        Arguments.of("Ebch.Rh-2026", CONTAINS_EMAIL),
        Arguments.of("elodie2024!A", CONTAINS_NAME),
        Arguments.of("Bouchard-2024", CONTAINS_NAME),
        // In the shipped list as "sasha_007"; the comparison ignores case.
        Arguments.of("Sasha_007", COMMON));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @MethodSource("eachCriterionAlone")
  @DisplayName("R-P1: each criterion, failing alone, is named alone")
  void eachCriterionAlone(String candidate, PasswordViolation expected) {
    assertThat(check2021(candidate)).containsExactly(expected);
  }

  @Test
  @DisplayName("R-P1: errors name every unmet criterion, not only the first")
  void namesEveryUnmetCriterion() {
    assertThat(V2021.check("bouchard", "Bouchard", ELODIE, List.of(), HASHER))
        .containsExactly(NO_UPPERCASE, NO_DIGIT, NO_SPECIAL, CONTAINS_NAME, MISMATCH);
    assertThat(V2021.check("", null, ELODIE, List.of(), HASHER))
        .containsExactly(TOO_SHORT, NO_LOWERCASE, NO_UPPERCASE, NO_DIGIT, NO_SPECIAL, MISMATCH);
    assertThat(V2021.check("qc4821", "qc4821", ELODIE, List.of(), HASHER))
        .containsExactly(TOO_SHORT, NO_UPPERCASE, NO_SPECIAL, CONTAINS_USER_CODE);
  }

  @Test
  @DisplayName("R-P1: a null candidate or person is checked, not thrown on")
  void nullInputs() {
    assertThat(V2021.check(null, null, null, null, null))
        .containsExactly(TOO_SHORT, NO_LOWERCASE, NO_UPPERCASE, NO_DIGIT, NO_SPECIAL, MISMATCH);
    assertThat(V2021.check(VALID, VALID, new PersonContext(null, null, null, null), null, null))
        .isEmpty();
  }

  @Test
  @DisplayName("R-P1: the 2008 policy asks 10 characters, upper, lower and digit, no special")
  void policy2008() {
    assertThat(V2008.check("SoleilRouge42", "SoleilRouge42", ELODIE, List.of(), HASHER)).isEmpty();
    assertThat(V2021.check("SoleilRouge42", "SoleilRouge42", ELODIE, List.of(), HASHER))
        .containsExactly(NO_SPECIAL);

    assertThat(V2008.check("Tulipe-42", "Tulipe-42", ELODIE, List.of(), HASHER))
        .containsExactly(TOO_SHORT);
    assertThat(V2021.check("Tulipe-42", "Tulipe-42", ELODIE, List.of(), HASHER)).isEmpty();

    assertThat(V2008.check("soleilrouge", "soleilrouge", ELODIE, List.of(), HASHER))
        .containsExactly(NO_UPPERCASE, NO_DIGIT);
  }

  @Test
  @DisplayName("R-P1: the 2008 policy refuses a common password too (Password123 is in the list)")
  void commonUnder2008() {
    assertThat(V2008.check("Password123", "Password123", ELODIE, List.of(), HASHER))
        .containsExactly(COMMON);
    assertThat(V2021.check("Password123", "Password123", ELODIE, List.of(), HASHER))
        .containsExactly(NO_SPECIAL, COMMON);
  }

  // Issue 13, point 6: "Password123!" meets every 2021 criterion but is a disguised common one.
  @Test
  @DisplayName("R-P1: a common password disguised with digits, symbols or look-alikes is refused")
  void disguisedCommonRefused() {
    assertThat(check2021("Password123!")).containsExactly(COMMON);
    assertThat(check2021("P@ssw0rd-2026")).containsExactly(COMMON);
    assertThat(check2021("Dr4g0n$1")).containsExactly(COMMON);
    assertThat(V2008.check("Sunshine2026", "Sunshine2026", ELODIE, List.of(), HASHER))
        .containsExactly(COMMON);
  }

  private static final PasswordRules NIST =
      new PasswordRules(PasswordPolicy.NIST, CommonPasswords.top10000());

  private static List<PasswordViolation> checkNist(String candidate) {
    return NIST.check(candidate, candidate, ELODIE, List.of(), HASHER);
  }

  // Issue 12, finding 15: a passphrase without digits or capitals is accepted under NIST.
  @Test
  @DisplayName("R-P1: the NIST policy accepts a passphrase of 15+ characters, no composition rule")
  void nistAcceptsPassphrases() {
    assertThat(checkNist("correct horse battery staple zebra lamp")).isEmpty();
    assertThat(check2021("correct horse battery staple zebra lamp"))
        .containsExactly(NO_UPPERCASE, NO_DIGIT);
    assertThat(checkNist("tulipesbleuesdumatin")).isEmpty();
    assertThat(checkNist("TULIPES BLEUES DU MATIN")).isEmpty();
  }

  @Test
  @DisplayName("R-P1: the NIST policy keeps the length and every check other than composition")
  void nistKeepsTheOtherRefusals() {
    assertThat(checkNist("short phrase")).containsExactly(TOO_SHORT);
    assertThat(checkNist("Tulipe-Bleue-7")).as("14 characters").containsExactly(TOO_SHORT);
    assertThat(checkNist("Tulipe-Bleue-78")).as("15 characters").isEmpty();
    assertThat(checkNist("soleil levant sur qc4821")).containsExactly(CONTAINS_USER_CODE);
    assertThat(checkNist("le jardin de ebch.rh en mai")).containsExactly(CONTAINS_EMAIL);
    assertThat(checkNist("le grand jardin de elodie")).containsExactly(CONTAINS_NAME);
    // Listed entries are short: a long one reaches 15 characters only with a disguise.
    assertThat(checkNist("qwertyqwerty2026")).containsExactly(COMMON);
    assertThat(checkNist("!!!LeaveMeAlone!!!")).containsExactly(COMMON);
    assertThat(checkNist("un\tjardin fleuri en mai")).containsExactly(INVALID_CHARACTERS);
    assertThat(
            NIST.check(
                "un jardin fleuri en mai", "un jardin fleuri en juin", ELODIE, List.of(), HASHER))
        .containsExactly(MISMATCH);
    String previous = HASHER.hash("un jardin fleuri en mai");
    assertThat(
            NIST.check(
                "un jardin fleuri en mai",
                "un jardin fleuri en mai",
                ELODIE,
                List.of(previous),
                HASHER))
        .containsExactly(REUSED);
  }

  @Test
  @DisplayName("R-P1: a name is found whatever its accents and case")
  void nameContainmentIgnoresAccentsAndCase() {
    PersonContext elodie = new PersonContext(null, null, "Élodie", "Bouchard");
    PersonContext unaccented = new PersonContext(null, null, "ELODIE", "Bélair");

    assertThat(V2021.check("elodie2024!A", "elodie2024!A", elodie, List.of(), HASHER))
        .containsExactly(CONTAINS_NAME);
    assertThat(V2021.check("2024-ÉLODIE-x", "2024-ÉLODIE-x", unaccented, List.of(), HASHER))
        .containsExactly(CONTAINS_NAME);
    assertThat(V2021.check("Belair-2024!", "Belair-2024!", unaccented, List.of(), HASHER))
        .containsExactly(CONTAINS_NAME);
    assertThat(V2021.check("Cœur-Lœuvre-1", "Cœur-Lœuvre-1", unaccented, List.of(), HASHER))
        .isEmpty();
  }

  @Test
  @DisplayName("R-P1: compound names are checked part by part; short parts and particles are not")
  void nameParts() {
    PersonContext jeanPierre = new PersonContext(null, null, "Jean-Pierre", "Des Rosiers");
    PersonContext shortNames = new PersonContext(null, null, "Li", "Ng");

    assertThat(V2021.check("Pierre-Lune-42", "Pierre-Lune-42", jeanPierre, List.of(), HASHER))
        .containsExactly(CONTAINS_NAME);
    assertThat(V2021.check("Rosiers-Lune-4", "Rosiers-Lune-4", jeanPierre, List.of(), HASHER))
        .containsExactly(CONTAINS_NAME);
    assertThat(V2021.check("Modes-Lune-42", "Modes-Lune-42", jeanPierre, List.of(), HASHER))
        .as("the particle 'des' alone does not identify anyone")
        .isEmpty();
    assertThat(V2021.check("Lingot-Ngong-4", "Lingot-Ngong-4", shortNames, List.of(), HASHER))
        .as("names shorter than 3 letters are not checked")
        .isEmpty();
  }

  @Test
  @DisplayName("R-P1: the e-mail check uses the local part, accents and case ignored")
  void emailLocalPart() {
    PersonContext person = new PersonContext(null, "ebch.rh@cegep.example", null, null);

    assertThat(V2021.check("EBCH.RH-2026x", "EBCH.RH-2026x", person, List.of(), HASHER))
        .containsExactly(CONTAINS_EMAIL);
    assertThat(V2021.check("Cegep.Example-1", "Cegep.Example-1", person, List.of(), HASHER))
        .as("the domain is not the person's")
        .isEmpty();
  }

  @Test
  @DisplayName("R-P1: a user code is found whatever its case")
  void userCode() {
    PersonContext person = new PersonContext("Dupont88", null, null, null);

    assertThat(V2021.check("Lune-dupont88!", "Lune-dupont88!", person, List.of(), HASHER))
        .containsExactly(CONTAINS_USER_CODE);
  }

  @Test
  @DisplayName("R-P1: the confirmation must be identical, case included")
  void mismatch() {
    assertThat(V2021.check(VALID, "soleil-rouge-42", ELODIE, List.of(), HASHER))
        .containsExactly(MISMATCH);
    assertThat(V2021.check(VALID, VALID + " ", ELODIE, List.of(), HASHER))
        .containsExactly(MISMATCH);
    assertThat(V2021.check(VALID, null, ELODIE, List.of(), HASHER)).containsExactly(MISMATCH);
  }

  @Test
  @DisplayName("R-P1: none of the last 5 passwords; the 6th older one may be used again")
  void historyOfFive() {
    List<String> passwords =
        List.of(
            "Recent-Mdp-1",
            "Deuxieme-Mdp-2",
            "Troisieme-Mdp-3",
            "Quatrieme-Mdp-4",
            "Cinquieme-Mdp-5",
            "Sixieme-Mdp-6");
    List<String> mostRecentFirst = passwords.stream().map(HASHER::hash).toList();

    assertThat(V2021.check("Recent-Mdp-1", "Recent-Mdp-1", ELODIE, mostRecentFirst, HASHER))
        .containsExactly(REUSED);
    assertThat(V2021.check("Cinquieme-Mdp-5", "Cinquieme-Mdp-5", ELODIE, mostRecentFirst, HASHER))
        .containsExactly(REUSED);
    assertThat(V2021.check("Sixieme-Mdp-6", "Sixieme-Mdp-6", ELODIE, mostRecentFirst, HASHER))
        .isEmpty();
    assertThat(V2021.check("recent-mdp-1", "recent-mdp-1", ELODIE, mostRecentFirst, HASHER))
        .as("the history compares exactly, unlike the common list")
        .containsExactly(NO_UPPERCASE);
  }

  @Test
  @DisplayName("R-P1: every accepted password can be typed on the login page")
  void acceptedPasswordsCanSignIn() {
    for (String candidate :
        List.of(VALID, "Aa1!" + "x".repeat(252), "Été-à-Noël-24", "Soleil Rouge 42")) {
      assertThat(check2021(candidate)).isEmpty();
      assertThat(LoginRules.acceptableInput("qc4821", candidate)).isTrue();
    }
    for (String refused : List.of("Aa1!" + "x".repeat(253), "Soleil-Rouge\n42")) {
      assertThat(check2021(refused)).isNotEmpty();
      assertThat(LoginRules.acceptableInput("qc4821", refused)).isFalse();
    }
  }

  @Test
  @DisplayName("R-P1: the texts' numbers come from the policy and the rules")
  void messageArguments() {
    assertThat(TOO_SHORT.arguments(PasswordPolicy.V2021)).containsExactly(8);
    assertThat(TOO_SHORT.arguments(PasswordPolicy.V2008)).containsExactly(10);
    assertThat(TOO_LONG.arguments(PasswordPolicy.V2021)).containsExactly(256);
    assertThat(REUSED.arguments(PasswordPolicy.V2021)).containsExactly(5);
    assertThat(NO_SPECIAL.arguments(PasswordPolicy.V2021)).isEmpty();
  }
}
