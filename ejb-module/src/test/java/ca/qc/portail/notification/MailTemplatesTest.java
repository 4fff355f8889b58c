package ca.qc.portail.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MailTemplatesTest {

  @Test
  @DisplayName(
      "E-mails read as the seeds write them: single apostrophes in subject, header and body")
  void apostrophesAreSingle() {
    Email email = MailTemplates.email("a@b.example", "fr", "failedLoginsDeactivated.owner");

    assertThat(email.subject()).isEqualTo("Code d'utilisateur désactivé");
    assertThat(email.text())
        .startsWith("Services à l'intention des partenaires")
        .contains("Nous vous avisons que votre code d'utilisateur a été désactivé")
        .contains("Il devrait s'y trouver.")
        .doesNotContain("''");
  }

  @Test
  @DisplayName("Arguments are escaped in the HTML part")
  void htmlEscapesArguments() {
    Email email =
        MailTemplates.email(
            "a@b.example",
            "fr",
            "loginFailure",
            "<b>x</b>@y",
            "2026-11-23 10:00:00",
            "https://e.x");

    assertThat(email.html()).contains("&lt;b&gt;x&lt;/b&gt;@y").doesNotContain("<b>x</b>");
    assertThat(email.text()).contains("<b>x</b>@y");
  }

  @Test
  @DisplayName("English e-mails for English-speaking people")
  void english() {
    assertThat(MailTemplates.email("a@b.example", "en", "loginFailure", "a", "b", "c").subject())
        .isEqualTo("Login error");
  }
}
