package ca.qc.portail.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** R-C7: the CSV export's escaping, as Excel and RFC 4180 read it, and its formula defence. */
class CsvFormatTest {

  @Test
  @DisplayName("R-C7: plain fields are written as they are, separated by semicolons, CRLF-ended")
  void plain() {
    assertThat(CsvFormat.line(List.of("LOGIN", "SUCCESS", "Joseph Labonté")))
        .isEqualTo("LOGIN;SUCCESS;Joseph Labonté\r\n");
  }

  @Test
  @DisplayName("R-C7: null and empty fields are empty")
  void empty() {
    assertThat(CsvFormat.line(Arrays.asList(null, "", "x"))).isEqualTo(";;x\r\n");
  }

  @Test
  @DisplayName("R-C7: separators, quotes and line breaks are quoted, quotes doubled")
  void quoting() {
    assertThat(CsvFormat.field("a;b")).isEqualTo("\"a;b\"");
    assertThat(CsvFormat.field("a,b")).isEqualTo("\"a,b\"");
    assertThat(CsvFormat.field("dit \"non\"")).isEqualTo("\"dit \"\"non\"\"\"");
    assertThat(CsvFormat.field("ligne 1\nligne 2")).isEqualTo("\"ligne 1\nligne 2\"");
    assertThat(CsvFormat.field("a\r\nb")).isEqualTo("\"a\r\nb\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"=1+1", "+33", "-2+3", "@SUM(A1)", "=HYPERLINK(\"http://x\")"})
  @DisplayName("R-C7: a field a spreadsheet would evaluate is prefixed with an apostrophe")
  void formulas(String value) {
    String field = CsvFormat.field(value);
    String unquoted =
        field.startsWith("\"")
            ? field.substring(1, field.length() - 1).replace("\"\"", "\"")
            : field;

    assertThat(unquoted).isEqualTo("'" + value);
  }

  @Test
  @DisplayName("R-C7: a formula with a separator is both defused and quoted")
  void formulaQuoted() {
    assertThat(CsvFormat.field("=cmd;|' /C calc'!A0")).isEqualTo("\"'=cmd;|' /C calc'!A0\"");
    assertThat(CsvFormat.field("\t=1")).isEqualTo("\"'\t=1\"");
  }

  @Test
  @DisplayName(
      "R-C7, issue 13 point 3: a row gives the time in the ministry's zone, the sentences, the codes")
  void row() {
    AuditEntry entry =
        new AuditEntry(
            7,
            Instant.parse("2026-11-23T05:30:00Z"),
            "jlabonte",
            51L,
            "192.0.2.1",
            "LOGIN",
            "SUCCESS",
            51L,
            "jlabonte",
            "Joseph Labonté",
            50L,
            "CÉGEP DE SHERBROOKE",
            "=danger");

    AuditCsv.Words words =
        new AuditCsv.Words() {
          @Override
          public String column(String column, ZoneId zone) {
            return column.equals("when") ? "Date et heure (" + zone.getId() + ")" : column;
          }

          @Override
          public String actor(String stored) {
            return stored;
          }

          @Override
          public String action(String code) {
            return "Connexion";
          }

          @Override
          public String outcome(String code) {
            return "Réussite";
          }

          @Override
          public String detail(String stored) {
            return "=" + "sentence";
          }
        };

    String row = AuditCsv.row(entry, ZoneId.of("America/Toronto"), words);

    assertThat(row)
        .isEqualTo(
            "2026-11-23 00:30:00;jlabonte;51;192.0.2.1;Connexion;Réussite;51;jlabonte;Joseph Labonté;"
                + "50;CÉGEP DE SHERBROOKE;'=sentence;LOGIN;SUCCESS;'=danger\r\n");
    assertThat(AuditCsv.header(ZoneId.of("America/Toronto"), words))
        .startsWith("Date et heure (America/Toronto);actor;")
        .endsWith(";detail;actionCode;outcomeCode;detailCode\r\n");
  }
}
