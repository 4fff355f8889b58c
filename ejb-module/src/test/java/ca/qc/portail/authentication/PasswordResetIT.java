package ca.qc.portail.authentication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.qc.portail.account.AccountState;
import ca.qc.portail.account.Profile;
import ca.qc.portail.audit.AuditAction;
import ca.qc.portail.audit.AuditEvent;
import ca.qc.portail.notification.OutboxEmail;
import ca.qc.portail.partner.MeasureFamily;
import ca.qc.portail.password.PasswordViolation;
import ca.qc.portail.testing.Deployments;
import ca.qc.portail.testing.Fixtures;
import ca.qc.portail.testing.TestCaller;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * R-L8 (and R-P1, R-P5 at the end of it) on PostgreSQL. Requests come from anonymous visitors
 * ({@link TestCaller}), each test from addresses of its own, so the per-address limit counts only
 * that test's requests whatever else the database holds.
 */
@ExtendWith(ArquillianExtension.class)
class PasswordResetIT {

  private static final String OLD = "Ancien-Mot-2025";
  private static final String NEW = "Tulipe-Rouge-47!";
  private static final Pattern TOKEN = Pattern.compile("jeton=([A-Za-z0-9_-]+)");

  @Deployment
  static WebArchive deployment() {
    return Deployments.rules("reset-it", PasswordResetIT.class);
  }

  @Inject private PasswordResets resets;
  @Inject private LoginService login;
  @Inject private Fixtures fixtures;
  @Inject private TestCaller caller;

  @BeforeEach
  void anonymousVisitor() {
    caller.anonymous().from(ownAddress());
  }

  @AfterEach
  void noCaller() {
    caller.reset();
  }

  /** An IPv6 documentation address (RFC 3849) no other test uses. */
  private static String ownAddress() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return "2001:db8::%x:%x".formatted(random.nextInt(0x10000), random.nextInt(0x10000));
  }

  private record Account(String code, long id, String email) {}

  private Account account(AccountState state) {
    String code = Fixtures.unique("r");
    long id =
        fixtures.account(
            fixtures.partner(MeasureFamily.FORMATION),
            code,
            OLD,
            fixtures.today().plusDays(90),
            state,
            Profile.UTILISATEUR_INDIVIDUS);
    return new Account(code, id, code + "@test.example");
  }

  private List<OutboxEmail> resetEmails(Account account) {
    return fixtures.outboxOf(account.email()).stream()
        .filter(e -> e.getSubject().equals("Réinitialisation du mot de passe"))
        .toList();
  }

  private String tokenOf(OutboxEmail email) {
    Matcher m = TOKEN.matcher(email.toEmail().text());
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  @Test
  @DisplayName("R-L8: the link sets a new password once; old password refused; R-P5 e-mail sent")
  void linkSetsNewPasswordOnce() {
    Account account = account(AccountState.ACTIF);

    resets.request(account.email().toUpperCase());

    List<OutboxEmail> emails = resetEmails(account);
    assertThat(emails).hasSize(1);
    String text = emails.get(0).toEmail().text();
    assertThat(text)
        .contains(
            "Quelqu'un vient de demander une réinitialisation de mot de passe pour votre compte "
                + account.email())
        .contains("Ce lien expire dans 60 minute(s).");
    String token = tokenOf(emails.get(0));
    assertThat(resets.accountOf(token)).contains(account.id());

    assertThat(resets.complete(token, NEW, NEW)).isEmpty();

    assertThat(login.authenticate(account.code(), NEW).outcome()).isEqualTo(LoginOutcome.SUCCESS);
    assertThat(login.authenticate(account.code(), OLD).outcome()).isEqualTo(LoginOutcome.INVALID);
    assertThat(resets.accountOf(token)).isEmpty();
    assertThatThrownBy(() -> resets.complete(token, "Autre-Mot-2026!", "Autre-Mot-2026!"))
        .isInstanceOf(PasswordResets.InvalidResetLink.class);
    assertThat(fixtures.outboxOf(account.email()))
        .anySatisfy(
            e ->
                assertThat(e.toEmail().text())
                    .contains(
                        "Le mot de passe pour votre compte "
                            + account.email()
                            + " a été modifié le"));
    assertThat(fixtures.auditOf(account.id(), AuditAction.PASSWORD_CHANGED)).hasSize(1);
  }

  @Test
  @DisplayName("R-L8/R-P1: a rejected password names every criterion and changes nothing")
  void rejectedPasswordChangesNothing() {
    Account account = account(AccountState.ACTIF);
    resets.request(account.code());
    String token = tokenOf(resetEmails(account).get(0));
    String hashBefore = fixtures.reload(account.id()).getPasswordHash();

    List<PasswordViolation> violations = resets.complete(token, "court", "autre");

    assertThat(violations)
        .contains(
            PasswordViolation.TOO_SHORT,
            PasswordViolation.NO_UPPERCASE,
            PasswordViolation.NO_DIGIT,
            PasswordViolation.NO_SPECIAL,
            PasswordViolation.MISMATCH);
    assertThat(fixtures.reload(account.id()).getPasswordHash()).isEqualTo(hashBefore);
    assertThat(resets.accountOf(token)).contains(account.id());
    assertThat(resets.complete(token, OLD, OLD)).contains(PasswordViolation.REUSED);
  }

  @Test
  @DisplayName("R-L8: an expired or forged link is refused")
  void expiredOrForgedLink() {
    Account account = account(AccountState.ACTIF);
    resets.request(account.code());
    String token = tokenOf(resetEmails(account).get(0));

    fixtures.expireResetLinks(account.id());

    assertThat(resets.accountOf(token)).isEmpty();
    assertThatThrownBy(() -> resets.complete(token, NEW, NEW))
        .isInstanceOf(PasswordResets.InvalidResetLink.class);
    assertThat(resets.accountOf("forged-" + token)).isEmpty();
    assertThat(resets.accountOf("x".repeat(5000))).isEmpty();
  }

  @Test
  @DisplayName("R-L8: unknown logins and inactive accounts get no link; nothing tells them apart")
  void noLinkForUnknownOrInactive() {
    Account inactive = account(AccountState.INACTIF);
    long outboxBefore = fixtures.outboxOf(inactive.email()).size();

    resets.request(inactive.code());
    resets.request(Fixtures.unique("personne"));

    assertThat(fixtures.outboxOf(inactive.email())).hasSize((int) outboxBefore);
    assertThat(fixtures.auditOf(inactive.id(), AuditAction.PASSWORD_RESET_REQUESTED)).hasSize(1);
  }

  @Test
  @DisplayName("R-L8: at most 3 links an hour per account")
  void rateLimitPerAccount() {
    Account account = account(AccountState.ACTIF);

    for (int i = 0; i < 5; i++) {
      caller.from(ownAddress());
      resets.request(account.code());
    }

    assertThat(resetEmails(account)).hasSize(3);
  }

  @Test
  @DisplayName("R-L8: at most 10 requests an hour per client address")
  void rateLimitPerAddress() {
    String address = ownAddress();
    caller.from(address);
    for (int i = 0; i < 10; i++) {
      resets.request(Fixtures.unique("inconnu"));
    }
    Account account = account(AccountState.ACTIF);

    resets.request(account.code());
    AuditEvent refused = fixtures.lastAudit();
    caller.from(ownAddress());
    resets.request(account.code());

    assertThat(resetEmails(account)).hasSize(1);
    assertThat(refused.getAction()).isEqualTo(AuditAction.PASSWORD_RESET_REQUESTED);
    assertThat(refused.getDetail()).isEqualTo("RESET_LIMIT_ADDRESS");
    assertThat(refused.getAddress()).isEqualTo(address);
  }

  @Test
  @DisplayName("R-L8/R-L3: a reset ends a lock; the reset does not sign in (second factor kept)")
  void resetEndsALock() {
    Account account = account(AccountState.ACTIF);
    for (int i = 0; i < 5; i++) {
      login.authenticate(account.code(), "Mauvais");
    }
    assertThat(fixtures.reload(account.id()).getState()).isEqualTo(AccountState.VERROUILLE);

    resets.request(account.code());
    assertThat(resets.complete(tokenOf(resetEmails(account).get(0)), NEW, NEW)).isEmpty();

    assertThat(fixtures.reload(account.id()).getState()).isEqualTo(AccountState.ACTIF);
    assertThat(fixtures.reload(account.id()).getFailedLoginCount()).isZero();
    assertThat(login.authenticate(account.code(), NEW).outcome()).isEqualTo(LoginOutcome.SUCCESS);
  }
}
