package ca.qc.portail.authentication;

import static org.assertj.core.api.Assertions.assertThat;

import ca.qc.portail.account.AccountState;
import ca.qc.portail.account.Profile;
import ca.qc.portail.notification.OutboxEmail;
import ca.qc.portail.partner.MeasureFamily;
import ca.qc.portail.testing.Deployments;
import ca.qc.portail.testing.Fixtures;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** R-L4: the e-mailed 6-digit code after the password, on PostgreSQL. */
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

  private record Account(String code, long id, String email) {}

  private Account account() {
    String code = Fixtures.unique("m");
    long id =
        fixtures.account(
            fixtures.partner(MeasureFamily.FORMATION),
            code,
            PASSWORD,
            LocalDate.now().plusDays(30),
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

    LoginResult step1 = login.authenticate(account.code(), PASSWORD, "192.0.2.9");
    assertThat(step1.outcome()).isEqualTo(LoginOutcome.SECOND_FACTOR);
    assertThat(step1.user()).isNull();
    assertThat(fixtures.reload(account.id()).getLastAccessAt()).isNull();
    String code = lastCode(account);
    assertThat(fixtures.outboxOf(account.email()).get(0).toEmail().text())
        .contains(
            "Vous devez saisir le code de sécurité dans les 20 prochaines minutes suivant le début"
                + " de votre connexion");

    SecondFactor.CodeResult result = secondFactor.verify(step1.challenge(), code, "192.0.2.9");

    assertThat(result.outcome()).isEqualTo(SecondFactor.CodeOutcome.SUCCESS);
    assertThat(result.user().accountId()).isEqualTo(account.id());
    assertThat(fixtures.reload(account.id()).getLastAccessAt()).isNotNull();
    assertThat(secondFactor.verify(step1.challenge(), code, null).outcome())
        .isEqualTo(SecondFactor.CodeOutcome.RESTART);
  }

  @Test
  @DisplayName("R-L4: 5 wrong codes restart the login; a resend does not reset that count")
  void fiveWrongCodesRestart() {
    Account account = account();
    String challenge = login.authenticate(account.code(), PASSWORD, null).challenge();
    String code = lastCode(account);

    for (int i = 1; i <= 3; i++) {
      assertThat(secondFactor.verify(challenge, other(code), null).outcome())
          .isEqualTo(SecondFactor.CodeOutcome.WRONG);
    }
    assertThat(secondFactor.resend(challenge, null)).isEqualTo(SecondFactor.ResendOutcome.SENT);
    String resent = lastCode(account);
    assertThat(secondFactor.verify(challenge, other(resent), null).outcome())
        .isEqualTo(SecondFactor.CodeOutcome.WRONG);
    assertThat(secondFactor.verify(challenge, other(resent), null).outcome())
        .isEqualTo(SecondFactor.CodeOutcome.RESTART);
    assertThat(secondFactor.verify(challenge, resent, null).outcome())
        .isEqualTo(SecondFactor.CodeOutcome.RESTART);
  }

  @Test
  @DisplayName("R-L4: a resent code replaces the previous one; resends are limited")
  void resendReplacesAndIsLimited() {
    Account account = account();
    String challenge = login.authenticate(account.code(), PASSWORD, null).challenge();
    String first = lastCode(account);

    for (int i = 0; i < 3; i++) {
      assertThat(secondFactor.resend(challenge, null)).isEqualTo(SecondFactor.ResendOutcome.SENT);
    }
    assertThat(secondFactor.resend(challenge, null)).isEqualTo(SecondFactor.ResendOutcome.TOO_MANY);
    String last = lastCode(account);
    if (!last.equals(first)) {
      assertThat(secondFactor.verify(challenge, first, null).outcome())
          .isEqualTo(SecondFactor.CodeOutcome.WRONG);
    }
    assertThat(secondFactor.verify(challenge, last, null).outcome())
        .isEqualTo(SecondFactor.CodeOutcome.SUCCESS);
  }

  @Test
  @DisplayName(
      "R-L4: a code is bound to its login attempt; cancelled attempts and forged references fail")
  void codeBoundToItsAttempt() {
    Account account = account();
    String first = login.authenticate(account.code(), PASSWORD, null).challenge();
    String firstCode = lastCode(account);
    String second = login.authenticate(account.code(), PASSWORD, null).challenge();
    String secondCode = lastCode(account);

    if (!secondCode.equals(firstCode)) {
      assertThat(secondFactor.verify(second, firstCode, null).outcome())
          .isEqualTo(SecondFactor.CodeOutcome.WRONG);
    }
    secondFactor.cancel(first, null);
    assertThat(secondFactor.verify(first, firstCode, null).outcome())
        .isEqualTo(SecondFactor.CodeOutcome.RESTART);
    assertThat(secondFactor.verify("forged", "123456", null).outcome())
        .isEqualTo(SecondFactor.CodeOutcome.RESTART);
    assertThat(secondFactor.verify(null, "123456", null).outcome())
        .isEqualTo(SecondFactor.CodeOutcome.RESTART);
  }
}
