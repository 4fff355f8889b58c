package ca.qc.portail.web;

import static ca.qc.portail.account.Profile.UTILISATEUR_INDIVIDUS;
import static ca.qc.portail.partner.MeasureFamily.FORMATION;
import static org.assertj.core.api.Assertions.assertThat;

import ca.qc.portail.web.TestPeople.Partner;
import ca.qc.portail.web.TestPeople.Person;
import java.net.http.HttpResponse;
import java.util.Base64;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Findings #3 and #8 of issue 12 on the real WAR: a signed-in session ends when another session of
 * its account changes the password; a session id in the path is refused; a signed-in session needs
 * its 128-bit key cookie besides the container's session cookie.
 */
class SessionSecurityIT extends BrowserTesting {

  private static Person user() {
    Partner partner = TestPeople.partner("CÉGEP DE SHERBROOKE", FORMATION);
    return TestPeople.user(partner, "Geneviève", "Caron", UTILISATEUR_INDIVIDUS);
  }

  @Test
  @DisplayName("#3: a password change in one session ends the account's other sessions")
  void passwordChangeEndsOtherSessions() throws Exception {
    Person person = user();
    try (Browser changing = new Browser(base);
        Browser other = new Browser(base)) {
      assertThat(signIn(other, person)).isTrue();
      assertThat(signIn(changing, person)).isTrue();

      changing.open("/app/mot-de-passe.xhtml");
      changing
          .type("changement:actuel", person.password())
          .type("changement:nouveau", "Pivoine-Bleue-83!")
          .type("changement:confirmation", "Pivoine-Bleue-83!")
          .click("changement:enregistrer");
      assertThat(changing.main()).contains("Votre mot de passe a été mis à jour.");

      other.open("/app/accueil.xhtml");
      assertThat(other.path()).startsWith("/connexion.xhtml");
      changing.open("/app/accueil.xhtml");
      assertThat(changing.path())
          .as("the session that made the change goes on")
          .startsWith("/app/accueil.xhtml");
    }
  }

  @Test
  @DisplayName("#8: a session id in the path is refused, even a signed-in session's")
  void sessionIdInPathRefused() throws Exception {
    Person person = user();
    try (Browser browser = new Browser(base)) {
      assertThat(signIn(browser, person)).isTrue();
      String id = browser.cookie("PORTAIL_SESSION");

      HttpResponse<String> withId = get("/app/accueil.xhtml;PORTAIL_SESSION=" + id);
      HttpResponse<String> publicWithId = get("/connexion.xhtml;PORTAIL_SESSION=" + id);

      // A signed-in page is not served for the id in its path: without the cookies the request is
      // anonymous and the authentication leads it to the login page before any filter runs.
      assertThat(withId.statusCode()).isEqualTo(302);
      assertThat(withId.headers().firstValue("Location"))
          .hasValueSatisfying(l -> assertThat(l).endsWith("/connexion.xhtml"));
      assertThat(withId.body()).doesNotContain(person.firstName());
      // Where no authentication intervenes, the filter refuses the path's session id outright.
      assertThat(publicWithId.statusCode()).isEqualTo(400);
      assertThat(publicWithId.body()).doesNotContain(person.firstName());
    }
  }

  @Test
  @DisplayName("#8: a signed-in session needs its 128-bit key cookie beside the session cookie")
  void sessionKeyRequired() throws Exception {
    Person person = user();
    try (Browser browser = new Browser(base)) {
      assertThat(signIn(browser, person)).isTrue();
      String key = browser.cookie("PORTAIL_CLE");
      assertThat(key).isNotNull();
      assertThat(Base64.getUrlDecoder().decode(key)).hasSize(16);

      HttpResponse<String> sessionOnly =
          send("/app/accueil.xhtml", "PORTAIL_SESSION=" + browser.cookie("PORTAIL_SESSION"));
      HttpResponse<String> wrongKey =
          send(
              "/app/accueil.xhtml",
              "PORTAIL_SESSION=" + browser.cookie("PORTAIL_SESSION") + "; PORTAIL_CLE=AAAA");

      assertThat(sessionOnly.statusCode()).isEqualTo(302);
      assertThat(sessionOnly.headers().firstValue("Location"))
          .hasValueSatisfying(l -> assertThat(l).contains("/connexion.xhtml"));
      assertThat(wrongKey.statusCode()).isEqualTo(302);
    }
  }

  private HttpResponse<String> send(String path, String cookies) throws Exception {
    return http.send(
        java.net.http.HttpRequest.newBuilder(java.net.URI.create(url(path)))
            .header("Cookie", cookies)
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
