package ca.qc.portail.web.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** R-E10: the protected ZIP as 7-Zip sees it. */
class ProtectedZipTest {

  private static final String PASSWORD = "Scrutin-2026!";

  @TempDir Path dir;

  private Path archive(byte[] content, String name) throws IOException {
    Path zip = dir.resolve("archive.zip");
    try (OutputStream out = Files.newOutputStream(zip)) {
      ProtectedZip.write(
          name,
          PASSWORD.toCharArray(),
          out,
          entry -> {
            new ByteArrayInputStream(content).transferTo(entry);
            entry.flush();
          });
    }
    return zip;
  }

  private int sevenZip(Path zip, String password) throws Exception {
    Path out = dir.resolve("out");
    List<String> command = new ArrayList<>(List.of("7z", "x", "-y", "-o" + out));
    command.add("-p" + password);
    command.add(zip.toString());
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    p.getInputStream().transferTo(OutputStream.nullOutputStream());
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return p.exitValue();
  }

  @Test
  @DisplayName("R-E10: the archive opens with its password in 7-Zip and gives back the document")
  void opensWithItsPassword() throws Exception {
    byte[] content = new byte[3 * 1024 * 1024 + 17];
    new Random(11).nextBytes(content);
    Path zip = archive(content, "Liste électorale.csv");

    assertThat(Files.size(zip)).isGreaterThan(content.length);
    assertThat(sevenZip(zip, PASSWORD)).isZero();
    assertThat(Files.readAllBytes(dir.resolve("out").resolve("Liste électorale.csv")))
        .isEqualTo(content);
  }

  @Test
  @DisplayName("R-E10: without its password, or with another, the archive does not open")
  void refusesAnotherPassword() throws Exception {
    byte[] content = "Renseignements confidentiels\n".repeat(500).getBytes(StandardCharsets.UTF_8);
    Path zip = archive(content, "liste.txt");

    assertThat(sevenZip(zip, "")).isNotZero();
    assertThat(sevenZip(zip, "Autre-mot-de-passe")).isNotZero();
    assertThat(dir.resolve("out").resolve("liste.txt"))
        .satisfiesAnyOf(
            p -> assertThat(p).doesNotExist(),
            p -> assertThat(Files.readAllBytes(p)).isNotEqualTo(content));
    byte[] raw = Files.readAllBytes(zip);
    assertThat(new String(raw, StandardCharsets.ISO_8859_1)).doesNotContain("confidentiels");
  }
}
