package ca.qc.portail.authentication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ca.qc.portail.account.AccountState;
import ca.qc.portail.account.Profile;
import ca.qc.portail.account.UserAccount;
import ca.qc.portail.audit.AuditAction;
import ca.qc.portail.notification.OutboxEmail;
import ca.qc.portail.partner.MeasureFamily;
import ca.qc.portail.testing.Deployments;
import ca.qc.portail.testing.Fixtures;
import ca.qc.portail.testing.TestCaller;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * R-L2 and R-L3 in TEMPORARY mode (the 2021 default), on PostgreSQL; the attempts come from
 * anonymous visitors ({@link TestCaller}).
 */
@ExtendWith(ArquillianExtension.class)
class TemporaryLockoutIT {

  private static final String PASSWORD = "Bon-Mot-de-passe-9";

  @Deployment
  static WebArchive deployment() {
    return Deployments.rules("lockout-it", TemporaryLockoutIT.class);
  }

  @Inject private LoginService login;
  @Inject private Fixtures fixtures;
  @Inject private TestCaller caller;
  @Resource private ManagedExecutorService executor;

  @BeforeEach
  void anonymousVisitor() {
    caller.anonymous();
  }

  @AfterEach
  void noCaller() {
    caller.reset();
  }

  private record Account(String code, long id) {}

  private Account newAccount() {
    String code = Fixtures.unique("t");
    long id =
        fixtures.account(
            fixtures.partner(MeasureFamily.FORMATION),
            code,
            PASSWORD,
            fixtures.today().plusDays(60),
            AccountState.ACTIF,
            Profile.UTILISATEUR_INDIVIDUS);
    return new Account(code, id);
  }

  private static List<String> subjects(List<OutboxEmail> emails) {
    return emails.stream().map(OutboxEmail::getSubject).toList();
  }

  @Test
  @DisplayName(
      "R-L2/R-L3: 4 failures e-mail the owner; the 5th locks 15 minutes and e-mails the lock")
  void fifthFailureLocks() {
    Account account = newAccount();
    String code = account.code();
    String email = code + "@test.example";
    caller.from("192.0.2.1");

    for (int i = 1; i <= 4; i++) {
      assertThat(login.authenticate(code, "Mauvais-" + i).outcome())
          .isEqualTo(LoginOutcome.INVALID);
    }
    assertThat(subjects(fixtures.outboxOf(email))).containsOnly("Erreur de connexion").hasSize(4);
    assertThat(fixtures.outboxOf(email).get(0).toEmail().text())
        .contains("Une tentative de connexion a été détectée sur votre compte " + email + " le ")
        .contains("(UTC)");

    assertThat(login.authenticate(code, "Mauvais-5").outcome()).isEqualTo(LoginOutcome.INVALID);

    long id = account.id();
    UserAccount locked = fixtures.reload(id);
    assertThat(locked.getState()).isEqualTo(AccountState.VERROUILLE);
    assertThat(locked.getLockedUntil())
        .isCloseTo(Instant.now().plus(15, ChronoUnit.MINUTES), within(1, ChronoUnit.MINUTES));
    assertThat(fixtures.auditOf(id, AuditAction.ACCOUNT_LOCKED))
        .singleElement()
        .satisfies(e -> assertThat(e.getAddress()).isEqualTo("192.0.2.1"));
    List<OutboxEmail> emails = fixtures.outboxOf(email);
    assertThat(subjects(emails)).containsOnlyOnce("Compte verrouillé").hasSize(5);
    assertThat(emails.get(4).toEmail().text())
        .contains(
            "Votre compte "
                + email
                + " est verrouillé, pour une durée de 15 minutes, car vous avez dépassé 5"
                + " tentative(s) de connexion.");

    assertThat(login.authenticate(code, PASSWORD).outcome()).isEqualTo(LoginOutcome.LOCKED);
    assertThat(login.authenticate(code, "Mauvais-6").outcome()).isEqualTo(LoginOutcome.LOCKED);
    assertThat(fixtures.outboxOf(email)).hasSize(5);
  }

  @Test
  @DisplayName("R-L3: a successful login resets the count")
  void successResetsTheCount() {
    Account account = newAccount();
    String code = account.code();
    for (int i = 0; i < 4; i++) {
      login.authenticate(code, "Mauvais");
    }
    assertThat(login.authenticate(code, PASSWORD).outcome()).isEqualTo(LoginOutcome.SUCCESS);
    for (int i = 0; i < 4; i++) {
      login.authenticate(code, "Mauvais");
    }

    assertThat(fixtures.reload(account.id()).getState()).isEqualTo(AccountState.ACTIF);
    assertThat(fixtures.reload(account.id()).getFailedLoginCount()).isEqualTo(4);
  }

  @Test
  @DisplayName(
      "R-L3: 20 parallel wrong passwords on one account give exactly one lock and one lock e-mail")
  void concurrentFailuresLockOnce() throws Exception {
    Account account = newAccount();
    String code = account.code();
    CountDownLatch start = new CountDownLatch(1);
    List<Future<LoginOutcome>> attempts = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      attempts.add(
          executor.submit(
              () -> {
                start.await();
                // The executor's threads are not the test's: each says who calls on its own.
                caller.anonymous().from("198.51.100.20");
                try {
                  return login.authenticate(code, "Mauvais-parallèle").outcome();
                } finally {
                  caller.reset();
                }
              }));
    }
    start.countDown();
    for (Future<LoginOutcome> attempt : attempts) {
      assertThat(attempt.get()).isIn(LoginOutcome.INVALID, LoginOutcome.LOCKED);
    }

    long id = account.id();
    assertThat(fixtures.reload(id).getState()).isEqualTo(AccountState.VERROUILLE);
    assertThat(fixtures.auditOf(id, AuditAction.ACCOUNT_LOCKED))
        .singleElement()
        .satisfies(e -> assertThat(e.getAddress()).isEqualTo("198.51.100.20"));
    List<String> subjects = subjects(fixtures.outboxOf(code + "@test.example"));
    assertThat(subjects).containsOnlyOnce("Compte verrouillé");
    assertThat(subjects.stream().filter("Erreur de connexion"::equals)).hasSize(4);
  }
}
