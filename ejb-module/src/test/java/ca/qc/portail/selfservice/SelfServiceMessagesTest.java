package ca.qc.portail.selfservice;

import static org.assertj.core.api.Assertions.assertThat;

import ca.qc.portail.account.DeactivationReason;
import ca.qc.portail.account.DeactivationViolation;
import ca.qc.portail.notification.MailTemplates;
import ca.qc.portail.testing.WebMessages;
import java.io.IOException;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The self-service texts (web module) and e-mails (R-D2) exist and use the seeds' wording. */
class SelfServiceMessagesTest {

  @Test
  @DisplayName(
      "R-D1, R-P5: every refusal and every reason has its text (in English too: the web module's"
          + " MessagesTest)")
  void everyKeyHasItsText() throws IOException {
    Properties messages = WebMessages.load("fr");
    assertThat(messages.getProperty(PasswordChange.WRONG_CURRENT_PASSWORD_KEY)).isNotBlank();
    for (DeactivationViolation violation : DeactivationViolation.values()) {
      assertThat(messages.getProperty(violation.messageKey()))
          .as(violation.messageKey())
          .isNotBlank();
    }
    for (DeactivationReason reason : DeactivationReason.values()) {
      assertThat(messages.getProperty("deactivation.reason." + reason.name()))
          .as(reason.name())
          .isNotBlank();
    }
  }

  @Test
  @DisplayName("R-D1, R-P5: the French pages use the guides' wording")
  void frenchWording() throws IOException {
    Properties fr = WebMessages.load("fr");
    for (DeactivationReason reason : DeactivationReason.values()) {
      assertThat(fr.getProperty("deactivation.reason." + reason.name())).isEqualTo(reason.label());
    }
    assertThat(fr.getProperty("deactivation.confirm"))
        .isEqualTo(
            "Vous avez demandé de désactiver votre code d'utilisateur. Voulez-vous toujours le"
                + " désactiver ?");
    assertThat(fr.getProperty("deactivation.done"))
        .isEqualTo("Votre code d'utilisateur a été désactivé.");
    assertThat(fr.getProperty("selfPassword.done"))
        .isEqualTo("Votre mot de passe a été mis à jour.");
  }

  @Test
  @DisplayName("R-D2: owner and officer e-mails, the officer's with three characters only")
  void deactivationEmails() {
    assertThat(MailTemplates.email("a@test.example", "fr", "selfDeactivated.owner").text())
        .contains(
            "Nous vous confirmons que votre code d'utilisateur a été désactivé, conformément à"
                + " votre demande.");
    assertThat(
            MailTemplates.email(
                    "b@test.example", "fr", "selfDeactivated.officer", "Marie Tremblay", "mtr")
                .text())
        .contains(
            "Nous vous avisons que le code d'utilisateur (mtr) a été désactivé à la demande de"
                + " l'utilisateur.");
    assertThat(
            MailTemplates.email(
                    "b@test.example", "en", "selfDeactivated.officer", "Marie Tremblay", "mtr")
                .text())
        .contains("(mtr)");
  }
}
