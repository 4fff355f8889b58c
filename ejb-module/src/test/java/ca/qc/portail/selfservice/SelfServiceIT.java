package ca.qc.portail.selfservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.qc.portail.account.AccountState;
import ca.qc.portail.account.DeactivationReason;
import ca.qc.portail.account.DeactivationViolation;
import ca.qc.portail.account.Profile;
import ca.qc.portail.account.UserAccount;
import ca.qc.portail.audit.AuditAction;
import ca.qc.portail.audit.AuditOutcome;
import ca.qc.portail.authentication.LoginOutcome;
import ca.qc.portail.authentication.LoginService;
import ca.qc.portail.authentication.PasswordResets;
import ca.qc.portail.partner.MeasureFamily;
import ca.qc.portail.password.PasswordViolation;
import ca.qc.portail.security.AccessRefusedException;
import ca.qc.portail.testing.CentralAlert;
import ca.qc.portail.testing.Deployments;
import ca.qc.portail.testing.Fixtures;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * *Gestion de votre authentification* (R-P3, R-P5, R-D1–R-D3) on PostgreSQL, through {@link
 * SelfCareAs}: {@link SelfService} takes its account from the signed-in principal, which a
 * container test cannot have.
 */
@ExtendWith(ArquillianExtension.class)
class SelfServiceIT {

  private static final String OLD = "Ancien-Mot-2025";
  private static final String NEW = "Tulipe-Rouge-47!";

  @Deployment
  static WebArchive deployment() {
    return Deployments.rules("self-service-it", SelfServiceIT.class, SelfCareAs.class);
  }

  @Inject private SelfCareAs self;
  @Inject private LoginService login;
  @Inject private PasswordResets resets;
  @Inject private Fixtures fixtures;

  private long user(long partner, String code, Profile... profiles) {
    return fixtures.account(
        partner, code, OLD, LocalDate.now().plusDays(90), AccountState.ACTIF, profiles);
  }

  /** A partner user whose password was last changed yesterday, so R-P3 allows a change. */
  private long changeable(String code) {
    long id = user(fixtures.partner(MeasureFamily.FORMATION), code, Profile.UTILISATEUR_INDIVIDUS);
    self.passwordChangedAgo(id, 2);
    return id;
  }

  @Test
  @DisplayName("R-P5: a wrong current password changes nothing and has its own outcome")
  void wrongCurrentPassword() {
    String code = Fixtures.unique("p");
    long id = changeable(code);
    String hashBefore = fixtures.reload(id).getPasswordHash();

    PasswordChange result = self.changePassword(id, "Pas-le-bon-1!", NEW, NEW);

    assertThat(result.outcome()).isEqualTo(PasswordChange.Outcome.WRONG_CURRENT_PASSWORD);
    assertThat(result.violations()).isEmpty();
    assertThat(fixtures.reload(id).getPasswordHash()).isEqualTo(hashBefore);
    assertThat(fixtures.outboxOf(code + "@test.example")).isEmpty();
  }

  @Test
  @DisplayName("R-P1/R-P5: success stores the password, e-mails the owner, and the new one logs in")
  void changeSucceeds() {
    String code = Fixtures.unique("p");
    long id = changeable(code);

    assertThat(self.changePassword(id, OLD, NEW, NEW).succeeded()).isTrue();

    assertThat(login.authenticate(code, NEW).outcome()).isEqualTo(LoginOutcome.SUCCESS);
    assertThat(login.authenticate(code, OLD).outcome()).isEqualTo(LoginOutcome.INVALID);
    assertThat(
            fixtures.outboxOf(code + "@test.example").stream()
                .filter(e -> e.getSubject().equals("Modification de votre mot de passe"))
                .map(e -> e.toEmail().text())
                .toList())
        .singleElement()
        .satisfies(
            b ->
                assertThat(b)
                    .contains(
                        "Le mot de passe pour votre compte "
                            + code
                            + "@test.example a été modifié le")
                    .contains("Si vous n'avez pas demandé de changement de mot de passe"));
    assertThat(fixtures.auditOf(id, AuditAction.PASSWORD_CHANGED))
        .anySatisfy(e -> assertThat(e.getActorAccountId()).isEqualTo(id));
  }

  @Test
  @DisplayName("R-P3: a second change the same day is refused with ONCE_A_DAY")
  void onceADay() {
    String code = Fixtures.unique("p");
    long id = changeable(code);
    assertThat(self.changePassword(id, OLD, NEW, NEW).succeeded()).isTrue();

    PasswordChange second = self.changePassword(id, NEW, "Autre-Tulipe-58?", "Autre-Tulipe-58?");

    assertThat(second.outcome()).isEqualTo(PasswordChange.Outcome.REFUSED);
    assertThat(second.violations()).containsExactly(PasswordViolation.ONCE_A_DAY);
    assertThat(PasswordViolation.ONCE_A_DAY.messageKey()).isEqualTo("password.onceADay");
    assertThat(login.authenticate(code, NEW).outcome()).isEqualTo(LoginOutcome.SUCCESS);
  }

  @Test
  @DisplayName("R-P3: a password set by a reset link may be changed the same day")
  void resetPasswordMayBeChangedSameDay() {
    String code = Fixtures.unique("p");
    long id = user(fixtures.partner(MeasureFamily.FORMATION), code, Profile.UTILISATEUR_INDIVIDUS);
    resets.request(code);
    Matcher link =
        Pattern.compile("jeton=([A-Za-z0-9_-]+)")
            .matcher(
                fixtures.outboxOf(code + "@test.example").stream()
                    .filter(e -> e.getSubject().equals("Réinitialisation du mot de passe"))
                    .findFirst()
                    .orElseThrow()
                    .toEmail()
                    .text());
    assertThat(link.find()).isTrue();
    assertThat(resets.complete(link.group(1), NEW, NEW)).isEmpty();

    assertThat(self.changePassword(id, NEW, "Autre-Tulipe-58?", "Autre-Tulipe-58?").succeeded())
        .isTrue();
    assertThat(
            self.changePassword(id, "Autre-Tulipe-58?", "Encore-Tulipe-69#", "Encore-Tulipe-69#")
                .violations())
        .containsExactly(PasswordViolation.ONCE_A_DAY);
  }

  @Test
  @DisplayName("R-P1: every unmet criterion is named at once and nothing is stored")
  void everyCriterionNamed() {
    String code = Fixtures.unique("p");
    long id = changeable(code);
    String hashBefore = fixtures.reload(id).getPasswordHash();

    PasswordChange result = self.changePassword(id, OLD, "court", "autre");

    assertThat(result.outcome()).isEqualTo(PasswordChange.Outcome.REFUSED);
    assertThat(result.violations())
        .contains(
            PasswordViolation.TOO_SHORT,
            PasswordViolation.NO_UPPERCASE,
            PasswordViolation.NO_DIGIT,
            PasswordViolation.NO_SPECIAL,
            PasswordViolation.MISMATCH);
    assertThat(fixtures.reload(id).getPasswordHash()).isEqualTo(hashBefore);
    assertThat(fixtures.outboxOf(code + "@test.example")).isEmpty();
  }

  @Test
  @DisplayName("R-P1: the current password may not be chosen again (history)")
  void currentPasswordReused() {
    long id = changeable(Fixtures.unique("p"));

    assertThat(self.changePassword(id, OLD, OLD, OLD).violations())
        .containsExactly(PasswordViolation.REUSED);
  }

  @Test
  @DisplayName("R-M1: a ministry agent (no profile) is refused the section")
  void agentRefused() {
    long agent = fixtures.agent(Fixtures.unique("agt"));

    assertThatThrownBy(() -> self.changePassword(agent, "Agent-Central-1", NEW, NEW))
        .isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(
            () ->
                self.deactivate(
                    agent, "Agent-Central-1", DeactivationReason.DEPART_VOLONTAIRE, null))
        .isInstanceOf(AccessRefusedException.class);
    assertThat(fixtures.reload(agent).getState()).isEqualTo(AccountState.ACTIF);
  }

  @Test
  @DisplayName("R-M1: the pages open for a partner user and are refused, audited, to an agent")
  void pageAccess() {
    long user =
        user(
            fixtures.partner(MeasureFamily.FORMATION),
            Fixtures.unique("u"),
            Profile.UTILISATEUR_INDIVIDUS);
    long agent = fixtures.agent(Fixtures.unique("agt"));

    self.checkAccess(user);
    assertThatThrownBy(() -> self.checkAccess(agent)).isInstanceOf(AccessRefusedException.class);
    assertThat(fixtures.auditOf(agent, AuditAction.ACCESS_REFUSED)).hasSize(1);
  }

  @Test
  @DisplayName(
      "R-D1: missing reason, « Autre raison » without text, wrong password: nothing changes")
  void refusedDeactivationChangesNothing() {
    String code = Fixtures.unique("d");
    long id = user(fixtures.partner(MeasureFamily.FORMATION), code, Profile.UTILISATEUR_INDIVIDUS);

    assertThat(self.checkDeactivation(id, OLD, null, null))
        .containsExactly(DeactivationViolation.REASON_MISSING);
    assertThat(self.checkDeactivation(id, OLD, DeactivationReason.AUTRE_RAISON, " "))
        .containsExactly(DeactivationViolation.OTHER_REASON_MISSING);
    assertThat(self.checkDeactivation(id, "Mauvais", DeactivationReason.CONGEDIEMENT, null))
        .containsExactly(DeactivationViolation.WRONG_PASSWORD);
    assertThat(self.deactivate(id, OLD, null, null))
        .containsExactly(DeactivationViolation.REASON_MISSING);
    assertThat(self.deactivate(id, OLD, DeactivationReason.AUTRE_RAISON, null))
        .containsExactly(DeactivationViolation.OTHER_REASON_MISSING);
    assertThat(self.deactivate(id, "Mauvais", DeactivationReason.CONGEDIEMENT, null))
        .containsExactly(DeactivationViolation.WRONG_PASSWORD);
    assertThat(self.checkDeactivation(id, OLD, DeactivationReason.FIN_DE_CONTRAT, null)).isEmpty();

    assertThat(fixtures.reload(id).getState()).isEqualTo(AccountState.ACTIF);
    assertThat(fixtures.outboxOf(code + "@test.example")).isEmpty();
    assertThat(fixtures.auditOf(id, AuditAction.ACCOUNT_DEACTIVATED))
        .hasSize(4)
        .allSatisfy(e -> assertThat(e.getOutcome()).isEqualTo(AuditOutcome.REFUSED));
    assertThat(login.authenticate(code, OLD).outcome()).isEqualTo(LoginOutcome.SUCCESS);
  }

  @Test
  @DisplayName(
      "R-D1/R-D2: Inactif with reason, date and author; owner and officer (3 characters) e-mailed")
  void deactivationSucceeds() {
    long partner = fixtures.partner(MeasureFamily.FORMATION);
    String officer = Fixtures.unique("off");
    user(partner, officer, Profile.RESPONSABLE_PRINCIPAL);
    String code = Fixtures.unique("usr");
    long id = user(partner, code, Profile.UTILISATEUR_INDIVIDUS);

    assertThat(self.deactivate(id, OLD, DeactivationReason.AUTRE_RAISON, " Retraite ")).isEmpty();

    UserAccount account = fixtures.reload(id);
    assertThat(account.getState()).isEqualTo(AccountState.INACTIF);
    assertThat(account.getStateReason()).isEqualTo("Retraite");
    assertThat(account.getStateChangedBy()).isEqualTo("Prénom Nom");
    assertThat(account.getStateChangedAt()).isNotNull();
    assertThat(fixtures.auditOf(id, AuditAction.ACCOUNT_DEACTIVATED)).hasSize(1);
    assertThat(fixtures.textsTo(code))
        .singleElement()
        .satisfies(
            b ->
                assertThat(b)
                    .contains(
                        "Nous vous confirmons que votre code d'utilisateur a été désactivé,"
                            + " conformément à votre demande."));
    assertThat(fixtures.textsTo(officer))
        .singleElement()
        .satisfies(
            b ->
                assertThat(b)
                    .contains(
                        "le code d'utilisateur ("
                            + code.substring(0, 3)
                            + ") a été désactivé à la demande de l'utilisateur.")
                    .doesNotContain(code));
    assertThat(fixtures.auditOf(id, AuditAction.CENTRAL_ALERTED)).isEmpty();
    assertThat(login.authenticate(code, OLD).outcome()).isEqualTo(LoginOutcome.INACTIVE);
  }

  @Test
  @DisplayName("R-D3: the last active officer deactivating himself alerts central")
  void lastOfficerAlertsCentral() {
    Fixtures.LoneOfficer officer = fixtures.loneOfficer(OLD);

    assertThat(self.deactivate(officer.id(), OLD, DeactivationReason.DEPART_VOLONTAIRE, null))
        .isEmpty();

    assertThat(fixtures.reload(officer.id()).getStateReason()).isEqualTo("Départ volontaire");
    CentralAlert.assertSent(fixtures, officer);
  }
}
