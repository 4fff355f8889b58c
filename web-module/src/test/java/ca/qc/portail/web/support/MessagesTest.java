package ca.qc.portail.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MessagesTest {

  private static Properties bundle(String language) throws IOException {
    Properties properties = new Properties();
    try (Reader reader =
        new InputStreamReader(
            MessagesTest.class.getResourceAsStream(
                "/ca/qc/portail/web/messages_" + language + ".properties"),
            StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }

  @Test
  @DisplayName("French first, English on every page: both bundles have the same keys, none empty")
  void bundlesHaveTheSameKeys() throws IOException {
    Properties french = bundle("fr");
    Properties english = bundle("en");

    assertThat(english.stringPropertyNames()).isEqualTo(french.stringPropertyNames());
    french.forEach((key, value) -> assertThat(value.toString()).as("fr " + key).isNotBlank());
    english.forEach((key, value) -> assertThat(value.toString()).as("en " + key).isNotBlank());
  }
}
