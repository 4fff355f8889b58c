package ca.qc.portail.security;

import static org.assertj.core.api.Assertions.assertThat;

import ca.qc.portail.account.AccountState;
import ca.qc.portail.account.Profile;
import ca.qc.portail.audit.AuditAction;
import ca.qc.portail.audit.AuditEvent;
import ca.qc.portail.audit.AuditOutcome;
import ca.qc.portail.authentication.LoginOutcome;
import ca.qc.portail.authentication.LoginResult;
import ca.qc.portail.authentication.LoginService;
import ca.qc.portail.authentication.SecondFactor;
import ca.qc.portail.authentication.SecondFactor.CodeOutcome;
import ca.qc.portail.notification.OutboxEmail;
import ca.qc.portail.partner.MeasureFamily;
import ca.qc.portail.password.PasswordHasher;
import ca.qc.portail.testing.Deployments;
import ca.qc.portail.testing.Fixtures;
import ca.qc.portail.testing.TestCaller;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
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
 * Finding #12 of issue 12: throttling per client address, against PostgreSQL (the counts are rows
 * every cluster member shares). The deployment's own low ceilings outrank the test environment's
 * (config_ordinal), and each test calls from an address of its own.
 */
@ExtendWith(ArquillianExtension.class)
class ClientThrottleIT {

  private static final String PASSWORD = "Bon-Mot-de-passe-9";
  private static final Pattern CODE = Pattern.compile("Code de sécurité : (\\d{6})");
  private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger(1);

  @Deployment
  static WebArchive deployment() {
    return Deployments.rules(
        "throttle-it",
        List.of(
            "config_ordinal=500",
            "mfa.email=true",
            "login.failureMail=true",
            "throttle.loginFailuresPerAddress=5",
            "throttle.codeFailuresPerAddress=4",
            "throttle.refusalsPerAddress=3"),
        ClientThrottleIT.class);
  }

  @Inject private LoginService login;
  @Inject private SecondFactor secondFactor;
  @Inject private Callers callers;
  @Inject private PasswordHasher hasher;
  @Inject private Fixtures fixtures;
  @Inject private TestCaller caller;

  @AfterEach
  void noCaller() {
    caller.reset();
  }

  /** An address no other test (nor run: the database is fresh) used. */
  private static String newAddress() {
    return "198.51.100." + NEXT_ADDRESS.getAndIncrement();
  }

  private String account() {
    String code = Fixtures.unique("t");
    fixtures.account(
        fixtures.partner(MeasureFamily.FORMATION),
        code,
        PASSWORD,
        fixtures.today().plusDays(30),
        AccountState.ACTIF,
        Profile.UTILISATEUR_INDIVIDUS);
    return code;
  }

  private List<OutboxEmail> mailTo(String code) {
    return fixtures.outboxOf(code + "@test.example");
  }

  private String lastCode(String code) {
    List<OutboxEmail> codes =
        mailTo(code).stream().filter(e -> e.getSubject().equals("Code de sécurité")).toList();
    Matcher m = CODE.matcher(codes.get(codes.size() - 1).toEmail().text());
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  private static long count(List<AuditEvent> events, AuditAction action) {
    return events.stream().filter(e -> e.getAction() == action).count();
  }

  @Test
  @DisplayName(
      "#12: after 5 failed logins from one address across accounts, the next is refused before any"
          + " hash, lookup or e-mail; other addresses are not affected")
  void passwordSprayingIsThrottled() {
    // Finding #12 of issue 12: password spraying.
    String sprayer = newAddress();
    caller.anonymous().from(sprayer);
    for (int i = 0; i < 5; i++) {
      String victim = account();
      assertThat(login.authenticate(victim, "Pas-le-bon-1!").outcome())
          .isEqualTo(LoginOutcome.INVALID);
    }
    String target = account();
    long derivations = hasher.derivations();

    LoginResult wrong = login.authenticate(target, "Pas-le-bon-1!");
    LoginResult right = login.authenticate(target, PASSWORD);
    LoginResult unknown = login.authenticate(Fixtures.unique("inconnu"), PASSWORD);

    assertThat(List.of(wrong, right, unknown))
        .extracting(LoginResult::outcome)
        .containsOnly(LoginOutcome.THROTTLED);
    assertThat(hasher.derivations()).as("no hash computed").isEqualTo(derivations);
    assertThat(mailTo(target)).as("the targeted owner is not e-mailed").isEmpty();
    List<AuditEvent> fromSprayer = fixtures.auditFrom(sprayer);
    assertThat(count(fromSprayer, AuditAction.ADDRESS_THROTTLED)).isEqualTo(1);
    assertThat(fromSprayer)
        .filteredOn(e -> e.getAction() == AuditAction.LOGIN)
        .extracting(AuditEvent::getOutcome)
        .containsExactly(
            AuditOutcome.FAILURE,
            AuditOutcome.FAILURE,
            AuditOutcome.FAILURE,
            AuditOutcome.FAILURE,
            AuditOutcome.FAILURE,
            AuditOutcome.REFUSED,
            AuditOutcome.REFUSED,
            AuditOutcome.REFUSED);

    caller.anonymous().from(newAddress());
    assertThat(login.authenticate(target, PASSWORD).outcome())
        .as("another address signs in")
        .isEqualTo(LoginOutcome.SECOND_FACTOR);
  }

  @Test
  @DisplayName(
      "#12: after 4 wrong security codes from one address across logins, codes from it are not"
          + " checked, even the right one")
  void wrongCodesAreThrottled() {
    // Finding #12 of issue 12: guessing e-mailed codes from one address across accounts.
    String guesser = newAddress();
    caller.anonymous().from(guesser);
    for (int i = 0; i < 2; i++) {
      String code = account();
      String challenge = login.authenticate(code, PASSWORD).challenge();
      assertThat(secondFactor.verify(challenge, "000000").outcome()).isEqualTo(CodeOutcome.WRONG);
      assertThat(secondFactor.verify(challenge, "000001").outcome()).isEqualTo(CodeOutcome.WRONG);
    }
    String code = account();
    String challenge = login.authenticate(code, PASSWORD).challenge();

    assertThat(secondFactor.verify(challenge, lastCode(code)).outcome())
        .isEqualTo(CodeOutcome.THROTTLED);
    assertThat(count(fixtures.auditFrom(guesser), AuditAction.ADDRESS_THROTTLED)).isEqualTo(1);

    caller.anonymous().from(newAddress());
    assertThat(secondFactor.verify(challenge, lastCode(code)).outcome())
        .as("the same login, finished from another address")
        .isEqualTo(CodeOutcome.SUCCESS);
  }

  @Test
  @DisplayName(
      "#12: a visitor without a session makes at most 3 refusal records, then one saying the"
          + " ceiling is reached, then none")
  void anonymousRefusalsAreBounded() {
    // Finding #12 of issue 12: anonymous requests writing audit rows as fast as they are sent.
    String scanner = newAddress();
    caller.anonymous().from(scanner);

    for (int i = 0; i < 50; i++) {
      callers.pageRefused("/app/central/page-" + i + ".xhtml");
    }

    List<AuditEvent> records = fixtures.auditFrom(scanner);
    assertThat(records).hasSize(4);
    assertThat(records)
        .extracting(AuditEvent::getAction)
        .containsExactly(
            AuditAction.ACCESS_REFUSED,
            AuditAction.ACCESS_REFUSED,
            AuditAction.ACCESS_REFUSED,
            AuditAction.ADDRESS_THROTTLED);
    assertThat(records.get(3).getDetail()).startsWith("REFUSALS_THROTTLED|3|");

    String other = newAddress();
    caller.anonymous().from(other);
    callers.pageRefused("/app/central/index.xhtml");
    assertThat(fixtures.auditFrom(other)).hasSize(1);
  }
}
