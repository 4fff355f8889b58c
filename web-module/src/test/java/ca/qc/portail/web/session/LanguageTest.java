package ca.qc.portail.web.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LanguageTest {

  @Test
  @DisplayName("The language switch keeps the page's other parameters")
  void keepsOtherParameters() {
    assertThat(Language.withoutLang("section=FORMATION&lang=en")).isEqualTo("section=FORMATION");
    assertThat(Language.withoutLang("lang=fr")).isEmpty();
    assertThat(Language.withoutLang(null)).isEmpty();
    assertThat(Language.langOf("a=1&lang=en")).isEqualTo("en");
    assertThat(Language.langOf("language=en")).isNull();
  }

  @Test
  @DisplayName(
      "The language switch redirects on this site only, whatever the path (no open redirect, #2)")
  void redirectsOnThisSiteOnly() {
    assertThat(LanguageSwitch.sameSitePath("//evil.example/connexion.xhtml"))
        .isEqualTo("/evil.example/connexion.xhtml");
    assertThat(LanguageSwitch.sameSitePath("/\\evil.example/connexion.xhtml"))
        .isEqualTo("/evil.example/connexion.xhtml");
    assertThat(LanguageSwitch.sameSitePath("https://evil.example/"))
        .isEqualTo("/https://evil.example/");
    assertThat(LanguageSwitch.sameSitePath("/a\r\nSet-Cookie: x=1")).isEqualTo("/");
    assertThat(LanguageSwitch.sameSitePath(null)).isEqualTo("/");
    assertThat(LanguageSwitch.sameSitePath("/app/accueil.xhtml?section=FORMATION"))
        .isEqualTo("/app/accueil.xhtml?section=FORMATION");
  }

  @Test
  @DisplayName(
      "#9: a GET's ?lang= shows that page only; the recorded language, then the switch's cookie")
  void languageOfAResponse() {
    assertThat(Language.resolve("GET", "en", "fr", "fr")).isEqualTo("en");
    assertThat(Language.resolve("POST", "en", null, null))
        .as("a post's query string does not choose")
        .isEqualTo("fr");
    assertThat(Language.resolve("GET", null, "en", "fr")).isEqualTo("en");
    assertThat(Language.resolve("GET", null, null, "en")).isEqualTo("en");
    assertThat(Language.resolve("GET", "de", null, "xx")).isEqualTo("fr");
  }
}
