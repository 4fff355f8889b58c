package ca.qc.portail.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import ca.qc.portail.account.AccountState;
import ca.qc.portail.account.Profile;
import ca.qc.portail.account.UserAccount;
import ca.qc.portail.audit.AuditAction;
import ca.qc.portail.audit.AuditEvent;
import ca.qc.portail.audit.AuditOutcome;
import ca.qc.portail.authentication.LoginOutcome;
import ca.qc.portail.authentication.LoginService;
import ca.qc.portail.calendar.BusinessCalendar;
import ca.qc.portail.notification.OutboxEmail;
import ca.qc.portail.partner.MeasureFamily;
import ca.qc.portail.password.PasswordViolation;
import ca.qc.portail.password.UserCodeViolation;
import ca.qc.portail.selfservice.PasswordChange;
import ca.qc.portail.selfservice.SelfService;
import ca.qc.portail.testing.Deployments;
import ca.qc.portail.testing.Fixtures;
import ca.qc.portail.testing.TestCaller;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
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
 * R-A5, R-A6, R-A7 (and R-P1, R-U1 along the way) on PostgreSQL. The person registering has no
 * session: *Inscription* is called by an anonymous visitor ({@link TestCaller}).
 */
@ExtendWith(ArquillianExtension.class)
class RegistrationIT {

  private static final String SIN = "999222";
  private static final String WRONG_SIN = "111222";
  private static final String PASSWORD = "Tulipe-Rouge-47!";
  private static final Pattern CODE =
      Pattern.compile("Votre code d'enregistrement est : ([A-Z0-9]{12})");

  @Deployment
  static WebArchive deployment() {
    return Deployments.rules("registration-it", RegistrationIT.class);
  }

  @Inject private Registration registration;
  @Inject private LoginService login;
  @Inject private Fixtures fixtures;
  @Inject private TestCaller caller;
  @Inject private SelfService self;

  @BeforeEach
  void anonymousVisitor() {
    caller.anonymous();
  }

  @AfterEach
  void noCaller() {
    caller.reset();
  }

  private record Pending(long id, String code) {}

  private Pending pending() {
    long id =
        fixtures.pendingPerson(
            fixtures.partner(MeasureFamily.FORMATION), "Nathalie", "Pelletier", SIN);
    return new Pending(id, registration.issue(id));
  }

  private String emailOf(long id) {
    return fixtures.reload(id).getEmail();
  }

  @Test
  @DisplayName(
      "R-A5: the code is e-mailed with seed 001's text, valid 4 business days, stored hashed")
  void issueEmailsTheCode() {
    Pending person = pending();

    List<OutboxEmail> emails = fixtures.outboxOf(emailOf(person.id()));
    assertThat(emails).hasSize(1);
    String text = emails.get(0).toEmail().text();
    assertThat(text)
        .contains(
            "Voici votre code d'enregistrement; vous avez la responsabilité d'en maintenir la"
                + " confidentialité. À partir de sa date d'émission, un délai de quatre (4) jours"
                + " ouvrables vous est accordé pour choisir votre code d'utilisateur.");
    Matcher m = CODE.matcher(text);
    assertThat(m.find()).isTrue();
    assertThat(m.group(1)).isEqualTo(person.code());

    RegistrationCode stored = fixtures.registrationCodesOf(person.id()).get(0);
    assertThat(stored.getState()).isEqualTo(RegistrationCodeState.ACTIF);
    assertThat(stored.getValidUntil())
        .isEqualTo(new BusinessCalendar().plusBusinessDays(fixtures.today(), 4));
    assertThat(fixtures.auditOf(person.id(), AuditAction.REGISTRATION_CODE_ISSUED))
        .singleElement()
        .satisfies(e -> assertThat(e.getDetail()).doesNotContain(person.code()));
  }

  @Test
  @DisplayName("R-A6/R-A7: 4 mismatches then the right SIN: the sheet is shown (\"999 222\")")
  void fourMismatchesThenRight() {
    Pending person = pending();
    caller.from("192.0.2.1");
    for (int i = 0; i < 4; i++) {
      assertThat(registration.verify(person.code(), WRONG_SIN)).isEmpty();
    }

    Optional<IdentificationSheet> sheet =
        registration.verify(person.code().toLowerCase(), "999 222");

    assertThat(sheet).isPresent();
    assertThat(sheet.get().partialSin()).isEqualTo("999 222");
    assertThat(sheet.get().fullName()).isEqualTo("Nathalie Pelletier");
    assertThat(sheet.get().email()).isEqualTo(emailOf(person.id()));
    assertThat(sheet.get().partnerName()).startsWith("Partenaire ");
    RegistrationCode stored = fixtures.registrationCodesOf(person.id()).get(0);
    assertThat(stored.getMismatchCount()).isEqualTo(4);
    assertThat(stored.getState()).isEqualTo(RegistrationCodeState.ACTIF);
    assertThat(fixtures.auditOf(person.id(), AuditAction.REGISTRATION_CODE_VERIFIED))
        .hasSize(5)
        .allSatisfy(e -> assertThat(e.getAddress()).isEqualTo("192.0.2.1"));
  }

  @Test
  @DisplayName("R-A6: the 5th mismatch suspends the code; then even the right SIN is refused")
  void fifthMismatchSuspends() {
    Pending person = pending();
    for (int i = 0; i < 5; i++) {
      assertThat(registration.verify(person.code(), i % 2 == 0 ? WRONG_SIN : "abc")).isEmpty();
    }

    assertThat(fixtures.registrationCodesOf(person.id()).get(0).getState())
        .isEqualTo(RegistrationCodeState.SUSPENDU);
    assertThat(registration.verify(person.code(), SIN)).isEmpty();
    assertThat(fixtures.auditOf(person.id(), AuditAction.REGISTRATION_CODE_SUSPENDED)).hasSize(1);
    assertThatThrownBy(
            () ->
                registration.register(person.code(), SIN, Fixtures.unique("u"), PASSWORD, PASSWORD))
        .isInstanceOf(Registration.InvalidRegistration.class);
  }

  @Test
  @DisplayName("R-A5/R-A6: an expired, unknown or replaced code gets the same refusal")
  void expiredUnknownOrReplacedRefused() {
    Pending expired = pending();
    fixtures.expireRegistrationCodes(expired.id());
    assertThat(registration.verify(expired.code(), SIN)).isEmpty();

    assertThat(registration.verify("ZZZZZZZZZZZZ", SIN)).isEmpty();
    assertThat(registration.verify(null, SIN)).isEmpty();
    assertThat(registration.verify("x".repeat(5000), SIN)).isEmpty();

    Pending replaced = pending();
    String second = registration.issue(replaced.id());
    assertThat(registration.verify(replaced.code(), SIN)).isEmpty();
    assertThat(registration.verify(second, SIN)).isPresent();
  }

  @Test
  @DisplayName("R-A7/R-P1: every bad user code and password is named, and nothing is stored")
  void badChoicesStoreNothing() {
    Pending person = pending();
    String taken = Fixtures.unique("pris");
    fixtures.account(
        null,
        taken,
        "Autre-Mot-2026!",
        fixtures.today().plusDays(30),
        AccountState.ACTIF,
        Profile.UTILISATEUR_INDIVIDUS);

    assertThat(registration.register(person.code(), SIN, "abc12", PASSWORD, PASSWORD).userCode())
        .containsExactly(UserCodeViolation.TOO_SHORT);
    assertThat(
            registration.register(person.code(), SIN, "élodie123", PASSWORD, PASSWORD).userCode())
        .containsExactly(UserCodeViolation.INVALID_CHARACTERS);
    assertThat(
            registration.register(person.code(), SIN, "xPELLETIER9", PASSWORD, PASSWORD).userCode())
        .containsExactly(UserCodeViolation.CONTAINS_NAME);
    assertThat(
            registration
                .register(person.code(), SIN, "nathalie2026", PASSWORD, PASSWORD)
                .userCode())
        .containsExactly(UserCodeViolation.CONTAINS_NAME);
    assertThat(
            registration
                .register(person.code(), SIN, taken.toUpperCase(), PASSWORD, PASSWORD)
                .userCode())
        .containsExactly(UserCodeViolation.TAKEN);
    RegistrationViolations both =
        registration.register(person.code(), SIN, "abc", "court", "autre");
    assertThat(both.userCode()).contains(UserCodeViolation.TOO_SHORT);
    assertThat(both.password())
        .contains(
            PasswordViolation.TOO_SHORT,
            PasswordViolation.NO_UPPERCASE,
            PasswordViolation.NO_DIGIT,
            PasswordViolation.NO_SPECIAL,
            PasswordViolation.MISMATCH);
    String goodCode = Fixtures.unique("bon");
    assertThat(
            registration
                .register(person.code(), SIN, goodCode, "Pelletier-2026!", "Pelletier-2026!")
                .password())
        .containsExactly(PasswordViolation.CONTAINS_NAME);
    assertThat(
            registration
                .register(person.code(), SIN, goodCode, goodCode + "-A1!", goodCode + "-A1!")
                .password())
        .containsExactly(PasswordViolation.CONTAINS_USER_CODE);

    UserAccount account = fixtures.reload(person.id());
    assertThat(account.getUserCode()).isNull();
    assertThat(account.getPasswordHash()).isNull();
    assertThat(fixtures.registrationCodesOf(person.id()).get(0).getState())
        .isEqualTo(RegistrationCodeState.ACTIF);
    assertThat(fixtures.auditOf(person.id(), AuditAction.ACCOUNT_REGISTERED))
        .allSatisfy(e -> assertThat(e.getOutcome()).isEqualTo(AuditOutcome.REFUSED));
  }

  @Test
  @DisplayName("R-A7: a good choice registers; the person signs in; the code is used up")
  void goodChoiceRegisters() {
    Pending person = pending();
    String userCode = Fixtures.unique("Nouv");
    caller.from("192.0.2.9");

    assertThat(registration.register(person.code(), SIN, userCode, PASSWORD, PASSWORD))
        .matches(RegistrationViolations::isEmpty);

    assertThat(login.authenticate(userCode.toLowerCase(), PASSWORD).outcome())
        .isEqualTo(LoginOutcome.SUCCESS);
    assertThat(fixtures.reload(person.id()).getUserCode()).isEqualTo(userCode);
    assertThat(fixtures.registrationCodesOf(person.id()).get(0).getState())
        .isEqualTo(RegistrationCodeState.UTILISE);
    assertThat(registration.verify(person.code(), SIN)).isEmpty();
    assertThatThrownBy(
            () ->
                registration.register(person.code(), SIN, Fixtures.unique("u"), PASSWORD, PASSWORD))
        .isInstanceOf(Registration.InvalidRegistration.class);
    assertThat(fixtures.auditOf(person.id(), AuditAction.ACCOUNT_REGISTERED))
        .extracting(AuditEvent::getOutcome, AuditEvent::getAddress)
        .containsExactly(
            tuple(AuditOutcome.SUCCESS, "192.0.2.9"), tuple(AuditOutcome.REFUSED, "192.0.2.9"));
  }

  @Test
  @DisplayName("R-L1/R-A5: a person without a password gets the generic refusal, is never locked")
  void noPasswordNoLogin() {
    Pending person = pending();

    assertThat(login.authenticate(emailOf(person.id()), "").outcome())
        .isEqualTo(LoginOutcome.INVALID);
    for (int i = 0; i < 6; i++) {
      assertThat(login.authenticate(emailOf(person.id()), PASSWORD).outcome())
          .isEqualTo(LoginOutcome.INVALID);
    }

    // Failed logins do not lock or deactivate a person who has not registered yet.
    assertThat(fixtures.reload(person.id()).getState()).isEqualTo(AccountState.ACTIF);
    assertThat(
            registration.register(person.code(), SIN, Fixtures.unique("Reg"), PASSWORD, PASSWORD))
        .matches(RegistrationViolations::isEmpty);
  }

  // Issue 13, point 6: a right code with a wrong partial SIN is kept on the page.
  @Test
  @DisplayName(
      "R-A6: a refusal says whether the code was right, until the mismatch that suspends it")
  void refusalSaysWhetherTheCodeWasRight() {
    Pending person = pending();

    Registration.Verification unknown = registration.attempt("ABCDEFGHJKMN", SIN);
    assertThat(unknown.sheet()).isEmpty();
    assertThat(unknown.codeRight()).isFalse();

    for (int i = 1; i < Registration.MAX_MISMATCHES; i++) {
      Registration.Verification wrongSin = registration.attempt(person.code(), WRONG_SIN);
      assertThat(wrongSin.sheet()).isEmpty();
      assertThat(wrongSin.codeRight()).as("mismatch %d", i).isTrue();
    }
    Registration.Verification suspending = registration.attempt(person.code(), WRONG_SIN);
    assertThat(suspending.sheet()).isEmpty();
    assertThat(suspending.codeRight()).isFalse();
    assertThat(registration.attempt(person.code(), SIN).codeRight()).isFalse();
    assertThat(fixtures.registrationCodesOf(person.id()).get(0).getState())
        .isEqualTo(RegistrationCodeState.SUSPENDU);
  }

  // Issue 13, point 6: choosing the first password at Inscription is not a change (R-P3).
  @Test
  @DisplayName("R-P3: the password chosen at Inscription may be changed the same day, once")
  void firstPasswordMayBeChangedTheSameDay() {
    Pending person = pending();
    String userCode = Fixtures.unique("Reg");
    assertThat(registration.register(person.code(), SIN, userCode, PASSWORD, PASSWORD).isEmpty())
        .isTrue();

    caller.actAs(person.id());
    PasswordChange first = self.changePassword(PASSWORD, "Pivoine-Bleue-83!", "Pivoine-Bleue-83!");
    assertThat(first.violations()).isEmpty();
    assertThat(first.succeeded()).isTrue();

    PasswordChange second =
        self.changePassword("Pivoine-Bleue-83!", "Lilas-Mauve-2026!", "Lilas-Mauve-2026!");
    assertThat(second.violations()).containsExactly(PasswordViolation.ONCE_A_DAY);
    caller.anonymous();
    assertThat(login.authenticate(userCode, "Pivoine-Bleue-83!").outcome())
        .isEqualTo(LoginOutcome.SUCCESS);
  }
}
