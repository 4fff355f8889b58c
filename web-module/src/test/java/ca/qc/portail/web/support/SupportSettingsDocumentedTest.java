package ca.qc.portail.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import ca.qc.portail.account.NewPasswords;
import ca.qc.portail.authentication.FailedLogins;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, "Done when": the *Nous joindre* settings the README's settings table documents are the
 * ones the code reads. Each {@code support.*} property of {@link SupportContacts} (and the
 * anti-fraud address of the security e-mails) has its row, under the environment variable
 * MicroProfile Config maps to it, with the code's default; and the README documents no {@code
 * SUPPORT_*} variable that nothing reads.
 */
class SupportSettingsDocumentedTest {

  /** The support settings the code reads: property name → default value. */
  private static Map<String, String> inCode() {
    Map<String, String> settings = new LinkedHashMap<>();
    for (Class<?> type : List.of(SupportContacts.class, FailedLogins.class, NewPasswords.class)) {
      for (Field field : type.getDeclaredFields()) {
        ConfigProperty property = field.getAnnotation(ConfigProperty.class);
        if (property != null && property.name().startsWith("support.")) {
          String previous = settings.put(property.name(), property.defaultValue());
          assertThat(previous == null || previous.equals(property.defaultValue()))
              .as("%s has one default in the code", property.name())
              .isTrue();
        }
      }
    }
    return settings;
  }

  /** What MicroProfile Config looks up in the environment for a property (its third form). */
  static String environmentName(String property) {
    return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
  }

  /** A row of the README's settings table: its variables and its default cell, unescaped. */
  record Row(List<String> variables, String defaults) {}

  static List<Row> supportRows(String readme) {
    List<Row> rows = new ArrayList<>();
    Pattern code = Pattern.compile("`([^`]+)`");
    for (String line : readme.lines().toList()) {
      if (!line.startsWith("| `SUPPORT_")) {
        continue;
      }
      String[] cells = line.split("(?<!\\\\)\\|");
      List<String> variables = new ArrayList<>();
      Matcher m = code.matcher(cells[1]);
      while (m.find()) {
        if (m.group(1).matches("SUPPORT_[A-Z_]+")) {
          variables.add(m.group(1));
        }
      }
      rows.add(new Row(variables, cells[2].replace("\\|", "|")));
    }
    return rows;
  }

  private static String readme() throws IOException {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("README.md"))
          && Files.isDirectory(dir.resolve("web-module"))) {
        return Files.readString(dir.resolve("README.md"), StandardCharsets.UTF_8);
      }
    }
    throw new IllegalStateException("No README.md above " + Path.of("").toAbsolutePath());
  }

  @Test
  @DisplayName(
      "Issue 13: every support setting the code reads is in the README, under its variable, with"
          + " the code's default")
  void everySupportSettingIsDocumentedWithItsDefault() throws IOException {
    List<Row> rows = supportRows(readme());
    Map<String, String> settings = inCode();
    assertThat(settings).containsKeys("support.phone.local", "support.address", "support.hours.en");
    for (Map.Entry<String, String> setting : settings.entrySet()) {
      String variable = environmentName(setting.getKey());
      Row row =
          rows.stream()
              .filter(r -> r.variables().contains(variable))
              .findFirst()
              .orElseThrow(() -> new AssertionError("No README row for " + variable));
      assertThat(row.defaults())
          .as("README default of %s (%s)", variable, setting.getKey())
          .contains("`" + setting.getValue() + "`");
    }
  }

  @Test
  @DisplayName("Issue 13: the README documents no SUPPORT_ variable that the code does not read")
  void noDocumentedSupportSettingIsUnread() throws IOException {
    List<String> read = inCode().keySet().stream().map(p -> environmentName(p)).toList();
    for (Row row : supportRows(readme())) {
      assertThat(read).containsAll(row.variables());
    }
  }

  @Test
  @DisplayName("The README parser reads escaped bars in a default and several variables in a row")
  void theParserReadsTheTable() {
    String table =
        """
        | `SUPPORT_PHONE_LOCAL`, `SUPPORT_PHONE_TOLLFREE` (`support.phone.*`) | `1`, `2` | x |
        | `SUPPORT_ADDRESS` (`support.address`) | `a\\|b` | y |
        """;
    assertThat(supportRows(table))
        .containsExactly(
            new Row(List.of("SUPPORT_PHONE_LOCAL", "SUPPORT_PHONE_TOLLFREE"), " `1`, `2` "),
            new Row(List.of("SUPPORT_ADDRESS"), " `a|b` "));
    assertThat(environmentName("support.phone.tollFree")).isEqualTo("SUPPORT_PHONE_TOLLFREE");
  }
}
