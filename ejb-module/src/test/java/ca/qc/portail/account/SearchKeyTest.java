package ca.qc.portail.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 13, point 7: names are searched without their accents and case. */
class SearchKeyTest {

  @Test
  @DisplayName("point 7: « Émilie » and « Côté » fold to « emilie » and « cote »")
  void foldsAccentsAndCase() {
    assertThat(SearchKey.of("Émilie")).isEqualTo("emilie");
    assertThat(SearchKey.of("CÔTÉ")).isEqualTo("cote");
    assertThat(SearchKey.of(" Des Prés ")).isEqualTo("des pres");
    assertThat(SearchKey.of("Lévesque-Bélanger")).isEqualTo("levesque-belanger");
    assertThat(SearchKey.of("Œuvre Lætitia")).isEqualTo("oeuvre laetitia");
    assertThat(SearchKey.of(null)).isNull();
  }

  @Test
  @DisplayName("point 7: migration V93 folds existing names letter for letter as the application")
  void migrationFoldsAsTheApplication() throws IOException {
    String sql;
    try (InputStream in =
        getClass().getResourceAsStream("/db/migration/common/V93__name_search_keys.sql")) {
      sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Matcher translate =
        Pattern.compile("TRANSLATE\\(LOWER\\(TRIM\\(\\w+\\)\\),\\s*'([^']+)',\\s*'([^']+)'\\)")
            .matcher(sql);
    List<String[]> tables = new ArrayList<>();
    while (translate.find()) {
      tables.add(new String[] {translate.group(1), translate.group(2)});
    }
    assertThat(tables).hasSize(2);
    for (String[] table : tables) {
      assertThat(table[0]).hasSameSizeAs(table[1]);
      for (int i = 0; i < table[0].length(); i++) {
        String letter = String.valueOf(table[0].charAt(i));
        assertThat(SearchKey.of(letter)).as(letter).isEqualTo(String.valueOf(table[1].charAt(i)));
      }
    }
    assertThat(sql).contains("'œ', 'oe'").contains("'Œ', 'oe'").contains("'æ', 'ae'");
  }
}
