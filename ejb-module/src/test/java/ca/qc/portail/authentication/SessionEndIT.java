package ca.qc.portail.authentication;

import static org.assertj.core.api.Assertions.assertThat;

import ca.qc.portail.account.AccountLifecycle;
import ca.qc.portail.account.AccountState;
import ca.qc.portail.account.DeactivationReason;
import ca.qc.portail.account.Profile;
import ca.qc.portail.administration.SecurityFiles;
import ca.qc.portail.notification.OutboxEmail;
import ca.qc.portail.partner.MeasureFamily;
import ca.qc.portail.selfservice.PasswordChange;
import ca.qc.portail.selfservice.SelfService;
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
 * Finding #3 of issue 12: every session of an account ends when the account is deactivated, locked,
 * expired, or its password changes or is reset, except the session that changed the password. The
 * sessions are those {@link LoginService} opens; {@link SessionValidity} is what the signed-in
 * filter asks on each request.
 */
@ExtendWith(ArquillianExtension.class)
class SessionEndIT {

  private static final String OLD = "Ancien-Mot-2025";
  private static final String NEW = "Tulipe-Rouge-47!";
  private static final Pattern TOKEN = Pattern.compile("jeton=([A-Za-z0-9_-]+)");

  @Deployment
  static WebArchive deployment() {
    return Deployments.rules("session-end-it", SessionEndIT.class);
  }

  @Inject private LoginService login;
  @Inject private SessionValidity validity;
  @Inject private SelfService self;
  @Inject private SecurityFiles files;
  @Inject private PasswordResets resets;
  @Inject private AccountLifecycle lifecycle;
  @Inject private Fixtures fixtures;
  @Inject private TestCaller caller;

  @AfterEach
  void noCaller() {
    caller.reset();
  }

  private record Org(long officer, long user, String userCode) {}

  private Org org() {
    long partner = fixtures.partner(MeasureFamily.FORMATION);
    long officer =
        fixtures.account(
            partner,
            Fixtures.unique("so"),
            OLD,
            fixtures.today().plusDays(90),
            AccountState.ACTIF,
            Profile.RESPONSABLE_PRINCIPAL);
    String code = Fixtures.unique("se");
    long user =
        fixtures.account(
            partner,
            code,
            OLD,
            fixtures.today().plusDays(90),
            AccountState.ACTIF,
            Profile.UTILISATEUR_INDIVIDUS);
    return new Org(officer, user, code);
  }

  private SignedInUser signIn(String code, String password) {
    caller.anonymous();
    try {
      LoginResult result = login.authenticate(code, password);
      assertThat(result.outcome()).isEqualTo(LoginOutcome.SUCCESS);
      return result.user();
    } finally {
      caller.reset();
    }
  }

  @Test
  @DisplayName("#3: an officer's deactivation ends the account's sessions")
  void deactivationEndsSessions() {
    Org org = org();
    SignedInUser session = signIn(org.userCode(), OLD);
    assertThat(validity.stillValid(session)).isTrue();

    caller.actAs(org.officer());
    assertThat(files.deactivate(org.user(), DeactivationReason.CONGEDIEMENT, null)).isEmpty();

    assertThat(validity.stillValid(session)).isFalse();
  }

  @Test
  @DisplayName("#3: a lock after failed logins ends the account's sessions")
  void lockEndsSessions() {
    Org org = org();
    SignedInUser session = signIn(org.userCode(), OLD);

    caller.anonymous();
    for (int i = 0; i < 5; i++) {
      login.authenticate(org.userCode(), "Pas-le-bon-" + i + "!");
    }

    assertThat(fixtures.reload(org.user()).getState()).isEqualTo(AccountState.VERROUILLE);
    assertThat(validity.stillValid(session)).isFalse();
  }

  @Test
  @DisplayName("#3: the expiry job ends the account's sessions")
  void expiryEndsSessions() {
    Org org = org();
    SignedInUser session = signIn(org.userCode(), OLD);

    assertThat(lifecycle.expire(List.of(org.user()), fixtures.today().plusDays(90), "it"))
        .isEqualTo(1);

    assertThat(validity.stillValid(session)).isFalse();
  }

  @Test
  @DisplayName("#3: a password change ends the other sessions, not the one that made it")
  void passwordChangeEndsOtherSessions() {
    Org org = org();
    fixtures.passwordChangedAgo(org.user(), 2); // R-P3: not already changed today
    SignedInUser changing = signIn(org.userCode(), OLD);
    SignedInUser other = signIn(org.userCode(), OLD);

    caller.actAs(org.user());
    PasswordChange change = self.changePassword(OLD, NEW, NEW);

    assertThat(change.succeeded()).isTrue();
    assertThat(validity.stillValid(other)).isFalse();
    assertThat(validity.stillValid(changing)).isFalse();
    assertThat(validity.stillValid(changing.withPasswordChanged(change.sessionGeneration())))
        .as("the session that made the change goes on")
        .isTrue();
  }

  @Test
  @DisplayName("#3: a password reset by e-mailed link ends the account's sessions")
  void resetEndsSessions() {
    Org org = org();
    SignedInUser session = signIn(org.userCode(), OLD);

    caller.anonymous();
    resets.request(org.userCode());
    List<OutboxEmail> emails =
        fixtures.outboxOf(org.userCode() + "@test.example").stream()
            .filter(e -> e.getSubject().equals("Réinitialisation du mot de passe"))
            .toList();
    Matcher token = TOKEN.matcher(emails.get(0).toEmail().text());
    assertThat(token.find()).isTrue();
    assertThat(resets.complete(token.group(1), NEW, NEW)).isEmpty();

    assertThat(validity.stillValid(session)).isFalse();
    assertThat(validity.stillValid(signIn(org.userCode(), NEW))).isTrue();
  }
}
