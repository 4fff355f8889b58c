package ca.qc.portail.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class JobMailsTest {

  @Test
  @DisplayName(
      "R-J3: the expiry notice names the partner and lists the accounts, in French and English")
  void expiryNotice() {
    Email fr =
        MailTemplates.email(
            "a@x.example",
            "fr",
            "expiryNotice",
            "CÉGEP DE SHERBROOKE",
            "- Marie Tremblay (mtremblay) : 2031-03-24");
    assertThat(fr.subject()).isEqualTo("Avis d'expiration de codes d'utilisateur");
    assertThat(fr.text())
        .contains("de l'organisme CÉGEP DE SHERBROOKE prendra fin dans deux à trois semaines")
        .contains("- Marie Tremblay (mtremblay) : 2031-03-24")
        .contains("afin d'éviter la désactivation automatique".substring(1));
    Email en = MailTemplates.email("a@x.example", "en", "expiryNotice", "P", "- L");
    assertThat(en.subject()).isEqualTo("Notice of expiring user codes");
    assertThat(en.html()).contains("- L");
  }

  @Test
  @DisplayName("R-J7: the daily report gives the period, the counts and the lists")
  void dailyReport() {
    Email fr =
        MailTemplates.email(
            "c@x.example",
            "fr",
            "dailyReport",
            "2031-03-10",
            "2031-03-09 06:00",
            "2031-03-10 06:00",
            2L,
            "- A\n- B",
            0L,
            "—",
            1L,
            "- C");
    assertThat(fr.subject()).isEqualTo("Rapport quotidien du 2031-03-10");
    assertThat(fr.text())
        .contains("pour la période du 2031-03-09 06:00 au 2031-03-10 06:00")
        .contains("Organismes sans responsable de la sécurité actif : 2\n- A\n- B")
        .contains("Comptes verrouillés : 0\n—")
        .contains("Comptes devenus inactifs pendant la période : 1\n- C");
    Email en =
        MailTemplates.email(
            "c@x.example", "en", "dailyReport", "2031-03-10", "a", "b", 0L, "—", 0L, "—", 0L, "—");
    assertThat(en.subject()).isEqualTo("Daily report of 2031-03-10");
  }
}
