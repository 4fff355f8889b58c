package ca.qc.portail.web.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LanguageFilterTest {

  @Test
  @DisplayName("The language switch keeps the page's other parameters")
  void keepsOtherParameters() {
    assertThat(LanguageFilter.withoutLang("section=FORMATION&lang=en"))
        .isEqualTo("section=FORMATION");
    assertThat(LanguageFilter.withoutLang("lang=fr")).isEmpty();
    assertThat(LanguageFilter.withoutLang(null)).isEmpty();
    assertThat(LanguageFilter.langOf("a=1&lang=en")).isEqualTo("en");
    assertThat(LanguageFilter.langOf("language=en")).isNull();
  }

  @Test
  @DisplayName(
      "The language switch redirects on this site only, whatever the path (no open redirect)")
  void redirectsOnThisSiteOnly() {
    assertThat(LanguageFilter.sameSitePath("//evil.example/connexion.xhtml"))
        .isEqualTo("/evil.example/connexion.xhtml");
    assertThat(LanguageFilter.sameSitePath("/\\evil.example/connexion.xhtml"))
        .isEqualTo("/evil.example/connexion.xhtml");
    assertThat(LanguageFilter.sameSitePath("/app/accueil.xhtml")).isEqualTo("/app/accueil.xhtml");
  }
}
