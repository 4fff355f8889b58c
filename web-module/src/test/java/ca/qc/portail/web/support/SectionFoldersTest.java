package ca.qc.portail.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 13, point 8: every folder of the pages under /app opens its first page. */
class SectionFoldersTest {

  private static final Path WEBAPP = Path.of("src/main/webapp");

  @Test
  @DisplayName("Every folder under /app (and /dev) has a first page, and that page exists")
  void everyFolderHasAnExistingFirstPage() throws Exception {
    try (Stream<Path> folders = Files.walk(WEBAPP.resolve("app"))) {
      for (Path folder : folders.filter(Files::isDirectory).toList()) {
        String address = "/" + WEBAPP.relativize(folder).toString().replace('\\', '/');
        assertThat(SectionFolders.firstPage(address)).as(address).isPresent();
        assertThat(SectionFolders.firstPage(address + "/")).as(address + "/").isPresent();
      }
    }
    SectionFolders.FIRST_PAGES
        .values()
        .forEach(page -> assertThat(WEBAPP.resolve(page.substring(1))).as(page).exists());
  }

  @Test
  @DisplayName("A page or an unknown folder is left to the container")
  void pagesAndUnknownFoldersPass() {
    assertThat(SectionFolders.firstPage("/app/operations/index.xhtml")).isEmpty();
    assertThat(SectionFolders.firstPage("/app/inconnu/")).isEmpty();
    assertThat(SectionFolders.firstPage("/app/operations/"))
        .contains("/app/operations/index.xhtml");
  }
}
