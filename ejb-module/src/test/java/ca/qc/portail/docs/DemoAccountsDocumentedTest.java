package ca.qc.portail.docs;

import static org.assertj.core.api.Assertions.assertThat;

import ca.qc.portail.account.AccountState;
import ca.qc.portail.demo.DemoAccount;
import ca.qc.portail.demo.DemoData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The demo people are listed in three places a newcomer reads: {@link DemoAccount} (which {@link
 * DemoData} creates, and checks it left in the listed states), the README's table and the summary
 * {@code server-config/run.sh} prints. The README and run.sh must show the same people — user code,
 * name, state — and the passwords DemoData sets.
 */
class DemoAccountsDocumentedTest {

  /** One demo person as a document shows it; {@code userCode} is null before registration. */
  record Shown(String userCode, String name, AccountState state) {}

  private static List<Shown> listed() {
    return Arrays.stream(DemoAccount.values())
        .map(a -> new Shown(a.userCode(), a.fullName(), a.state()))
        .toList();
  }

  /**
   * The README's table {@code | user code | who | state |}: user codes in backquotes (several
   * separated by " / ", or none yet), then the names before the first comma (as many, separated the
   * same way), then the state as its first word.
   */
  static List<Shown> readmeTable(String readme) {
    List<String> lines = readme.lines().toList();
    int header = lines.indexOf("| user code | who | state |");
    assertThat(header).as("the README's demo-account table header").isNotNegative();
    List<Shown> shown = new ArrayList<>();
    for (String line : lines.subList(header + 2, lines.size())) {
      if (!line.startsWith("|")) {
        break;
      }
      String[] cells = line.split("\\|");
      List<String> codes = new ArrayList<>();
      Matcher code = Pattern.compile("`([^`]+)`").matcher(cells[1]);
      while (code.find()) {
        codes.add(code.group(1));
      }
      if (codes.isEmpty()) {
        codes.add(null);
      }
      shown.addAll(row(line, codes, cells[2], stateOf(cells[3])));
    }
    return shown;
  }

  /**
   * run.sh's summary, the lines after "Demo accounts" up to the end of the here-document: user
   * codes (separated by " / ", or "(no code yet)"), two spaces or more, the names before the first
   * comma, and the state as the first word of the last parenthesis.
   */
  static List<Shown> runSummary(String script) {
    List<String> lines = script.lines().toList();
    int header = 0;
    while (header < lines.size() && !lines.get(header).trim().startsWith("Demo accounts")) {
      header++;
    }
    assertThat(header).as("run.sh's \"Demo accounts\" summary").isLessThan(lines.size());
    Pattern entry = Pattern.compile("^ {4}(\\S.*?) {2,}(\\S.*)$");
    Pattern lastParenthesis = Pattern.compile("\\(([^()]*)\\)\\s*$");
    List<Shown> shown = new ArrayList<>();
    for (String line : lines.subList(header + 1, lines.size())) {
      if (line.equals("TXT")) {
        break;
      }
      Matcher m = entry.matcher(line);
      assertThat(m.matches()).as("run.sh summary line %s", line).isTrue();
      List<String> codes =
          m.group(1).startsWith("(")
              ? Arrays.asList((String) null)
              : List.of(m.group(1).split(" / "));
      Matcher state = lastParenthesis.matcher(m.group(2));
      assertThat(state.find()).as("state in parentheses at the end of %s", line).isTrue();
      shown.addAll(row(line, codes, m.group(2), stateOf(state.group(1))));
    }
    return shown;
  }

  private static List<Shown> row(String line, List<String> codes, String who, AccountState state) {
    String[] names = who.split(",", 2)[0].trim().split(" / ");
    assertThat(names).as("as many names as user codes in %s", line).hasSize(codes.size());
    List<Shown> shown = new ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      shown.add(new Shown(codes.get(i), names[i].trim(), state));
    }
    return shown;
  }

  private static AccountState stateOf(String text) {
    String word = text.trim().split("[\\s,]+")[0];
    return switch (word) {
      case "Actif" -> AccountState.ACTIF;
      case "Verrouillé" -> AccountState.VERROUILLE;
      case "Expiré" -> AccountState.EXPIRE;
      case "Inactif" -> AccountState.INACTIF;
      default -> throw new AssertionError("Not a state: " + text);
    };
  }

  private static String readme() {
    return RepositoryFiles.read(RepositoryFiles.root().resolve("README.md"));
  }

  private static String runScript() {
    return RepositoryFiles.read(RepositoryFiles.root().resolve("server-config/run.sh"));
  }

  @Test
  @DisplayName("The README's table shows the demo people DemoData creates, in their states")
  void readmeTableMatchesTheDemo() {
    assertThat(readmeTable(readme())).containsExactlyInAnyOrderElementsOf(listed());
  }

  @Test
  @DisplayName("run.sh's summary shows the demo people DemoData creates, in their states")
  void runSummaryMatchesTheDemo() {
    assertThat(runSummary(runScript())).containsExactlyInAnyOrderElementsOf(listed());
  }

  @Test
  @DisplayName("The README and run.sh give the passwords DemoData sets")
  void passwordsAreTheDemoOnes() {
    assertThat(readme()).contains(DemoData.PASSWORD, DemoData.TEMPORARY_PASSWORD);
    assertThat(runScript()).contains(DemoData.PASSWORD, DemoData.TEMPORARY_PASSWORD);
  }

  @Test
  @DisplayName("The parsers see a wrong state, a missing person and an extra one")
  void theParsersSeeDifferences() {
    String table =
        """
        | user code | who | state |
        |---|---|---|
        | `jlabonte` | Joseph Labonté, officer | Inactif |
        | `gcaron` / `fdubois` | Geneviève Caron / François Dubois, Individus | Actif |
        | *(none yet)* | Nathalie Pelletier, approved | Actif, no password |

        """;
    assertThat(readmeTable(table))
        .containsExactly(
            new Shown("jlabonte", "Joseph Labonté", AccountState.INACTIF),
            new Shown("gcaron", "Geneviève Caron", AccountState.ACTIF),
            new Shown("fdubois", "François Dubois", AccountState.ACTIF),
            new Shown(null, "Nathalie Pelletier", AccountState.ACTIF))
        .isNotEqualTo(listed());
    String script =
        """
          Demo accounts (password x)
            sgagnon           Sylvie Gagnon, Individus (Verrouillé for 15 minutes)
            (no code yet)     Nathalie Pelletier, see (the mail) (Actif)
        TXT
        """;
    assertThat(runSummary(script))
        .containsExactly(
            new Shown("sgagnon", "Sylvie Gagnon", AccountState.VERROUILLE),
            new Shown(null, "Nathalie Pelletier", AccountState.ACTIF));
  }
}
