package ca.qc.portail.web.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Finding #10 of issue 12: the __Host- prefix under HTTPS. */
class CookieNamesTest {

  @Test
  @DisplayName("#10: under https the session and key cookies are __Host- cookies")
  void hostPrefixUnderHttps() {
    assertThat(CookieNames.https("https://partenaires.example")).isTrue();
    assertThat(CookieNames.https("http://localhost:8080")).isFalse();
    assertThat(CookieNames.hostOnly(CookieNames.SESSION, true)).isEqualTo("__Host-PORTAIL_SESSION");
    assertThat(CookieNames.hostOnly(CurrentUser.KEY_COOKIE, true)).isEqualTo("__Host-PORTAIL_CLE");
    assertThat(CookieNames.hostOnly(CookieNames.SESSION, false)).isEqualTo("PORTAIL_SESSION");
  }

  @Test
  @DisplayName("#8, #10: a __Host- session id in the path is refused too")
  void hostSessionInPath() {
    assertThat(
            SessionIdInUrlFilter.namesSessionInPath("/app/accueil.xhtml;__Host-PORTAIL_SESSION=x"))
        .isTrue();
    assertThat(SessionIdInUrlFilter.namesSessionInPath("/app/accueil.xhtml;PORTAIL_SESSION=x"))
        .isTrue();
  }

  @Test
  @DisplayName("#10: the key cookie is HttpOnly, for the whole site, of the browser session")
  void sessionCookie() {
    CookieNames names = new CookieNames();
    names.baseUrl = "https://partenaires.example";
    var cookie = names.sessionCookie(names.key(), "k");
    assertThat(cookie.getName()).isEqualTo("__Host-PORTAIL_CLE");
    assertThat(cookie.getSecure()).isTrue();
    assertThat(cookie.isHttpOnly()).isTrue();
    assertThat(cookie.getPath()).isEqualTo("/");
    assertThat(cookie.getDomain()).isNull();
    assertThat(cookie.getMaxAge()).isEqualTo(-1);
  }
}
