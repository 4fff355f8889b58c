package ca.qc.portail.notification;

import static org.assertj.core.api.Assertions.assertThat;

import ca.qc.portail.account.OfficerLoss;
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

  @Test
  @DisplayName("R-D3: central's alert says how the last officer went, in seed 001's sentence")
  void rD3_alertNamesTheCauseAsTheSeedDoes() {
    Email self =
        MailTemplates.email(
            "a@b.example",
            "fr",
            "noActiveOfficer",
            MailTemplates.text("fr", OfficerLoss.SELF_DEACTIVATION.mailKey()),
            "jla",
            "CÉGEP DE SHERBROOKE");
    assertThat(self.text())
        .contains(
            "Nous vous avisons qu'il n'y a plus de responsable de la sécurité actif dans"
                + " l'organisme, suite à la désactivation à sa demande, du code d'utilisateur"
                + " (jla) de \"CÉGEP DE SHERBROOKE\".");
    assertThat(self.html()).contains("(jla) de \"CÉGEP DE SHERBROOKE\".");

    for (OfficerLoss loss : OfficerLoss.values()) {
      for (String language : new String[] {"fr", "en"}) {
        String cause = MailTemplates.text(language, loss.mailKey());
        assertThat(cause).isNotBlank().doesNotContain("''");
        assertThat(
                MailTemplates.email("a@b.example", language, "noActiveOfficer", cause, "abc", "X")
                    .text())
            .contains(cause + ", ");
      }
    }
    assertThat(MailTemplates.text("fr", OfficerLoss.EXPIRY.mailKey())).isEqualTo("à l'expiration");
  }
}
