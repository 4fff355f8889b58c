package ca.qc.portail.administration;

import static org.assertj.core.api.Assertions.assertThat;

import ca.qc.portail.account.AccountState;
import ca.qc.portail.account.DeactivationReason;
import ca.qc.portail.account.Profile;
import ca.qc.portail.partner.MeasureFamily;
import ca.qc.portail.testing.CentralAlert;
import ca.qc.portail.testing.Deployments;
import ca.qc.portail.testing.Fixtures;
import ca.qc.portail.testing.SmtpMailbox;
import ca.qc.portail.testing.TestCaller;
import ca.qc.portail.testing.WithSmtpMailbox;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every e-mail of the officers' and central's actions on a security file (R-S5–R-S7, R-C4–R-C6,
 * R-D3), as the outbox really delivers it to GreenMail: who receives it (the owner, each Actif
 * officer of the partner — never an Inactif one — each alone on its own e-mail), its subject, and
 * its text compared with seed 001's sentences (section 8.2 « Messages d'envoi par courriel », 6.x
 * for central). Officers only ever see the first three characters of the user code. Each action is
 * called as the account that takes it ({@link TestCaller}).
 */
@ExtendWith(ArquillianExtension.class)
class AdministrationMailsIT extends WithSmtpMailbox {

  private static final String PASSWORD = "Bon-Mot-de-passe-9";

  @Deployment
  static WebArchive deployment() {
    return Deployments.withSmtp(
        Deployments.rules("administration-mails-it", AdministrationMailsIT.class));
  }

  @Inject private SecurityFiles files;
  @Inject private Fixtures fixtures;
  @Inject private TestCaller caller;

  @AfterEach
  void noCaller() {
    caller.reset();
  }

  /** The service, called by that account from now on. */
  private SecurityFiles as(long account) {
    caller.actAs(account);
    return files;
  }

  private static String to(String code) {
    return code + "@test.example";
  }

  private long person(long partner, String code, String firstName, String lastName, Profile p) {
    long id =
        fixtures.account(
            partner, code, PASSWORD, fixtures.today().plusMonths(2), AccountState.ACTIF, p);
    fixtures.rename(id, firstName, lastName);
    return id;
  }

  /**
   * The text of the one e-mail with {@code subject} delivered to {@code code}'s address, checked to
   * be addressed to that address alone.
   */
  private String only(String code, String subject) throws Exception {
    MimeMessage message = mail.awaitMessage(to(code), subject);
    assertThat(Arrays.stream(message.getAllRecipients()).map(a -> (InternetAddress) a))
        .extracting(InternetAddress::getAddress)
        .as("recipients of « %s »", subject)
        .containsExactly(to(code));
    assertThat(message.getRecipients(Message.RecipientType.CC)).isNull();
    assertThat(mail.receivedBy(to(code)).stream().filter(m -> subject(m).equals(subject)).count())
        .as("« %s » to %s once", subject, code)
        .isEqualTo(1);
    return SmtpMailbox.plainText(message);
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Waits until the outbox has nothing left for these addresses, then checks they got nothing. */
  private void nothingTo(String... codes) throws Exception {
    for (String code : codes) {
      for (int i = 0;
          i < 100
              && fixtures.outboxOf(to(code)).stream()
                  .anyMatch(o -> o.getState() != ca.qc.portail.notification.OutboxState.ENVOYE);
          i++) {
        Thread.sleep(100);
      }
      assertThat(fixtures.outboxOf(to(code))).as("queued for " + code).isEmpty();
      assertThat(mail.receivedBy(to(code))).as("delivered to " + code).isEmpty();
    }
  }

  /**
   * The owner got the e-mail {@code ownerSubject} saying {@code ownerText}, and each officer {@code
   * officerSubject} saying {@code officerText}, without the owner's user code.
   */
  private void told(
      String owner,
      String ownerSubject,
      String ownerText,
      List<String> officers,
      String officerSubject,
      String officerText)
      throws Exception {
    assertThat(only(owner, ownerSubject)).contains(ownerText);
    for (String each : officers) {
      assertThat(only(each, officerSubject)).contains(officerText).doesNotContain(owner);
    }
  }

  @Test
  @DisplayName(
      "R-S6/R-S7/R-S5: an officer deactivates, extends, shortens, reactivates — owner and every"
          + " Actif officer e-mailed with seed 001's sentences, three characters only")
  void officerActions() throws Exception {
    long partner = fixtures.partner(MeasureFamily.FORMATION);
    String principal = Fixtures.unique("pri");
    String auxiliary = Fixtures.unique("aux");
    String gone = Fixtures.unique("old");
    long officer = person(partner, principal, "Joseph", "Labonté", Profile.RESPONSABLE_PRINCIPAL);
    long aux = person(partner, auxiliary, "Rose", "Des Prés", Profile.RESPONSABLE_AUXILIAIRE);
    long inactive = person(partner, gone, "Luc", "Côté", Profile.RESPONSABLE_AUXILIAIRE);
    fixtures.deactivatedByReason(inactive, "Départ volontaire", "Rose Des Prés");
    String chantal = Fixtures.unique("cga");
    long deactivated = person(partner, chantal, "Chantal", "Gagné", Profile.UTILISATEUR_INDIVIDUS);
    String martin = Fixtures.unique("mla");
    long extended = person(partner, martin, "Martin", "Lavoie", Profile.UTILISATEUR_INDIVIDUS);
    String emilie = Fixtures.unique("ebe");
    long locked = person(partner, emilie, "Émilie", "Bergeron", Profile.UTILISATEUR_INDIVIDUS);
    List<String> officers = List.of(principal, auxiliary);

    // R-S6: « Désactiver ».
    assertThat(as(officer).deactivate(deactivated, DeactivationReason.FIN_DE_CONTRAT, null))
        .isEmpty();
    told(
        chantal,
        "Code d'utilisateur désactivé",
        "Nous vous avisons que votre code d'utilisateur a été désactivé.",
        officers,
        "Code d'utilisateur désactivé dans votre organisme",
        "Nous vous confirmons que le code d'utilisateur de Chantal Gagné (cga) a été"
            + " désactivé.");

    // R-S7: « Modifier la période de validité », longer then shorter.
    assertThat(as(officer).changeValidity(extended, fixtures.today().plusMonths(10))).isEmpty();
    told(
        martin,
        "Période de validité prolongée",
        "Nous vous avisons que la période de validité de votre code d'utilisateur a été"
            + " prolongée.",
        officers,
        "Période de validité prolongée dans votre organisme",
        "Nous vous confirmons que la période de validité du code d'utilisateur de Martin"
            + " Lavoie (mla) a été prolongée.");
    assertThat(as(aux).changeValidity(extended, fixtures.today().plusMonths(1))).isEmpty();
    told(
        martin,
        "Période de validité diminuée",
        "Nous vous avisons que la période de validité de votre code d'utilisateur a été"
            + " diminuée.",
        officers,
        "Période de validité raccourcie dans votre organisme",
        "Nous vous confirmons que la période de validité du code d'utilisateur de Martin"
            + " Lavoie (mla) a été raccourcie.");

    // R-S5: « Réactiver » an account deactivated after failed logins.
    fixtures.deactivatedByFailedLogins(locked, 2);
    assertThat(as(officer).reactivate(locked, ReactivationReason.IDENTITE_CONFIRMEE, null, null))
        .isEmpty();
    told(
        emilie,
        "Code d'utilisateur réactivé",
        "Nous vous avisons que votre code d'utilisateur a été réactivé.",
        officers,
        "Code d'utilisateur réactivé dans votre organisme",
        "Nous vous confirmons que le code d'utilisateur de Émilie Bergeron (ebe) a été"
            + " réactivé.");

    // Each officer got exactly the four notices above; the Inactif officer, nothing.
    for (String each : officers) {
      assertThat(mail.receivedBy(to(each))).hasSize(4);
    }
    nothingTo(gone);
  }

  @Test
  @DisplayName(
      "R-C4/R-C5/R-C6/R-D3: central's temporary password, e-mail change and deactivations —"
          + " owner, officers and central e-mailed with seed 001's sentences")
  void centralActions() throws Exception {
    long partner = fixtures.partner(MeasureFamily.FORMATION);
    String principal = Fixtures.unique("pri");
    long officer = person(partner, principal, "Joseph", "Labonté", Profile.RESPONSABLE_PRINCIPAL);
    String helene = Fixtures.unique("hma");
    long user = person(partner, helene, "Hélène", "Martel", Profile.UTILISATEUR_INDIVIDUS);
    String agentCode = Fixtures.unique("agt");
    long agent = fixtures.agent(agentCode);
    fixtures.deactivatedByReason(
        user, "Absence prolongée", "Un agent du Groupe central de la sécurité");

    // R-C4: reactivation with a new date and a temporary password.
    LocalDate until = fixtures.today().plusMonths(6);
    assertThat(as(agent).reactivateWithTemporaryPassword(user, until)).isEmpty();
    assertThat(only(helene, "Code d'utilisateur réactivé"))
        .contains(
            "Nous vous avisons que votre code d'utilisateur a été réactivé par le Groupe central"
                + " de la sécurité. Il est valide jusqu'au "
                + until);
    String temporary = only(helene, "Mot de passe temporaire");
    assertThat(temporary)
        .contains(
            "Un nouveau mot de passe temporaire vous est transmis par le Groupe de sécurité"
                + " central, suite à l'impossibilité pour vous de retrouver en ligne votre mot de"
                + " passe actuel. Vous devrez le changer à sa première utilisation. Assurez-vous"
                + " d'en préserver la confidentialité. Votre nouveau mot de passe temporaire est :"
                + " \"");
    Matcher password = Pattern.compile("temporaire est : \"([^\"]+)\"").matcher(temporary);
    assertThat(password.find()).isTrue();
    assertThat(only(principal, "Code d'utilisateur réactivé dans votre organisme"))
        .contains(
            "Nous vous confirmons que le code d'utilisateur de Hélène Martel (hma) a été"
                + " réactivé.");
    assertThat(only(principal, "Mot de passe temporaire attribué dans votre organisme"))
        .contains(
            "Le Groupe central de la sécurité a attribué un nouveau mot de passe temporaire à un"
                + " employé de votre organisme, suite à l'impossibilité pour celui-ci de retrouver"
                + " son mot de passe en ligne. Si vous constatez une erreur à ce sujet, veuillez"
                + " nous en informer dans les plus brefs délais. Un mot de passe temporaire a été"
                + " attribué à : \"hma\"")
        .doesNotContain(helene)
        .doesNotContain(password.group(1));

    // R-C5: an e-mail change, confirmed at both addresses, the officer in copy.
    String renamed = Fixtures.unique("nouvelle");
    assertThat(
            as(agent)
                .correctPersonalData(
                    user,
                    new PersonalData("Martel", "Hélène", "819 555-0101", to(renamed), "654321")))
        .isEmpty();
    for (String address : List.of(renamed, helene)) {
      assertThat(only(address, "Modification de votre adresse courriel"))
          .contains(
              "Nous vous confirmons que le Groupe central de la sécurité a apporté les"
                  + " modifications demandées à votre dossier de sécurité. Votre adresse courriel"
                  + " est maintenant : "
                  + to(renamed));
    }
    assertThat(
            only(
                principal,
                "Copie conforme : modification d'une adresse courriel dans votre organisme"))
        .contains(
            "Copie conforme : le Groupe central de la sécurité a modifié, à sa demande, l'adresse"
                + " courriel du dossier de sécurité de Hélène Martel (hma).")
        .doesNotContain(helene);

    // R-C6: central deactivates the user (now at her new address), then the last officer (R-D3).
    assertThat(as(agent).deactivate(user, DeactivationReason.CONGEDIEMENT, null)).isEmpty();
    assertThat(only(renamed, "Code d'utilisateur désactivé"))
        .contains("Nous vous avisons que votre code d'utilisateur a été désactivé.");
    assertThat(only(principal, "Code d'utilisateur désactivé dans votre organisme"))
        .contains(
            "Nous vous confirmons que le code d'utilisateur de Hélène Martel (hma) a été"
                + " désactivé.");
    assertThat(mail.receivedBy(to(helene))).as("nothing more at her old address").hasSize(3);

    assertThat(as(agent).deactivate(officer, DeactivationReason.DEPART_VOLONTAIRE, null)).isEmpty();
    assertThat(only(principal, "Code d'utilisateur désactivé"))
        .contains("Nous vous avisons que votre code d'utilisateur a été désactivé.");
    String partnerName = fixtures.partnerName(partner);
    assertThat(only(agentCode, "Aucun responsable de la sécurité actif"))
        .contains(CentralAlert.TEXT + ", suite à la désactivation, du code d'utilisateur (")
        .contains(") de \"" + partnerName + "\".");
    assertThat(fixtures.auditOf(officer, ca.qc.portail.audit.AuditAction.CENTRAL_ALERTED))
        .hasSize(1);
  }
}
