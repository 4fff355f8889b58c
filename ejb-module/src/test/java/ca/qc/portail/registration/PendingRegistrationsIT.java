package ca.qc.portail.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import ca.qc.portail.account.AccountState;
import ca.qc.portail.account.Profile;
import ca.qc.portail.audit.AuditAction;
import ca.qc.portail.audit.AuditEvent;
import ca.qc.portail.audit.AuditOutcome;
import ca.qc.portail.calendar.BusinessCalendar;
import ca.qc.portail.notification.OutboxEmail;
import ca.qc.portail.partner.MeasureFamily;
import ca.qc.portail.security.AccessRefusedException;
import ca.qc.portail.security.Caller;
import ca.qc.portail.security.OutOfScopeException;
import ca.qc.portail.testing.Deployments;
import ca.qc.portail.testing.Fixtures;
import ca.qc.portail.testing.TestCaller;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Central's work on registration codes (R-C3, R-A5, R-A6) on PostgreSQL, called as the account each
 * test chooses ({@link TestCaller}): only an Actif central agent is served; anyone else is refused
 * before anything is read, the attempt audited.
 */
@ExtendWith(ArquillianExtension.class)
class PendingRegistrationsIT {

  private static final String EXTENDED_SUBJECT = "Prolongation de votre code d'enregistrement";

  @Deployment
  static WebArchive deployment() {
    return Deployments.rules("pending-registrations-it", PendingRegistrationsIT.class);
  }

  @Inject private PendingRegistrations registrations;
  @Inject private Registration registration;
  @Inject private BusinessCalendar calendar;
  @Inject private TestCaller caller;
  @Inject private Fixtures fixtures;

  @AfterEach
  void noCaller() {
    caller.reset();
  }

  /** The service, called by that account from now on. */
  private PendingRegistrations as(long account) {
    caller.actAs(account);
    return registrations;
  }

  private long agent() {
    return fixtures.agent(Fixtures.unique("agt"));
  }

  /** A person approved by central, with a unique last name and one registration code issued. */
  private long pendingWithCode(long partner, String lastName, String partialSin) {
    long person = fixtures.pendingPerson(partner, "Hélène", lastName, partialSin);
    registration.issue(person);
    return person;
  }

  private static Void run(Runnable operation) {
    operation.run();
    return null;
  }

  private List<String> extensionMails(long person) {
    return fixtures.outboxOf(fixtures.reload(person).getEmail()).stream()
        .filter(e -> e.getSubject().equals(EXTENDED_SUBJECT))
        .map(OutboxEmail::getSubject)
        .toList();
  }

  @Test
  @DisplayName(
      "R-C3: central finds pending people by part of their name (accents kept, case ignored),"
          + " each with their latest code; registered people and empty queries find nothing")
  void search() {
    long partner = fixtures.partner(MeasureFamily.FORMATION);
    String lastName = Fixtures.unique("Bélanger");
    long person = pendingWithCode(partner, lastName, "111222");
    long agent = agent();

    assertThat(as(agent).search(lastName.toUpperCase()))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.accountId()).isEqualTo(person);
              assertThat(p.fullName()).isEqualTo("Hélène " + lastName);
              assertThat(p.partnerName()).isEqualTo(fixtures.partnerName(partner));
              assertThat(p.state()).isEqualTo(RegistrationCodeState.ACTIF);
              assertThat(p.extendable()).isTrue();
              assertThat(p.suspended()).isFalse();
            });
    assertThat(as(agent).search("hélène " + lastName.toLowerCase())).hasSize(1);
    assertThat(as(agent).search("  ")).isEmpty();
    assertThat(as(agent).search(null)).isEmpty();
    fixtures.expireRegistrationCodes(person);
    assertThat(as(agent).search(lastName))
        .singleElement()
        .satisfies(p -> assertThat(p.state()).isEqualTo(RegistrationCodeState.EXPIRE));
    assertThat(fixtures.auditOf(agent, AuditAction.ACCESS_REFUSED)).isEmpty();
  }

  @Test
  @DisplayName(
      "R-A5/R-C3: a code is extended once only, by 2 business days, after the partial SIN check;"
          + " the person is e-mailed the new last day")
  void extensionOnceOnly() {
    long partner = fixtures.partner(MeasureFamily.FORMATION);
    String lastName = Fixtures.unique("Prolonge");
    long person = pendingWithCode(partner, lastName, "222333");
    fixtures.expireRegistrationCodes(person);
    long agent = agent();

    assertThat(as(agent).extend(person, "222334")).contains(CodeRefusal.SIN_MISMATCH);
    assertThat(as(agent).extend(person, null)).contains(CodeRefusal.SIN_MISMATCH);
    assertThat(extensionMails(person)).isEmpty();
    assertThat(as(agent).extend(person, "222 333")).isEmpty();

    LocalDate lastDay =
        calendar.plusBusinessDays(fixtures.today(), PendingRegistrations.EXTENSION_BUSINESS_DAYS);
    assertThat(fixtures.registrationCodesOf(person))
        .last()
        .satisfies(
            c -> {
              assertThat(c.isExtended()).isTrue();
              assertThat(c.getValidUntil()).isEqualTo(lastDay);
              assertThat(c.getState()).isEqualTo(RegistrationCodeState.ACTIF);
            });
    assertThat(as(agent).extend(person, "222333")).contains(CodeRefusal.ALREADY_EXTENDED);
    assertThat(fixtures.registrationCodesOf(person).get(0).getValidUntil()).isEqualTo(lastDay);
    assertThat(fixtures.auditOf(person, AuditAction.REGISTRATION_CODE_EXTENDED))
        .allSatisfy(
            e -> {
              assertThat(e.getActorAccountId()).isEqualTo(agent);
              assertThat(e.getAddress()).isEqualTo(TestCaller.ADDRESS);
              assertThat(e.getPartnerId()).isEqualTo(partner);
            })
        .extracting(AuditEvent::getOutcome)
        .containsExactly(
            AuditOutcome.REFUSED, AuditOutcome.REFUSED, AuditOutcome.SUCCESS, AuditOutcome.REFUSED);
    assertThat(as(agent).search(lastName))
        .singleElement()
        .satisfies(p -> assertThat(p.extendable()).isFalse());
    assertThat(extensionMails(person)).hasSize(1);
    assertThat(fixtures.outboxOf(fixtures.reload(person).getEmail()))
        .filteredOn(e -> e.getSubject().equals(EXTENDED_SUBJECT))
        .singleElement()
        .satisfies(e -> assertThat(e.toEmail().text()).contains(lastDay.toString()));
  }

  @Test
  @DisplayName("R-A6/R-C3: central lifts a suspension; a suspended code is not extended")
  void liftSuspension() {
    long partner = fixtures.partner(MeasureFamily.FORMATION);
    long person = pendingWithCode(partner, Fixtures.unique("Suspendu"), "333444");
    long agent = agent();

    assertThat(as(agent).liftSuspension(person)).contains(CodeRefusal.NOT_SUSPENDED);
    fixtures.suspendRegistrationCodes(person);
    assertThat(as(agent).extend(person, "333444")).contains(CodeRefusal.SUSPENDED);

    assertThat(as(agent).liftSuspension(person)).isEmpty();

    assertThat(fixtures.registrationCodesOf(person))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.getState()).isEqualTo(RegistrationCodeState.ACTIF);
              assertThat(c.getMismatchCount()).isZero();
              assertThat(c.isExtended()).isFalse();
            });
    assertThat(fixtures.auditOf(person, AuditAction.REGISTRATION_CODE_UNSUSPENDED))
        .extracting(AuditEvent::getOutcome, AuditEvent::getDetail)
        .containsExactly(
            tuple(AuditOutcome.REFUSED, "CODE_LIFT_REFUSED|@codes.state.ACTIF"),
            tuple(AuditOutcome.SUCCESS, "CODE_SUSPENSION_LIFTED"));
  }

  @Test
  @DisplayName(
      "R-C3/R-S1/R-U1: a plain user, the person's own officer and an Inactif central agent are"
          + " refused every operation before anything is read or changed, each refusal audited")
  void signedInCallersRefused() {
    long partner = fixtures.partner(MeasureFamily.FORMATION);
    String lastName = Fixtures.unique("Refuse");
    long person = pendingWithCode(partner, lastName, "555666");
    fixtures.suspendRegistrationCodes(person);
    long plain =
        fixtures.account(
            partner,
            Fixtures.unique("usr"),
            "Mot-De-Passe-1",
            fixtures.today().plusDays(90),
            AccountState.ACTIF,
            Profile.UTILISATEUR_INDIVIDUS);
    long officer =
        fixtures.account(
            partner,
            Fixtures.unique("off"),
            "Mot-De-Passe-1",
            fixtures.today().plusDays(90),
            AccountState.ACTIF,
            Profile.RESPONSABLE_PRINCIPAL);
    long formerAgent = agent();
    fixtures.makeInactive(formerAgent);
    List<Map.Entry<String, Runnable>> operations =
        List.of(
            Map.entry("Codes d'enregistrement", () -> registrations.checkAccess()),
            Map.entry("Codes d'enregistrement", () -> registrations.search(lastName)),
            Map.entry(
                "Prolongation d'un code d'enregistrement",
                () -> registrations.extend(person, "555666")),
            Map.entry("Levée de suspension d'un code", () -> registrations.liftSuspension(person)));

    for (long refused : new long[] {plain, officer, formerAgent}) {
      for (Map.Entry<String, Runnable> operation : operations) {
        assertThatThrownBy(() -> caller.as(refused, () -> run(operation.getValue())))
            .as(operation.getKey())
            .isInstanceOf(AccessRefusedException.class)
            .isNotInstanceOf(OutOfScopeException.class);
      }
      assertThat(fixtures.auditOf(refused, AuditAction.ACCESS_REFUSED))
          .allSatisfy(
              e -> {
                assertThat(e.getOutcome()).isEqualTo(AuditOutcome.REFUSED);
                assertThat(e.getActorAccountId()).isEqualTo(refused);
                assertThat(e.getAddress()).isEqualTo(TestCaller.ADDRESS);
              })
          .extracting(AuditEvent::getDetail)
          .containsExactlyElementsOf(
              operations.stream()
                  .map(o -> "OPERATION_REFUSED|" + o.getKey() + "|@standing.CENTRAL")
                  .toList());
    }

    assertThat(fixtures.registrationCodesOf(person))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.getState()).isEqualTo(RegistrationCodeState.SUSPENDU);
              assertThat(c.isExtended()).isFalse();
            });
    assertThat(fixtures.auditOf(person, AuditAction.REGISTRATION_CODE_EXTENDED)).isEmpty();
    assertThat(fixtures.auditOf(person, AuditAction.REGISTRATION_CODE_UNSUSPENDED)).isEmpty();
  }

  @Test
  @DisplayName("R-C3/R-U1: without a session every operation is refused, audited « anonyme »")
  void anonymousRefused() {
    long partner = fixtures.partner(MeasureFamily.FORMATION);
    long person = pendingWithCode(partner, Fixtures.unique("Anonyme"), "777888");
    fixtures.suspendRegistrationCodes(person);
    long before = fixtures.anonymousRefusals();
    List<Runnable> operations =
        List.of(
            () -> registrations.checkAccess(),
            () -> registrations.search("Anonyme"),
            () -> registrations.extend(person, "777888"),
            () -> registrations.liftSuspension(person));

    caller.anonymous();
    for (Runnable operation : operations) {
      assertThatThrownBy(operation::run).isInstanceOf(AccessRefusedException.class);
    }

    assertThat(fixtures.anonymousRefusals() - before).isEqualTo(operations.size());
    AuditEvent last = fixtures.lastAudit();
    assertThat(last.getActor()).isEqualTo(Caller.ANONYMOUS);
    assertThat(last.getActorAccountId()).isNull();
    assertThat(last.getDetail())
        .isEqualTo("OPERATION_REFUSED|Levée de suspension d'un code|@standing.anonymous");
    assertThat(fixtures.registrationCodesOf(person).get(0).getState())
        .isEqualTo(RegistrationCodeState.SUSPENDU);
  }

  @Test
  @DisplayName(
      "R-C3: a person who has registered, or no such account, has no code to act on: refused"
          + " and audited")
  void noPendingCode() {
    long partner = fixtures.partner(MeasureFamily.FORMATION);
    long registered =
        fixtures.account(
            partner,
            Fixtures.unique("reg"),
            "Mot-De-Passe-1",
            fixtures.today().plusDays(90),
            AccountState.ACTIF,
            Profile.UTILISATEUR_INDIVIDUS);
    long withoutCode = fixtures.pendingPerson(partner, "Jean", Fixtures.unique("Sans"), "999000");
    long agent = agent();

    assertThatThrownBy(() -> as(agent).extend(registered, "123456"))
        .isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(() -> as(agent).liftSuspension(withoutCode))
        .isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(() -> as(agent).extend(-1L, "123456"))
        .isInstanceOf(AccessRefusedException.class);

    assertThat(fixtures.auditOf(agent, AuditAction.ACCESS_REFUSED))
        .extracting(AuditEvent::getDetail)
        .containsExactly(
            "OPERATION_REFUSED|Prolongation d'un code d'enregistrement|aucun code"
                + " d'enregistrement pour le compte "
                + registered,
            "OPERATION_REFUSED|Levée de suspension d'un code|aucun code d'enregistrement pour le"
                + " compte "
                + withoutCode,
            "OPERATION_REFUSED|Prolongation d'un code d'enregistrement|aucun code"
                + " d'enregistrement pour le compte -1");
  }
}
