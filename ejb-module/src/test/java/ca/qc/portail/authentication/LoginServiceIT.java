package ca.qc.portail.authentication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.qc.portail.account.AccountState;
import ca.qc.portail.account.Profile;
import ca.qc.portail.account.UserAccount;
import ca.qc.portail.audit.AuditAction;
import ca.qc.portail.audit.AuditEvent;
import ca.qc.portail.audit.AuditOutcome;
import ca.qc.portail.partner.MeasureFamily;
import ca.qc.portail.password.PasswordHasher;
import ca.qc.portail.testing.Deployments;
import ca.qc.portail.testing.Fixtures;
import ca.qc.portail.testing.TestCaller;
import jakarta.inject.Inject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The password step against PostgreSQL in Payara Micro: outcomes, bookkeeping and audit. Every
 * attempt comes from an anonymous visitor ({@link TestCaller}), whose client address the records
 * keep.
 */
@ExtendWith(ArquillianExtension.class)
class LoginServiceIT {

  private static final String PASSWORD = "Bon-Mot-de-passe-9";

  @Deployment
  static WebArchive deployment() {
    return Deployments.rules("login-it", LoginServiceIT.class);
  }

  @Inject private LoginService login;
  @Inject private PasswordHasher hasher;
  @Inject private Fixtures fixtures;
  @Inject private TestCaller caller;

  @BeforeEach
  void anonymousVisitor() {
    caller.anonymous();
  }

  @AfterEach
  void noCaller() {
    caller.reset();
  }

  private long activeAccount(String code) {
    long partner = fixtures.partner(MeasureFamily.FORMATION);
    return fixtures.account(
        partner,
        code,
        PASSWORD,
        fixtures.today().plusDays(30),
        AccountState.ACTIF,
        Profile.RESPONSABLE_PRINCIPAL);
  }

  /** The Argon2id derivations one login attempt made. */
  private long derivationsOf(String login, String password) {
    long before = hasher.derivations();
    this.login.authenticate(login, password);
    return hasher.derivations() - before;
  }

  @Test
  @DisplayName(
      "#6: every failing login costs one hash: unknown, approved but unregistered, wrong, unusable")
  void everyLoginPathHashesOnce() {
    // Finding #6 of issue 12: counted, not timed.
    String code = Fixtures.unique("dh");
    long id = activeAccount(code);
    long pending =
        fixtures.pendingPerson(fixtures.partner(MeasureFamily.FORMATION), "Anne", "Leduc", null);
    String pendingEmail = fixtures.reload(pending).getEmail();

    assertThat(derivationsOf(Fixtures.unique("inconnu"), PASSWORD)).isEqualTo(1);
    assertThat(derivationsOf(pendingEmail, PASSWORD)).as("approved, not registered").isEqualTo(1);
    assertThat(derivationsOf(code, "Pas-le-bon-1!")).isEqualTo(1);
    assertThat(derivationsOf(code, "")).as("input refused").isEqualTo(1);
    fixtures.storeHash(id, "not-a-hash");
    assertThat(derivationsOf(code, PASSWORD)).as("unreadable stored hash").isEqualTo(1);
  }

  @Test
  @DisplayName("Issue 14: on the server, passwords are hashed by libsodium, not in Java")
  void hashesWithLibsodium() {
    assertThat(hasher.engine()).isEqualTo("libsodium");
  }

  @Test
  @DisplayName("Flyway brought the PostgreSQL schema to its current version")
  void schemaIsMigrated() {
    assertThat(fixtures.appliedMigrations()).startsWith("1", "2", "3");
  }

  @Test
  @DisplayName("R-L1/R-L6: a good password signs in, records the access and keeps the previous one")
  void successfulLoginRecordsAccess() {
    String code = Fixtures.unique("ok");
    long id = activeAccount(code);

    LoginResult first = login.authenticate(code, PASSWORD);
    LoginResult second = login.authenticate(code.toUpperCase(), PASSWORD);

    assertThat(first.outcome()).isEqualTo(LoginOutcome.SUCCESS);
    assertThat(first.user().previousAccess()).isNull();
    assertThat(first.user().roles()).contains("UTILISATEUR", "RESPONSABLE_PRINCIPAL");
    assertThat(second.outcome()).isEqualTo(LoginOutcome.SUCCESS);
    assertThat(second.user().previousAccess()).isNotNull();
    assertThat(fixtures.reload(id).getLastAccessAt())
        .isAfterOrEqualTo(second.user().previousAccess());
    List<AuditEvent> audit = fixtures.auditOf(id);
    assertThat(audit).extracting(AuditEvent::getAction).containsOnly(AuditAction.LOGIN);
    assertThat(audit).extracting(AuditEvent::getOutcome).containsOnly(AuditOutcome.SUCCESS);
    assertThat(audit).extracting(AuditEvent::getAddress).containsOnly(TestCaller.ADDRESS);
  }

  @Test
  @DisplayName("R-L1: login by e-mail address, case-insensitively")
  void signsInByEmail() {
    String code = Fixtures.unique("mail");
    activeAccount(code);

    assertThat(login.authenticate(code.toUpperCase() + "@TEST.example", PASSWORD).outcome())
        .isEqualTo(LoginOutcome.SUCCESS);
  }

  @Test
  @DisplayName("R-L1: a wrong password is the generic failure, counted and audited")
  void wrongPasswordIsGenericFailure() {
    String code = Fixtures.unique("bad");
    long id = activeAccount(code);

    caller.from("198.51.100.7");
    LoginResult result = login.authenticate(code, "Mauvais-1");

    assertThat(result.outcome()).isEqualTo(LoginOutcome.INVALID);
    assertThat(result.user()).isNull();
    assertThat(fixtures.reload(id).getFailedLoginCount()).isEqualTo(1);
    assertThat(fixtures.auditOf(id))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.getOutcome()).isEqualTo(AuditOutcome.FAILURE);
              assertThat(e.getAddress()).isEqualTo("198.51.100.7");
            });
  }

  @Test
  @DisplayName("R-L1: an unknown login gets the same outcome; only the audit record is written")
  void unknownLoginWritesOnlyAudit() {
    long accounts = fixtures.accountCount();
    long audits = fixtures.auditCount();

    caller.from("203.0.113.5");
    LoginResult result = login.authenticate(Fixtures.unique("nobody"), PASSWORD);

    assertThat(result.outcome()).isEqualTo(LoginOutcome.INVALID);
    assertThat(fixtures.accountCount()).isEqualTo(accounts);
    assertThat(fixtures.auditCount()).isEqualTo(audits + 1);
    AuditEvent last = fixtures.lastAudit();
    assertThat(last.getOutcome()).isEqualTo(AuditOutcome.FAILURE);
    assertThat(last.getTargetAccountId()).isNull();
    assertThat(last.getAddress()).isEqualTo("203.0.113.5");
    assertThat(last.getDetail()).doesNotContain("nobody");
  }

  @ParameterizedTest
  @DisplayName("Bad input in the login field: generic outcome, nothing but the audit record")
  @ValueSource(
      strings = {
        "' OR '1'='1' --",
        "<script>alert('x')</script>",
        "jlabonte\u0000",
        "ligne\nsuivante",
        "élève-accentué",
        "\u202Egnp.exe",
        "                                   "
      })
  void badLoginInput(String typed) {
    long accounts = fixtures.accountCount();
    long audits = fixtures.auditCount();

    caller.from("203.0.113.9");
    assertThat(login.authenticate(typed, PASSWORD).outcome()).isEqualTo(LoginOutcome.INVALID);
    assertThat(fixtures.accountCount()).isEqualTo(accounts);
    assertThat(fixtures.auditCount()).isEqualTo(audits + 1);
  }

  @Test
  @DisplayName("Bad input: overlong login and password are refused before any lookup")
  void overlongInput() {
    String code = Fixtures.unique("long");
    long id = activeAccount(code);

    assertThat(login.authenticate("x".repeat(10_000), PASSWORD).outcome())
        .isEqualTo(LoginOutcome.INVALID);
    assertThat(login.authenticate(code, "p".repeat(100_000)).outcome())
        .isEqualTo(LoginOutcome.INVALID);
    assertThat(fixtures.reload(id).getFailedLoginCount()).isZero();
  }

  @Test
  @DisplayName("R-L5: an expired account (state Expiré) is told so, only with the right password")
  void expiredAccountIsRefused() {
    String code = Fixtures.unique("exp");
    long id =
        fixtures.account(null, code, PASSWORD, fixtures.today().minusDays(3), AccountState.EXPIRE);

    assertThat(login.authenticate(code, PASSWORD).outcome()).isEqualTo(LoginOutcome.EXPIRED);
    assertThat(login.authenticate(code, "autre").outcome()).isEqualTo(LoginOutcome.INVALID);
    assertThat(fixtures.reload(id).getLastAccessAt()).isNull();
  }

  @Test
  @DisplayName("R-L5: expiry date reached before the nightly job ran is expired too")
  void expiryDateReachedIsRefused() {
    String code = Fixtures.unique("due");
    fixtures.account(null, code, PASSWORD, fixtures.today(), AccountState.ACTIF);

    assertThat(login.authenticate(code, PASSWORD).outcome()).isEqualTo(LoginOutcome.EXPIRED);
  }

  @Test
  @DisplayName("R-L5: an inactive account is refused with its own outcome")
  void inactiveAccountIsRefused() {
    String code = Fixtures.unique("ina");
    fixtures.account(null, code, PASSWORD, fixtures.today().plusDays(9), AccountState.INACTIF);

    assertThat(login.authenticate(code, PASSWORD).outcome()).isEqualTo(LoginOutcome.INACTIVE);
  }

  @Test
  @DisplayName("R-P6: a hash made with older parameters is upgraded at login")
  void upgradesHashAtLogin() {
    String code = Fixtures.unique("old");
    long id = activeAccount(code);
    fixtures.storeHash(id, new PasswordHasher(9216, 4, 1).hash(PASSWORD));

    assertThat(login.authenticate(code, PASSWORD).outcome()).isEqualTo(LoginOutcome.SUCCESS);

    UserAccount after = fixtures.reload(id);
    assertThat(after.getPasswordHash()).startsWith("$argon2id$v=19$m=7168,t=5,p=1$");
    assertThat(login.authenticate(code, PASSWORD).outcome()).isEqualTo(LoginOutcome.SUCCESS);
  }

  @Test
  @DisplayName(
      "R-U1: signing out is recorded for the signed-in caller, from its address; a visitor"
          + " without a session has nothing to record")
  void signOutIsRecordedForTheCaller() {
    String code = Fixtures.unique("out");
    long id = activeAccount(code);
    long audits = fixtures.auditCount();

    login.signedOut();
    assertThat(fixtures.auditCount()).isEqualTo(audits);

    caller.actAs(id).from("198.51.100.8");
    login.signedOut();

    assertThat(fixtures.auditOf(id))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.getAction()).isEqualTo(AuditAction.LOGOUT);
              assertThat(e.getOutcome()).isEqualTo(AuditOutcome.SUCCESS);
              assertThat(e.getActor()).isEqualTo(code);
              assertThat(e.getActorAccountId()).isEqualTo(id);
              assertThat(e.getAddress()).isEqualTo("198.51.100.8");
            });
  }

  @Test
  @DisplayName("R-U1: PostgreSQL refuses any change to the audit trail")
  void auditTrailIsAppendOnly() {
    login.authenticate(Fixtures.unique("x"), PASSWORD);

    assertThatThrownBy(() -> fixtures.tamperWithAudit()).hasStackTraceContaining("append-only");
  }
}
