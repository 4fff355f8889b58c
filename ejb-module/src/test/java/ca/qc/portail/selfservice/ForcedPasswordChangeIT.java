package ca.qc.portail.selfservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.qc.portail.account.AccountState;
import ca.qc.portail.account.Profile;
import ca.qc.portail.audit.AuditAction;
import ca.qc.portail.audit.AuditOutcome;
import ca.qc.portail.authentication.LoginOutcome;
import ca.qc.portail.authentication.LoginResult;
import ca.qc.portail.authentication.LoginService;
import ca.qc.portail.notification.OutboxEmail;
import ca.qc.portail.partner.MeasureFamily;
import ca.qc.portail.password.PasswordStatus;
import ca.qc.portail.security.AccessRefusedException;
import ca.qc.portail.testing.Deployments;
import ca.qc.portail.testing.Fixtures;
import ca.qc.portail.testing.TestCaller;
import jakarta.inject.Inject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Temporary (R-P4) and expired (R-P2, here {@code password.maxAgeDays=180}) passwords on
 * PostgreSQL: the login says the password must change, and the change then accepts the password
 * typed at login as the current one; plus the language of later e-mails.
 */
@ExtendWith(ArquillianExtension.class)
class ForcedPasswordChangeIT {

  private static final String OLD = "Ancien-Mot-2025";
  private static final String NEW = "Tulipe-Rouge-47!";

  /** The password {@link Fixtures#agent} gives a central agent. */
  private static final String AGENT = "Agent-Central-1";

  @Deployment
  static WebArchive deployment() {
    return Deployments.rules(
        "forced-password-change-it",
        List.of("mfa.email=false", "password.maxAgeDays=180"),
        ForcedPasswordChangeIT.class);
  }

  @Inject private SelfService self;
  @Inject private TestCaller caller;
  @Inject private LoginService login;
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

  private long user(String code) {
    return fixtures.account(
        fixtures.partner(MeasureFamily.FORMATION),
        code,
        OLD,
        fixtures.today().plusDays(90),
        AccountState.ACTIF,
        Profile.UTILISATEUR_INDIVIDUS);
  }

  private PasswordStatus statusAtLogin(String code, String password) {
    LoginResult result = login.authenticate(code, password);
    assertThat(result.outcome()).isEqualTo(LoginOutcome.SUCCESS);
    return result.user().passwordStatus();
  }

  @Test
  @DisplayName("R-P4: a temporary password signs in to the change page, then is replaced")
  void temporaryPasswordMustChange() {
    String code = Fixtures.unique("t");
    long id = user(code);
    fixtures.makePasswordTemporary(id);

    assertThat(statusAtLogin(code, OLD)).isEqualTo(PasswordStatus.TEMPORARY);
    assertThat(as(id).changePassword(null, NEW, NEW).succeeded())
        .as("the temporary password typed at login counts as the current one")
        .isTrue();

    assertThat(fixtures.reload(id).isPasswordTemporary()).isFalse();
    assertThat(statusAtLogin(code, NEW)).isEqualTo(PasswordStatus.CURRENT);
    assertThat(fixtures.auditOf(id, AuditAction.PASSWORD_CHANGED))
        .anySatisfy(e -> assertThat(e.getDetail()).isEqualTo("TEMPORARY_PASSWORD_REPLACED"));
  }

  @Test
  @DisplayName("R-P4: without a temporary or expired password the current one is always required")
  void currentPasswordRequiredOtherwise() {
    String code = Fixtures.unique("t");
    long id = user(code);
    fixtures.passwordChangedAgo(id, 2);
    String hashBefore = fixtures.reload(id).getPasswordHash();

    assertThat(as(id).changePassword(null, NEW, NEW).outcome())
        .isEqualTo(PasswordChange.Outcome.WRONG_CURRENT_PASSWORD);
    assertThat(fixtures.reload(id).getPasswordHash()).isEqualTo(hashBefore);
  }

  @Test
  @DisplayName("R-P2: at 180 days the password is expired at login; at 179 it is not")
  void expiredPasswordMustChange() {
    String young = Fixtures.unique("e");
    long youngId = user(young);
    fixtures.passwordChangedAgo(youngId, 179);
    String old = Fixtures.unique("e");
    long oldId = user(old);
    fixtures.passwordChangedAgo(oldId, 180);

    assertThat(statusAtLogin(young, OLD)).isEqualTo(PasswordStatus.CURRENT);
    assertThat(statusAtLogin(old, OLD)).isEqualTo(PasswordStatus.EXPIRED);
    assertThat(as(oldId).changePassword(null, NEW, NEW).succeeded()).isTrue();
    assertThat(statusAtLogin(old, NEW)).isEqualTo(PasswordStatus.CURRENT);
  }

  @Test
  @DisplayName(
      "R-P4, R-C8: a ministry agent holding a temporary password is sent to the forced change like"
          + " anyone, and changes it there")
  void agentForcedToo() {
    String code = Fixtures.unique("agt");
    long agent = fixtures.agent(code);
    fixtures.makePasswordTemporary(agent);

    assertThat(statusAtLogin(code, AGENT)).isEqualTo(PasswordStatus.TEMPORARY);
    as(agent).checkPasswordChangeAccess();
    assertThat(as(agent).changePassword(null, NEW, NEW).succeeded()).isTrue();

    assertThat(statusAtLogin(code, NEW)).isEqualTo(PasswordStatus.CURRENT);
    assertThat(fixtures.auditOf(agent, AuditAction.PASSWORD_CHANGED))
        .singleElement()
        .satisfies(e -> assertThat(e.getOutcome()).isEqualTo(AuditOutcome.SUCCESS));
  }

  @Test
  @DisplayName("R-P4/R-U1: without a session, a forced change is refused and audited « anonyme »")
  void anonymousForcedChangeRefused() {
    String code = Fixtures.unique("t");
    long id = user(code);
    fixtures.makePasswordTemporary(id);
    String hashBefore = fixtures.reload(id).getPasswordHash();
    long before = fixtures.anonymousRefusals();

    caller.anonymous();
    assertThatThrownBy(() -> self.changePassword(null, NEW, NEW))
        .isInstanceOf(AccessRefusedException.class);

    assertThat(fixtures.anonymousRefusals()).isEqualTo(before + 1);
    assertThat(fixtures.reload(id).getPasswordHash()).isEqualTo(hashBefore);
    assertThat(fixtures.reload(id).isPasswordTemporary()).isTrue();
  }

  @Test
  @DisplayName("R-J6: after the person chose English, their e-mails are in English")
  void chosenLanguageForEmails() {
    String code = Fixtures.unique("l");
    long id = user(code);
    fixtures.passwordChangedAgo(id, 2);

    as(id).preferLanguage("en");
    assertThat(as(id).changePassword(OLD, NEW, NEW).succeeded()).isTrue();

    assertThat(fixtures.reload(id).getPreferredLanguage()).isEqualTo("en");
    assertThat(fixtures.outboxOf(code + "@test.example"))
        .extracting(OutboxEmail::getSubject)
        .contains("Your password was changed")
        .doesNotContain("Modification de votre mot de passe");
    assertThat(fixtures.auditOf(id, AuditAction.LANGUAGE_CHOSEN)).hasSize(1);
  }
}
