package ca.qc.portail.selfservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.qc.portail.account.AccountState;
import ca.qc.portail.account.DeactivationReason;
import ca.qc.portail.account.DeactivationViolation;
import ca.qc.portail.account.Profile;
import ca.qc.portail.account.UserAccount;
import ca.qc.portail.audit.AuditAction;
import ca.qc.portail.audit.AuditEvent;
import ca.qc.portail.audit.AuditOutcome;
import ca.qc.portail.authentication.LoginOutcome;
import ca.qc.portail.authentication.LoginService;
import ca.qc.portail.authentication.PasswordResets;
import ca.qc.portail.partner.MeasureFamily;
import ca.qc.portail.password.PasswordViolation;
import ca.qc.portail.security.AccessRefusedException;
import ca.qc.portail.security.Caller;
import ca.qc.portail.testing.CentralAlert;
import ca.qc.portail.testing.Deployments;
import ca.qc.portail.testing.Fixtures;
import ca.qc.portail.testing.TestCaller;
import jakarta.inject.Inject;
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
 * *Gestion de votre authentification* (R-M1, R-P1, R-P3, R-P5, R-D1–R-D3) on PostgreSQL, called as
 * the account each test chooses ({@link TestCaller}): {@link SelfService} acts on its caller's own
 * account only.
 */
@ExtendWith(ArquillianExtension.class)
class SelfServiceIT {

  private static final String OLD = "Ancien-Mot-2025";
  private static final String NEW = "Tulipe-Rouge-47!";

  @Deployment
  static WebArchive deployment() {
    return Deployments.rules("self-service-it", SelfServiceIT.class);
  }

  @Inject private SelfService self;
  @Inject private TestCaller caller;
  @Inject private LoginService login;
  @Inject private PasswordResets resets;
  @Inject private Fixtures fixtures;

  @AfterEach
  void noCaller() {
    caller.reset();
  }

  /** The service, called by that account from now on. */
  private SelfService as(long account) {
    caller.actAs(account);
    return self;
  }

  private long user(long partner, String code, Profile... profiles) {
    return fixtures.account(
        partner, code, OLD, fixtures.today().plusDays(90), AccountState.ACTIF, profiles);
  }

  /** A partner user whose password was last changed two days ago, so R-P3 allows a change. */
  private long changeable(String code) {
    long id = user(fixtures.partner(MeasureFamily.FORMATION), code, Profile.UTILISATEUR_INDIVIDUS);
    fixtures.passwordChangedAgo(id, 2);
    return id;
  }

  @Test
  @DisplayName("R-P5: a wrong current password changes nothing and has its own outcome")
  void wrongCurrentPassword() {
    String code = Fixtures.unique("p");
    long id = changeable(code);
    String hashBefore = fixtures.reload(id).getPasswordHash();

    PasswordChange result = as(id).changePassword("Pas-le-bon-1!", NEW, NEW);

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

    assertThat(as(id).changePassword(OLD, NEW, NEW).succeeded()).isTrue();

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
    assertThat(as(id).changePassword(OLD, NEW, NEW).succeeded()).isTrue();

    PasswordChange second = as(id).changePassword(NEW, "Autre-Tulipe-58?", "Autre-Tulipe-58?");

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

    assertThat(as(id).changePassword(NEW, "Autre-Tulipe-58?", "Autre-Tulipe-58?").succeeded())
        .isTrue();
    assertThat(
            as(id)
                .changePassword("Autre-Tulipe-58?", "Encore-Tulipe-69#", "Encore-Tulipe-69#")
                .violations())
        .containsExactly(PasswordViolation.ONCE_A_DAY);
  }

  @Test
  @DisplayName("R-P1: every unmet criterion is named at once and nothing is stored")
  void everyCriterionNamed() {
    String code = Fixtures.unique("p");
    long id = changeable(code);
    String hashBefore = fixtures.reload(id).getPasswordHash();

    PasswordChange result = as(id).changePassword(OLD, "court", "autre");

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

    assertThat(as(id).changePassword(OLD, OLD, OLD).violations())
        .containsExactly(PasswordViolation.REUSED);
  }

  @Test
  @DisplayName(
      "R-C8, R-D1: a ministry agent changes their own password, but is refused"
          + " self-deactivation before anything is read or changed, each refusal audited")
  void agentChangesPasswordButCannotDeactivate() {
    long agent = fixtures.agent(Fixtures.unique("agt"));
    fixtures.passwordChangedAgo(agent, 2);
    String hashBefore = fixtures.reload(agent).getPasswordHash();

    as(agent).checkPasswordChangeAccess();
    assertThat(as(agent).changePassword("Mauvais-Mot-2026!", NEW, NEW).outcome())
        .isEqualTo(PasswordChange.Outcome.WRONG_CURRENT_PASSWORD);
    assertThat(fixtures.reload(agent).getPasswordHash()).isEqualTo(hashBefore);
    assertThatThrownBy(() -> as(agent).checkDeactivationAccess())
        .isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(
            () ->
                as(agent)
                    .deactivateSelf("Agent-Central-1", DeactivationReason.DEPART_VOLONTAIRE, null))
        .isInstanceOf(AccessRefusedException.class);

    UserAccount unchanged = fixtures.reload(agent);
    assertThat(unchanged.getState()).isEqualTo(AccountState.ACTIF);
    assertThat(fixtures.auditOf(agent, AuditAction.ACCESS_REFUSED))
        .allSatisfy(
            e -> {
              assertThat(e.getOutcome()).isEqualTo(AuditOutcome.REFUSED);
              assertThat(e.getActorAccountId()).isEqualTo(agent);
              assertThat(e.getAddress()).isEqualTo(TestCaller.ADDRESS);
            })
        .extracting(AuditEvent::getDetail)
        .containsExactly(
            "OPERATION_REFUSED|Désactiver votre code d'utilisateur|@standing.PARTNER_USER",
            "OPERATION_REFUSED|Désactiver votre code d'utilisateur|@standing.PARTNER_USER");
    assertThat(fixtures.auditOf(agent, AuditAction.ACCOUNT_DEACTIVATED)).isEmpty();
  }

  @Test
  @DisplayName("R-M1: the pages open for a partner user, an officer included")
  void pageAccess() {
    long partner = fixtures.partner(MeasureFamily.FORMATION);
    long user = user(partner, Fixtures.unique("u"), Profile.UTILISATEUR_INDIVIDUS);
    long officer = user(partner, Fixtures.unique("o"), Profile.RESPONSABLE_AUXILIAIRE);

    for (long allowed : new long[] {user, officer}) {
      as(allowed).checkPasswordChangeAccess();
      as(allowed).checkDeactivationAccess();
      assertThat(fixtures.auditOf(allowed, AuditAction.ACCESS_REFUSED)).isEmpty();
    }
  }

  @Test
  @DisplayName(
      "R-U1: every operation called without a session is refused and audited as « anonyme »;"
          + " nothing is read or changed")
  void anonymousRefused() {
    long before = fixtures.anonymousRefusals();
    List<Runnable> operations =
        List.of(
            () -> self.checkPasswordChangeAccess(),
            () -> self.changePassword(null, NEW, NEW),
            () -> self.passwordPolicy(),
            () -> self.preferLanguage("en"),
            () -> self.checkDeactivationAccess(),
            () -> self.checkDeactivation(OLD, DeactivationReason.CONGEDIEMENT, null),
            () -> self.deactivateSelf(OLD, DeactivationReason.CONGEDIEMENT, null));

    caller.anonymous();
    for (Runnable operation : operations) {
      assertThatThrownBy(operation::run).isInstanceOf(AccessRefusedException.class);
    }

    assertThat(fixtures.anonymousRefusals() - before).isEqualTo(operations.size());
    assertThat(fixtures.lastAudit())
        .satisfies(
            e -> {
              assertThat(e.getActor()).isEqualTo(Caller.ANONYMOUS);
              assertThat(e.getActorAccountId()).isNull();
              assertThat(e.getAddress()).isEqualTo(TestCaller.ADDRESS);
              assertThat(e.getDetail())
                  .isEqualTo(
                      "OPERATION_REFUSED|Désactiver votre code d'utilisateur|@standing.anonymous");
            });
  }

  @Test
  @DisplayName(
      "R-D1: missing reason, « Autre raison » without text, wrong password: nothing changes")
  void refusedDeactivationChangesNothing() {
    String code = Fixtures.unique("d");
    long id = user(fixtures.partner(MeasureFamily.FORMATION), code, Profile.UTILISATEUR_INDIVIDUS);

    assertThat(as(id).checkDeactivation(OLD, null, null))
        .containsExactly(DeactivationViolation.REASON_MISSING);
    assertThat(as(id).checkDeactivation(OLD, DeactivationReason.AUTRE_RAISON, " "))
        .containsExactly(DeactivationViolation.OTHER_REASON_MISSING);
    assertThat(as(id).checkDeactivation("Mauvais", DeactivationReason.CONGEDIEMENT, null))
        .containsExactly(DeactivationViolation.WRONG_PASSWORD);
    assertThat(as(id).deactivateSelf(OLD, null, null))
        .containsExactly(DeactivationViolation.REASON_MISSING);
    assertThat(as(id).deactivateSelf(OLD, DeactivationReason.AUTRE_RAISON, null))
        .containsExactly(DeactivationViolation.OTHER_REASON_MISSING);
    assertThat(as(id).deactivateSelf("Mauvais", DeactivationReason.CONGEDIEMENT, null))
        .containsExactly(DeactivationViolation.WRONG_PASSWORD);
    assertThat(as(id).checkDeactivation(OLD, DeactivationReason.FIN_DE_CONTRAT, null)).isEmpty();

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

    assertThat(as(id).deactivateSelf(OLD, DeactivationReason.AUTRE_RAISON, " Retraite ")).isEmpty();

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

    assertThat(as(officer.id()).deactivateSelf(OLD, DeactivationReason.DEPART_VOLONTAIRE, null))
        .isEmpty();

    assertThat(fixtures.reload(officer.id()).getStateReason()).isEqualTo("DEPART_VOLONTAIRE");
    CentralAlert.assertSent(fixtures, officer);
  }
}
