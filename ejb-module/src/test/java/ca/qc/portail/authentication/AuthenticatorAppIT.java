package ca.qc.portail.authentication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.qc.portail.account.AccountState;
import ca.qc.portail.account.Profile;
import ca.qc.portail.audit.AuditAction;
import ca.qc.portail.audit.AuditEvent;
import ca.qc.portail.audit.AuditOutcome;
import ca.qc.portail.partner.MeasureFamily;
import ca.qc.portail.security.AccessRefusedException;
import ca.qc.portail.testing.Deployments;
import ca.qc.portail.testing.Fixtures;
import ca.qc.portail.testing.TestCaller;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 12, deliver 2: the authenticator app (TOTP) on PostgreSQL — enrolment, the login asking its
 * code instead of the e-mailed one, replay refused, recovery codes once, the wrong-code ceilings of
 * R-L4 shared, and {@code mfa.totpRequiredForRoles}.
 */
@ExtendWith(ArquillianExtension.class)
class AuthenticatorAppIT {

  private static final String AGENT_PASSWORD = "Agent-Central-1";

  @Deployment
  static WebArchive deployment() {
    return Deployments.rules(
        "authenticator-it",
        List.of(
            "mfa.email=true",
            "mfa.totpRequiredForRoles=AGENT_CENTRAL,OPERATEUR",
            "mfa.maxWrongCodesPerAccount=10"),
        AuthenticatorAppIT.class);
  }

  @Inject private AuthenticatorApp app;
  @Inject private LoginService login;
  @Inject private SecondFactor secondFactor;
  @Inject private Fixtures fixtures;
  @Inject private TestCaller caller;

  @AfterEach
  void noCaller() {
    caller.reset();
  }

  /** The code that confirmed the last {@link #enrol}, and its time step. */
  private String enrolmentCode;

  private long enrolmentStep;

  /** Enrols {@code account} as it would from the page; returns the secret. */
  private String enrol(long account) {
    caller.actAs(account);
    AuthenticatorApp.Enrolment enrolment = app.begin();
    enrolmentStep = Totp.stepOf(Instant.now());
    enrolmentCode = codeOf(enrolment.secret(), enrolmentStep);
    assertThat(app.confirm(enrolment.secret(), enrolmentCode)).isPresent();
    caller.reset();
    return enrolment.secret();
  }

  private static String codeOf(String secret, long step) {
    return Totp.codeAt(secret, Instant.ofEpochSecond(step * Totp.STEP_SECONDS));
  }

  private String passwordStep(String userCode) {
    caller.anonymous();
    LoginResult result = login.authenticate(userCode, AGENT_PASSWORD);
    assertThat(result.outcome()).isEqualTo(LoginOutcome.SECOND_FACTOR);
    return result.challenge();
  }

  private static String wrong(String code) {
    return code.equals("000000") ? "111111" : "000000";
  }

  @Test
  @DisplayName(
      "an agent enrols: a wrong code stores nothing; the right one stores the secret encrypted,"
          + " gives 10 recovery codes, is audited and e-mailed")
  void enrolment() {
    long agent = fixtures.agent(Fixtures.unique("agt"));
    caller.actAs(agent);
    assertThat(app.status().enrolled()).isFalse();
    assertThat(app.status().required()).isTrue();
    AuthenticatorApp.Enrolment enrolment = app.begin();
    assertThat(enrolment.secret()).matches("[A-Z2-7]{32}");
    assertThat(enrolment.uri())
        .startsWith("otpauth://totp/Portail%20partenaires:")
        .contains("secret=" + enrolment.secret());

    String now = Totp.codeAt(enrolment.secret(), Instant.now());
    assertThat(app.confirm(enrolment.secret(), wrong(now))).isEmpty();
    assertThat(fixtures.storedTotpSecret(agent)).isNull();

    List<String> recovery =
        app.confirm(enrolment.secret(), Totp.codeAt(enrolment.secret(), Instant.now()))
            .orElseThrow();

    assertThat(recovery)
        .hasSize(10)
        .doesNotHaveDuplicates()
        .allMatch(c -> c.matches("[a-z2-9]{5}-[a-z2-9]{5}"));
    String stored = fixtures.storedTotpSecret(agent);
    assertThat(stored).isNotNull().doesNotContain(enrolment.secret());
    assertThat(app.status()).isEqualTo(new AuthenticatorApp.Status(true, true, 10));
    assertThat(fixtures.auditOf(agent, AuditAction.AUTHENTICATOR_ENROLLED))
        .extracting(AuditEvent::getOutcome)
        .containsExactly(AuditOutcome.REFUSED, AuditOutcome.SUCCESS);
    assertThat(fixtures.outboxOf(fixtures.reload(agent).getEmail()))
        .anySatisfy(
            e -> assertThat(e.getSubject()).isEqualTo("Application d'authentification activée"));
    caller.anonymous();
    assertThatThrownBy(app::begin).isInstanceOf(AccessRefusedException.class);
  }

  @Test
  @DisplayName(
      "once enrolled, the login asks the app's code (no e-mail); a code is accepted once, a"
          + " recovery code once")
  void loginWithTheApp() {
    String code = Fixtures.unique("agt");
    long agent = fixtures.agent(code);
    String email = fixtures.reload(agent).getEmail();
    String secret = enrol(agent);
    int mailsBefore = fixtures.outboxOf(email).size();

    String challenge = passwordStep(code);
    assertThat(secondFactor.asksAuthenticator(challenge)).isTrue();
    assertThat(fixtures.outboxOf(email)).as("no e-mailed code").hasSize(mailsBefore);
    // The code that confirmed the enrolment was used: replayed, it is refused.
    assertThat(secondFactor.verify(challenge, enrolmentCode).outcome())
        .isEqualTo(SecondFactor.CodeOutcome.WRONG);
    // A later step's code (the next one is accepted too: clock drift).
    String next = codeOf(secret, Math.max(enrolmentStep + 1, Totp.stepOf(Instant.now())));
    SecondFactor.CodeResult signedIn = secondFactor.verify(challenge, next);
    assertThat(signedIn.outcome()).isEqualTo(SecondFactor.CodeOutcome.SUCCESS);
    assertThat(signedIn.user().mustEnrolAuthenticator()).isFalse();

    String again = passwordStep(code);
    assertThat(secondFactor.verify(again, next).outcome())
        .as("the same code in another login")
        .isEqualTo(SecondFactor.CodeOutcome.WRONG);
    caller.actAs(agent);
    // A fresh recovery code set, to know one in clear.
    AuthenticatorApp.Enrolment replacing = app.begin();
    List<String> recovery =
        app.confirm(replacing.secret(), Totp.codeAt(replacing.secret(), Instant.now()))
            .orElseThrow();
    caller.anonymous();
    String third = passwordStep(code);
    assertThat(secondFactor.verify(third, recovery.get(0).toUpperCase()).outcome())
        .isEqualTo(SecondFactor.CodeOutcome.SUCCESS);
    String fourth = passwordStep(code);
    assertThat(secondFactor.verify(fourth, recovery.get(0)).outcome())
        .as("a recovery code serves once")
        .isEqualTo(SecondFactor.CodeOutcome.WRONG);
    assertThat(secondFactor.verify(fourth, recovery.get(1).replace("-", "")).outcome())
        .isEqualTo(SecondFactor.CodeOutcome.SUCCESS);
    assertThat(fixtures.auditOf(agent, AuditAction.LOGIN))
        .extracting(AuditEvent::getDetail)
        .contains("APP_CODE_ACCEPTED", "RECOVERY_CODE_ACCEPTED");
    assertThat(secondFactor.resend(passwordStep(code)))
        .as("nothing to e-mail")
        .isEqualTo(SecondFactor.ResendOutcome.TOO_MANY);
  }

  @Test
  @DisplayName(
      "wrong app codes count like wrong e-mailed codes: 5 restart the login, and the per-account"
          + " ceiling (10) locks the account across logins")
  void wrongCodesCounted() {
    String code = Fixtures.unique("agt");
    long agent = fixtures.agent(code);
    String secret = enrol(agent);
    String valid = Totp.codeAt(secret, Instant.now());

    String challenge = passwordStep(code);
    for (int i = 1; i <= 4; i++) {
      assertThat(secondFactor.verify(challenge, wrong(valid)).outcome())
          .isEqualTo(SecondFactor.CodeOutcome.WRONG);
    }
    assertThat(secondFactor.verify(challenge, wrong(valid)).outcome())
        .isEqualTo(SecondFactor.CodeOutcome.RESTART);
    assertThat(fixtures.reload(agent).getWrongCodeCount()).isEqualTo(5);

    String second = passwordStep(code);
    for (int i = 1; i <= 4; i++) {
      secondFactor.verify(second, wrong(valid));
    }
    assertThat(secondFactor.verify(second, wrong(valid)).outcome())
        .isEqualTo(SecondFactor.CodeOutcome.RESTART);
    assertThat(fixtures.reload(agent).getState())
        .as("the 10th wrong code since the last accepted one")
        .isNotEqualTo(AccountState.ACTIF);
  }

  @Test
  @DisplayName(
      "mfa.totpRequiredForRoles: a central agent not enrolled must enrol after login; a partner"
          + " user need not, yet may")
  void requiredForRoles() {
    String agentCode = Fixtures.unique("agt");
    long agent = fixtures.agent(agentCode);
    caller.anonymous();
    LoginResult step = login.authenticate(agentCode, AGENT_PASSWORD);
    assertThat(secondFactor.asksAuthenticator(step.challenge())).isFalse();

    String userCode = Fixtures.unique("u");
    long user =
        fixtures.account(
            fixtures.partner(MeasureFamily.FORMATION),
            userCode,
            AGENT_PASSWORD,
            fixtures.today().plusDays(30),
            AccountState.ACTIF,
            Profile.UTILISATEUR_INDIVIDUS);
    caller.actAs(user);
    assertThat(app.status()).isEqualTo(new AuthenticatorApp.Status(false, false, 0));
    caller.actAs(agent);
    assertThat(app.status().required()).isTrue();
    enrol(user);
    caller.actAs(user);
    assertThat(app.status().enrolled()).isTrue();
  }
}
