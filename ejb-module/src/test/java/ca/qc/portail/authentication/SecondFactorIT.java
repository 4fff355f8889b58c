package ca.qc.portail.authentication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import ca.qc.portail.account.AccountState;
import ca.qc.portail.account.Profile;
import ca.qc.portail.audit.AuditAction;
import ca.qc.portail.audit.AuditEvent;
import ca.qc.portail.notification.OutboxEmail;
import ca.qc.portail.partner.MeasureFamily;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * R-L4: the e-mailed 6-digit code after the password, on PostgreSQL; both steps come from anonymous
 * visitors ({@link TestCaller}).
 */
@ExtendWith(ArquillianExtension.class)
class SecondFactorIT {

  private static final String PASSWORD = "Bon-Mot-de-passe-9";
  private static final Pattern CODE = Pattern.compile("Code de sécurité : (\\d{6})");

  @Deployment
  static WebArchive deployment() {
    return Deployments.rules(
        "mfa-it", List.of("mfa.email=true", "mfa.resendDelaySeconds=0"), SecondFactorIT.class);
  }

  @Inject private LoginService login;
  @Inject private SecondFactor secondFactor;
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

  private record Account(String code, long id, String email) {}

  private Account account() {
    String code = Fixtures.unique("m");
    long id =
        fixtures.account(
            fixtures.partner(MeasureFamily.FORMATION),
            code,
            PASSWORD,
            fixtures.today().plusDays(30),
            AccountState.ACTIF,
            Profile.UTILISATEUR_INDIVIDUS);
    return new Account(code, id, code + "@test.example");
  }

  private String lastCode(Account account) {
    List<OutboxEmail> emails =
        fixtures.outboxOf(account.email()).stream()
            .filter(e -> e.getSubject().equals("Code de sécurité"))
            .toList();
    Matcher m = CODE.matcher(emails.get(emails.size() - 1).toEmail().text());
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  private static String other(String code) {
    return code.equals("000000") ? "111111" : "000000";
  }

  @Test
  @DisplayName(
      "R-L4: the password leads to an e-mailed code; the code signs in once, access recorded")
  void codeSignsInOnce() {
    Account account = account();
    caller.from("192.0.2.9");

    LoginResult step1 = login.authenticate(account.code(), PASSWORD);
    assertThat(step1.outcome()).isEqualTo(LoginOutcome.SECOND_FACTOR);
    assertThat(step1.user()).isNull();
    assertThat(fixtures.reload(account.id()).getLastAccessAt()).isNull();
    String code = lastCode(account);
    assertThat(fixtures.outboxOf(account.email()).get(0).toEmail().text())
        .contains(
            // #4 of issue 12: 10 minutes by default (ASVS 5.0), no longer the 20 of seed 002.
            "Vous devez saisir le code de sécurité dans les 10 prochaines minutes suivant le début"
                + " de votre connexion");

    SecondFactor.CodeResult result = secondFactor.verify(step1.challenge(), code);

    assertThat(result.outcome()).isEqualTo(SecondFactor.CodeOutcome.SUCCESS);
    assertThat(result.user().accountId()).isEqualTo(account.id());
    assertThat(fixtures.reload(account.id()).getLastAccessAt()).isNotNull();
    assertThat(fixtures.auditOf(account.id()))
        .extracting(AuditEvent::getDetail, AuditEvent::getAddress)
        .contains(
            tuple("PASSWORD_ACCEPTED_CODE_SENT", "192.0.2.9"),
            tuple("SECURITY_CODE_ACCEPTED", "192.0.2.9"));
    assertThat(secondFactor.verify(step1.challenge(), code).outcome())
        .isEqualTo(SecondFactor.CodeOutcome.RESTART);
  }

  @Test
  @DisplayName("R-L4: 5 wrong codes restart the login; a resend does not reset that count")
  void fiveWrongCodesRestart() {
    Account account = account();
    String challenge = login.authenticate(account.code(), PASSWORD).challenge();
    String code = lastCode(account);

    for (int i = 1; i <= 3; i++) {
      assertThat(secondFactor.verify(challenge, other(code)).outcome())
          .isEqualTo(SecondFactor.CodeOutcome.WRONG);
    }
    assertThat(secondFactor.resend(challenge)).isEqualTo(SecondFactor.ResendOutcome.SENT);
    String resent = lastCode(account);
    assertThat(secondFactor.verify(challenge, other(resent)).outcome())
        .isEqualTo(SecondFactor.CodeOutcome.WRONG);
    assertThat(secondFactor.verify(challenge, other(resent)).outcome())
        .isEqualTo(SecondFactor.CodeOutcome.RESTART);
    assertThat(secondFactor.verify(challenge, resent).outcome())
        .isEqualTo(SecondFactor.CodeOutcome.RESTART);
  }

  @Test
  @DisplayName(
      "#4: wrong codes are counted across restarted logins; the 10th locks the account (R-L3)")
  void wrongCodesAcrossLoginsLock() {
    Account account = account();
    for (int round = 1; round <= 2; round++) {
      String challenge = login.authenticate(account.code(), PASSWORD).challenge();
      assertThat(challenge).as("round %d starts", round).isNotNull();
      String code = lastCode(account);
      for (int i = 1; i <= 4; i++) {
        assertThat(secondFactor.verify(challenge, other(code)).outcome())
            .isEqualTo(SecondFactor.CodeOutcome.WRONG);
      }
      assertThat(secondFactor.verify(challenge, other(code)).outcome())
          .isEqualTo(SecondFactor.CodeOutcome.RESTART);
    }

    assertThat(fixtures.reload(account.id()).getState()).isEqualTo(AccountState.VERROUILLE);
    assertThat(fixtures.reload(account.id()).getStateReason()).isEqualTo("WRONG_CODES|10");
    assertThat(login.authenticate(account.code(), PASSWORD).outcome())
        .isEqualTo(LoginOutcome.LOCKED);
    assertThat(fixtures.auditOf(account.id(), AuditAction.ACCOUNT_LOCKED)).hasSize(1);
  }

  @Test
  @DisplayName("#4: an accepted code starts the count of wrong codes again")
  void acceptedCodeResetsWrongCodes() {
    Account account = account();
    String first = login.authenticate(account.code(), PASSWORD).challenge();
    String code = lastCode(account);
    for (int i = 1; i <= 4; i++) {
      secondFactor.verify(first, other(code));
    }
    assertThat(secondFactor.verify(first, code).outcome())
        .isEqualTo(SecondFactor.CodeOutcome.SUCCESS);
    assertThat(fixtures.reload(account.id()).getWrongCodeCount()).isZero();
  }

  @Test
  @DisplayName("R-L4: a resent code replaces the previous one; resends are limited")
  void resendReplacesAndIsLimited() {
    Account account = account();
    String challenge = login.authenticate(account.code(), PASSWORD).challenge();
    String first = lastCode(account);

    for (int i = 0; i < 3; i++) {
      assertThat(secondFactor.resend(challenge)).isEqualTo(SecondFactor.ResendOutcome.SENT);
    }
    assertThat(secondFactor.resend(challenge)).isEqualTo(SecondFactor.ResendOutcome.TOO_MANY);
    String last = lastCode(account);
    if (!last.equals(first)) {
      assertThat(secondFactor.verify(challenge, first).outcome())
          .isEqualTo(SecondFactor.CodeOutcome.WRONG);
    }
    assertThat(secondFactor.verify(challenge, last).outcome())
        .isEqualTo(SecondFactor.CodeOutcome.SUCCESS);
  }

  @Test
  @DisplayName(
      "R-L4: a code is bound to its login attempt; cancelled attempts and forged references fail")
  void codeBoundToItsAttempt() {
    Account account = account();
    String first = login.authenticate(account.code(), PASSWORD).challenge();
    String firstCode = lastCode(account);
    String second = login.authenticate(account.code(), PASSWORD).challenge();
    String secondCode = lastCode(account);

    if (!secondCode.equals(firstCode)) {
      assertThat(secondFactor.verify(second, firstCode).outcome())
          .isEqualTo(SecondFactor.CodeOutcome.WRONG);
    }
    caller.from("198.51.100.31");
    secondFactor.cancel(first);
    assertThat(fixtures.auditOf(account.id()))
        .filteredOn(e -> "LOGIN_CANCELLED_AT_CODE".equals(e.getDetail()))
        .singleElement()
        .satisfies(e -> assertThat(e.getAddress()).isEqualTo("198.51.100.31"));
    assertThat(secondFactor.verify(first, firstCode).outcome())
        .isEqualTo(SecondFactor.CodeOutcome.RESTART);
    assertThat(secondFactor.verify("forged", "123456").outcome())
        .isEqualTo(SecondFactor.CodeOutcome.RESTART);
    assertThat(secondFactor.verify(null, "123456").outcome())
        .isEqualTo(SecondFactor.CodeOutcome.RESTART);
  }
}
