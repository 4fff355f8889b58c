package ca.qc.portail.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The automated WCAG 2.1 AA check of a page: axe-core (Deque Systems, MPL-2.0; the version and
 * licence are noted in {@code src/test/resources/axe-core/README.md}) injected into the page the
 * browser shows, run on the whole document with the rules tagged WCAG 2.0/2.1 A and AA. A violation
 * of impact "serious" or "critical" fails the sweeps (issue 13, point 11).
 */
final class Axe {
  private Axe() {}

  private static final String SOURCE = read("/axe-core/axe.min.js");

  /** The impacts that fail a page. */
  static final Set<String> FAILING = Set.of("serious", "critical");

  /** One rule broken on one page, with the elements that break it. */
  record Violation(String page, String rule, String impact, String help, List<String> nodes) {
    @Override
    public String toString() {
      return page
          + " — "
          + rule
          + " ("
          + impact
          + "): "
          + help
          + "\n      "
          + String.join("\n      ", nodes);
    }
  }

  private static final String RUN =
      "var done = arguments[arguments.length - 1];"
          + " axe.run(document, {runOnly: {type: 'tag',"
          + "   values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},"
          + "   resultTypes: ['violations']})"
          + " .then(function (r) { done(r.violations.map(function (v) {"
          + "   return {id: v.id, impact: v.impact || '', help: v.help,"
          + "     nodes: v.nodes.map(function (n) {"
          + "       return n.target.join(' ') + ' — ' + (n.failureSummary || '').replace(/\\s+/g, ' ');"
          + "     })};"
          + " })); })"
          + " .catch(function (e) { done('axe failed: ' + e); });";

  /** Every violation axe-core finds on the page the browser shows, whatever its impact. */
  @SuppressWarnings("unchecked")
  static List<Violation> check(Browser browser, String page) {
    if (!Boolean.TRUE.equals(browser.scriptValue("return typeof window.axe !== 'undefined';"))) {
      browser.script(SOURCE);
    }
    Object result = browser.asyncScript(RUN);
    if (result instanceof String error) {
      throw new AssertionError(page + ": " + error);
    }
    List<Violation> violations = new ArrayList<>();
    for (Map<String, Object> v : (List<Map<String, Object>>) result) {
      violations.add(
          new Violation(
              page,
              (String) v.get("id"),
              (String) v.get("impact"),
              (String) v.get("help"),
              (List<String>) v.get("nodes")));
    }
    return violations;
  }

  /** The violations that fail a page: serious or critical. */
  static List<Violation> failing(Browser browser, String page) {
    return check(browser, page).stream().filter(v -> FAILING.contains(v.impact())).toList();
  }

  private static String read(String resource) {
    try (InputStream in = Axe.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is not on the test class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
