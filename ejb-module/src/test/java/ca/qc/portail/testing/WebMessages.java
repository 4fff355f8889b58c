package ca.qc.portail.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The pages' texts, which live in the web module, read from its sources so the rules' tests can
 * check that every key the rules name has its text. The web module's MessagesTest checks that the
 * French and English bundles have the same keys, none empty: a key found in French is in English.
 */
public final class WebMessages {

  private WebMessages() {}

  /** The bundle of {@code language} ("fr" or "en"); the test is skipped without the web module. */
  public static Properties load(String language) throws IOException {
    Path file =
        Path.of(
            "..",
            "web-module/src/main/resources/ca/qc/portail/web/messages_" + language + ".properties");
    assumeTrue(Files.isRegularFile(file), "web module beside this one");
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }
}
