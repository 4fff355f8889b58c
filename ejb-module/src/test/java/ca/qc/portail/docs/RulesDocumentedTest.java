package ca.qc.portail.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every rule ID the repository cites (R-A5, R-S1…) resolves inside it: {@code docs/rules.md} has
 * one paragraph for it. The specification the IDs come from is not part of the repository, so an ID
 * cited in code, tests, pages, migrations, scripts or the README without its paragraph would send a
 * reader nowhere.
 */
class RulesDocumentedTest {

  private static final Pattern RULE_ID = Pattern.compile("\\bR-[A-Z]+[0-9]+\\b");

  /** A rule's paragraph opens with its ID in bold: {@code **R-A5: …**}. */
  private static final Pattern PARAGRAPH = Pattern.compile("(?m)^\\*\\*(R-[A-Z]+[0-9]+):");

  private static Path rules;

  /** Each cited ID with the files that cite it. */
  private static Map<String, Set<Path>> cited;

  @BeforeAll
  static void scan() {
    Path root = RepositoryFiles.root();
    rules = root.resolve("docs/rules.md");
    cited = new TreeMap<>();
    for (Path file : RepositoryFiles.sources()) {
      Matcher m = RULE_ID.matcher(RepositoryFiles.read(file));
      while (m.find()) {
        cited.computeIfAbsent(m.group(), id -> new TreeSet<>()).add(root.relativize(file));
      }
    }
  }

  private static List<String> paragraphs() {
    return PARAGRAPH.matcher(RepositoryFiles.read(rules)).results().map(r -> r.group(1)).toList();
  }

  @Test
  @DisplayName("The scan reads the sources: the rules of every group are found cited")
  void theScanFindsTheCitedRules() {
    assertThat(cited).containsKeys("R-A5", "R-P1", "R-L3", "R-M1", "R-D3", "R-S1", "R-C7", "R-J6");
    assertThat(cited.get("R-S1"))
        .anySatisfy(file -> assertThat(file.toString()).startsWith("ejb-module"))
        .anySatisfy(file -> assertThat(file.toString()).startsWith("web-module"));
  }

  @Test
  @DisplayName("Every rule ID cited in the repository has its paragraph in docs/rules.md")
  void everyCitedRuleIsDocumented() {
    Set<String> documented = Set.copyOf(paragraphs());
    Map<String, Set<Path>> missing =
        cited.entrySet().stream()
            .filter(e -> !documented.contains(e.getKey()))
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    assertThat(missing)
        .as("rule IDs cited (by these files) without a paragraph **R-…:** in %s", rules)
        .isEmpty();
  }

  @Test
  @DisplayName("docs/rules.md gives each rule one paragraph")
  void oneParagraphPerRule() {
    Map<String, Long> counts =
        paragraphs().stream()
            .collect(
                Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
    assertThat(counts)
        .as("paragraphs per rule ID in %s", rules)
        .allSatisfy((id, n) -> assertThat(n).isOne());
  }
}
