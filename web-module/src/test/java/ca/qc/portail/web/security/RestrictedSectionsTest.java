package ca.qc.portail.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@link RestrictedSections} says what web.xml's security constraints say: the two are read side by
 * side here, so a section or a role changed in one and not in the other fails the build.
 */
class RestrictedSectionsTest {

  private static final Path WEB_XML = Path.of("src/main/webapp/WEB-INF/web.xml");
  private static final Path PAGES = Path.of("src/main/webapp/app");

  /**
   * web.xml's sections of the signed-in pages kept to roles of their own: each {@code /app/x/*}
   * url-pattern of a security constraint with roles, as {@code /app/x/} → the roles. ({@code
   * /app/*} itself is every signed-in page, not a section; a constraint without roles lets no one
   * in and is no section either.)
   */
  private static Map<String, Set<String>> webXmlSections() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document webXml = factory.newDocumentBuilder().parse(WEB_XML.toFile());
    Map<String, Set<String>> sections = new LinkedHashMap<>();
    NodeList constraints = webXml.getElementsByTagNameNS("*", "security-constraint");
    for (int c = 0; c < constraints.getLength(); c++) {
      Element constraint = (Element) constraints.item(c);
      Set<String> roles = new TreeSet<>(texts(constraint, "role-name"));
      for (String pattern : texts(constraint, "url-pattern")) {
        if (pattern.startsWith("/app/") && pattern.endsWith("/*") && !pattern.equals("/app/*")) {
          assertThat(roles).as("roles of %s in web.xml", pattern).isNotEmpty();
          sections.merge(
              pattern.substring(0, pattern.length() - 1),
              roles,
              (a, b) -> {
                throw new AssertionError(pattern + " is in two security constraints of web.xml");
              });
        }
      }
    }
    return sections;
  }

  private static List<String> texts(Element parent, String tag) {
    NodeList nodes = parent.getElementsByTagNameNS("*", tag);
    return Stream.iterate(0, i -> i < nodes.getLength(), i -> i + 1)
        .map(i -> nodes.item(i).getTextContent().strip())
        .toList();
  }

  @Test
  @DisplayName(
      "R-S1, R-E1: web.xml has the officers', central's, operators' and exchange administration's"
          + " sections")
  void webXmlHasTheSections() throws Exception {
    assertThat(webXmlSections())
        .containsOnlyKeys(
            "/app/securite/", "/app/central/", "/app/operations/", "/app/echange/admin/");
  }

  @Test
  @DisplayName(
      "R-E1: the exchange's pages are every signed-in person's; its administration staff's")
  void exchangeSections() {
    assertThat(RestrictedSections.rolesFor("/app/echange/projet.xhtml")).isEmpty();
    assertThat(RestrictedSections.rolesFor("/app/echange/telechargement/12")).isEmpty();
    assertThat(RestrictedSections.rolesFor("/app/echange/admin/projet.xhtml"))
        .contains(Set.of("PERSONNEL", "AGENT_CENTRAL"));
  }

  @Test
  @DisplayName("R-S1: each section of web.xml has in RestrictedSections the roles web.xml gives it")
  void sameRolesAsWebXml() throws Exception {
    webXmlSections()
        .forEach(
            (section, roles) -> {
              for (String page : List.of("page.xhtml", "sous-dossier/export.csv")) {
                assertThat(RestrictedSections.rolesFor(section + page))
                    .as(section + page)
                    .contains(roles);
              }
            });
  }

  @Test
  @DisplayName("Every other folder and page of the signed-in pages is in no section, as in web.xml")
  void noOtherSection() throws Exception {
    Map<String, Set<String>> sections = webXmlSections();
    try (Stream<Path> entries = Files.list(PAGES)) {
      List<String> others =
          entries
              .map(p -> "/app/" + p.getFileName() + (Files.isDirectory(p) ? "/" : ""))
              .filter(path -> !sections.containsKey(path))
              .toList();
      assertThat(others).contains("/app/accueil.xhtml");
      for (String path : others) {
        String page = path.endsWith("/") ? path + "page.xhtml" : path;
        assertThat(RestrictedSections.rolesFor(page)).as(page).isEqualTo(Optional.empty());
      }
    }
  }

  @Test
  @DisplayName("Look-alike addresses, and none, are in no restricted section")
  void lookAlikes() {
    assertThat(RestrictedSections.rolesFor("/app/securite")).isEmpty();
    assertThat(RestrictedSections.rolesFor("/app/centrale/index.xhtml")).isEmpty();
    assertThat(RestrictedSections.rolesFor("/app/operationsx/index.xhtml")).isEmpty();
    assertThat(RestrictedSections.rolesFor("/securite/dossier.xhtml")).isEmpty();
    assertThat(RestrictedSections.rolesFor("/connexion.xhtml")).isEmpty();
    assertThat(RestrictedSections.rolesFor(null)).isEmpty();
  }
}
