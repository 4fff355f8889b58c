package ca.qc.portail.accessrequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.qc.portail.account.AccountState;
import ca.qc.portail.account.Profile;
import ca.qc.portail.account.UserAccount;
import ca.qc.portail.audit.AuditAction;
import ca.qc.portail.audit.AuditOutcome;
import ca.qc.portail.partner.MeasureFamily;
import ca.qc.portail.registration.CodeRefusal;
import ca.qc.portail.registration.IdentificationSheet;
import ca.qc.portail.registration.PendingRegistration;
import ca.qc.portail.registration.PendingRegistrations;
import ca.qc.portail.registration.Registration;
import ca.qc.portail.registration.RegistrationCodeState;
import ca.qc.portail.security.AccessRefusedException;
import ca.qc.portail.security.OutOfScopeException;
import ca.qc.portail.testing.Deployments;
import ca.qc.portail.testing.Fixtures;
import ca.qc.portail.testing.TestCaller;
import ca.qc.portail.testing.WithSmtpMailbox;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Access requests and registration codes on PostgreSQL (R-S8, R-A1–R-A4, R-C2, R-C3), in the
 * default {@code registration.mode: CODE}, with GreenMail as the SMTP server the outbox sends to;
 * called as the account each test chooses ({@link TestCaller}).
 */
@ExtendWith(ArquillianExtension.class)
class AccessRequestIT extends WithSmtpMailbox {

  private static final String PASSWORD = "Bon-Mot-de-passe-9";
  private static final String NOTICE =
      "Le Groupe central de la sécurité vient de transmettre un code d'enregistrement à un employé"
          + " de votre organisme. Vous verrez apparaître son identité dans la \"Liste des personnes"
          + " autorisées\". Si vous constatez que cette personne n'est pas autorisée à recevoir un"
          + " code d'enregistrement, veuillez nous en informer dans les plus brefs délais.";
  private static final Pattern CODE = Pattern.compile("Votre code d'enregistrement est : (\\w+)");

  @Deployment
  static WebArchive deployment() {
    return Deployments.withSmtp(
        Deployments.rules(
            "access-request-it",
            AccessRequestIT.class,
            AccessRequestRecords.class,
            AccessRequestFormRulesTest.class,
            AccessRequestFormRulesTest.Builder.class));
  }

  @Inject private AccessRequestSubmissions submissions;
  @Inject private AccessRequestQueue queue;
  @Inject private AccessRequestIntake intake;
  @Inject private PendingRegistrations codes;
  @Inject private AccessRequestRecords records;
  @Inject private Registration registration;
  @Inject private Fixtures fixtures;
  @Inject private TestCaller caller;

  @AfterEach
  void noCaller() {
    caller.reset();
  }

  /** The officers' form, called by that account from now on. */
  private AccessRequestSubmissions officer(long account) {
    caller.actAs(account);
    return submissions;
  }

  /** Central's queue, called by that account from now on. */
  private AccessRequestQueue central(long account) {
    caller.actAs(account);
    return queue;
  }

  // R-C3 through central's registration-code service, as that account.

  private Optional<CodeRefusal> extend(long agent, long person, String sin) {
    return caller.as(agent, () -> codes.extend(person, sin));
  }

  private Optional<CodeRefusal> liftSuspension(long agent, long person) {
    return caller.as(agent, () -> codes.liftSuspension(person));
  }

  private List<PendingRegistration> search(long agent, String query) {
    return caller.as(agent, () -> codes.search(query));
  }

  private long user(long partner, String code, AccountState state, Profile... profiles) {
    return fixtures.account(
        partner, code, PASSWORD, fixtures.today().plusDays(90), state, profiles);
  }

  /** A valid online request for a new Individus user, signed by the given officer. */
  private AccessRequestForm individus(String officerCode, String email, String sin) {
    LocalDate today = fixtures.today();
    return new AccessRequestFormRulesTest.Builder(AccessRequestFormRulesTest.valid())
        .with(f -> f.email(email).sin(sin).declaration(true, today).expiry(today.plusMonths(6)))
        .approver(officerCode + "@test.example", ApproverRole.RESPONSABLE_SECURITE)
        .build();
  }

  /** The form signed by someone else, with other profiles when {@code profiles} is not null. */
  static AccessRequestForm signed(
      AccessRequestForm form, String email, ApproverRole role, Set<Profile> profiles) {
    AccessRequestFormRulesTest.Builder b =
        new AccessRequestFormRulesTest.Builder(form).approver(email, role);
    return (profiles == null ? b : b.profiles(profiles)).build();
  }

  @Test
  @DisplayName(
      "R-S8/R-A4: an officer's online request, approved: person created without user code, code"
          + " e-mailed, every Actif officer notified, inscription works")
  void approveIssuesCodeAndNotifiesOfficers() throws Exception {
    long partner = fixtures.partner(MeasureFamily.EMPLOYABILITE);
    String principal = Fixtures.unique("pri");
    long officer = user(partner, principal, AccountState.ACTIF, Profile.RESPONSABLE_PRINCIPAL);
    String auxiliary = Fixtures.unique("aux");
    user(partner, auxiliary, AccountState.ACTIF, Profile.RESPONSABLE_AUXILIAIRE);
    String gone = Fixtures.unique("old");
    user(partner, gone, AccountState.INACTIF, Profile.RESPONSABLE_AUXILIAIRE);
    String agentCode = Fixtures.unique("agt");
    long agent = fixtures.agent(agentCode);
    String email = Fixtures.unique("new") + "@test.example";
    LocalDate today = fixtures.today();

    SectionOne sectionOne = officer(officer).sectionOne();
    assertThat(sectionOne.partnerId()).isEqualTo(partner);
    assertThat(sectionOne.partner().name()).isEqualTo(fixtures.partnerName(partner));
    Submission submitted = officer(officer).submit(partner, individus(principal, email, "456 789"));
    assertThat(submitted.violations()).isEmpty();
    long id = submitted.requestId();
    assertThat(fixtures.lastAudit())
        .as("the submission is audited as the officer, from the request's address")
        .satisfies(
            e -> {
              assertThat(e.getAction()).isEqualTo(AuditAction.ACCESS_REQUEST_SUBMITTED);
              assertThat(e.getActorAccountId()).isEqualTo(officer);
              assertThat(e.getAddress()).isEqualTo(TestCaller.ADDRESS);
            });
    assertThat(central(agent).waiting())
        .anySatisfy(
            q -> {
              assertThat(q.id()).isEqualTo(id);
              assertThat(q.state()).isEqualTo(AccessRequestState.EN_ATTENTE);
              // 10 business days (R-C2): at least 12 calendar days, from a Sunday or a Saturday.
              assertThat(q.dueDate()).isAfterOrEqualTo(today.plusDays(12));
            });
    AccessRequest stored = records.request(id);
    assertThat(stored.getPartnerName())
        .as("section 1 comes from the officer's partner, not the form")
        .startsWith("Partenaire ");
    assertThat(stored.getPartialSin()).isEqualTo("456789");
    assertThat(stored.getSubmittedBy()).isEqualTo(officer);
    assertThat(stored.getChannel()).isEqualTo(RequestChannel.EN_LIGNE);
    RequestDetail detail = central(agent).detail(id);
    assertThat(detail.violations()).isEmpty();
    assertThat(detail.form().partner().name()).isEqualTo(stored.getPartnerName());
    assertThat(detail.form().requester().email()).isEqualTo(email);
    assertThat(detail.form().requested().profiles()).containsExactly(Profile.UTILISATEUR_INDIVIDUS);
    assertThat(detail.form().approval().role()).isEqualTo(ApproverRole.RESPONSABLE_SECURITE);

    assertThat(central(agent).approve(id)).isEmpty();

    AccessRequest approved = records.request(id);
    assertThat(approved.getState()).isEqualTo(AccessRequestState.APPROUVEE);
    assertThat(approved.getDecidedBy()).isEqualTo(agent);
    UserAccount person = fixtures.reload(approved.getAccountId());
    assertThat(person.getUserCode()).isNull();
    assertThat(person.getPasswordHash()).isNull();
    assertThat(person.getEmail()).isEqualTo(email);
    assertThat(person.getProfiles()).containsExactly(Profile.UTILISATEUR_INDIVIDUS);
    assertThat(person.getExpiryDate()).isEqualTo(today.plusMonths(6));
    assertThat(person.partnerId()).isEqualTo(partner);

    String codeMail = mail.await(email, "Votre code d'enregistrement");
    assertThat(codeMail)
        .contains(
            "Voici votre code d'enregistrement; vous avez la responsabilité d'en maintenir la"
                + " confidentialité. À partir de sa date d'émission, un délai de quatre (4) jours"
                + " ouvrables vous est accordé pour choisir votre code d'utilisateur.");
    for (String officerCode : List.of(principal, auxiliary)) {
      assertThat(
              mail.await(
                  officerCode + "@test.example",
                  "Code d'enregistrement transmis à un employé de votre organisme"))
          .contains(NOTICE);
    }
    assertThat(mail.receivedBy(gone + "@test.example")).isEmpty();
    assertThat(mail.receivedBy(email)).hasSize(1);

    caller.reset();
    Matcher code = CODE.matcher(codeMail);
    assertThat(code.find()).isTrue();
    Optional<IdentificationSheet> sheet = registration.verify(code.group(1), "456789");
    assertThat(sheet).hasValueSatisfying(s -> assertThat(s.email()).isEqualTo(email));
    assertThat(
            registration
                .register(
                    code.group(1),
                    "456789",
                    Fixtures.unique("u"),
                    "Tulipe-Rouge-47!",
                    "Tulipe-Rouge-47!")
                .isEmpty())
        .isTrue();
    assertThat(fixtures.auditOf(person.getId(), AuditAction.ACCESS_REQUEST_APPROVED))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.getActorAccountId()).isEqualTo(agent);
              assertThat(e.getAddress()).isEqualTo(TestCaller.ADDRESS);
            });
  }

  @Test
  @DisplayName(
      "R-A1/R-A4: a profile change names a user code of the partner; approved, the account gets"
          + " exactly the requested profiles")
  void profileChangeApproved() throws Exception {
    long partner = fixtures.partner(MeasureFamily.EMPLOYABILITE);
    long other = fixtures.partner(MeasureFamily.EMPLOYABILITE);
    String principal = Fixtures.unique("pri");
    long officer = user(partner, principal, AccountState.ACTIF, Profile.RESPONSABLE_PRINCIPAL);
    String member = Fixtures.unique("mbr");
    long account = user(partner, member, AccountState.ACTIF, Profile.UTILISATEUR_INDIVIDUS);
    String outsider = Fixtures.unique("out");
    user(other, outsider, AccountState.ACTIF, Profile.UTILISATEUR_INDIVIDUS);
    long agent = fixtures.agent(Fixtures.unique("agt"));
    AccessRequestForm change =
        new AccessRequestFormRulesTest.Builder(
                individus(principal, member + "@test.example", "123456"))
            .type(RequestType.MODIFICATION_PROFIL)
            .userCode(outsider)
            .profiles(Set.of(Profile.UTILISATEUR_INDIVIDUS, Profile.EXTRACTION_INDIVIDUS))
            .build();

    assertThat(officer(officer).submit(partner, change).violations())
        .as("a user code of another partner is not found")
        .containsExactly(new RequestViolation("requesterUserCode", "request.userCode.unknown"));

    long id =
        officer(officer)
            .submit(
                partner,
                new AccessRequestFormRulesTest.Builder(change)
                    .userCode(member.toUpperCase())
                    .build())
            .requestId();
    assertThat(central(agent).approve(id)).isEmpty();

    assertThat(fixtures.reload(account).getProfiles())
        .containsExactlyInAnyOrder(Profile.UTILISATEUR_INDIVIDUS, Profile.EXTRACTION_INDIVIDUS);
    assertThat(records.request(id).getAccountId()).isEqualTo(account);
    assertThat(mail.await(member + "@test.example", "Modification de votre profil"))
        .contains("le profil autorisé de votre code d'utilisateur " + member + " a été modifié");
    assertThat(fixtures.auditOf(account, AuditAction.PROFILES_CHANGED)).hasSize(1);
  }

  @Test
  @DisplayName(
      "#7: an officer's request does not tell whether another partner's account has the e-mail;"
          + " central's approval does")
  void noCrossPartnerEmailOracle() {
    // Finding #7 of issue 12.
    long partner = fixtures.partner(MeasureFamily.FORMATION);
    String principal = Fixtures.unique("pri");
    long officer = user(partner, principal, AccountState.ACTIF, Profile.RESPONSABLE_PRINCIPAL);
    String elsewhere = Fixtures.unique("ail");
    user(
        fixtures.partner(MeasureFamily.FORMATION),
        elsewhere,
        AccountState.ACTIF,
        Profile.UTILISATEUR_INDIVIDUS);
    String agentCode = Fixtures.unique("agt");
    long agent = fixtures.agent(agentCode);

    Submission otherPartners =
        officer(officer)
            .submit(partner, individus(principal, elsewhere + "@test.example", "131313"));
    Submission ministrys =
        officer(officer)
            .submit(partner, individus(principal, agentCode + "@test.example", "141414"));

    assertThat(otherPartners.violations()).isEmpty();
    assertThat(ministrys.violations()).isEmpty();
    assertThat(central(agent).approve(otherPartners.requestId()))
        .containsExactly(new RequestViolation("email", "request.email.taken"));
  }

  @Test
  @DisplayName("R-C2: central refuses a request with a reason, e-mailed to the requester")
  void rejectEmailsReason() throws Exception {
    long partner = fixtures.partner(MeasureFamily.FORMATION);
    String principal = Fixtures.unique("pri");
    long officer = user(partner, principal, AccountState.ACTIF, Profile.RESPONSABLE_PRINCIPAL);
    long agent = fixtures.agent(Fixtures.unique("agt"));
    String email = Fixtures.unique("rej") + "@test.example";
    long id = officer(officer).submit(partner, individus(principal, email, "111222")).requestId();

    assertThat(central(agent).reject(id, "  "))
        .containsExactly(new RequestViolation("reason", "request.reason.required"));
    assertThat(records.request(id).getState()).isEqualTo(AccessRequestState.EN_ATTENTE);

    assertThat(central(agent).reject(id, "Signature du gestionnaire absente")).isEmpty();

    assertThat(records.request(id).getState()).isEqualTo(AccessRequestState.REFUSEE);
    assertThat(records.request(id).getDecidedBy()).isEqualTo(agent);
    assertThat(mail.await(email, "Demande d'accès refusée"))
        .contains(
            "a été refusée par le Groupe central de la sécurité pour la raison suivante :"
                + " Signature du gestionnaire absente");
    assertThat(central(agent).approve(id))
        .containsExactly(new RequestViolation("state", "request.alreadyDecided"));
    assertThat(central(agent).waiting()).noneSatisfy(q -> assertThat(q.id()).isEqualTo(id));
  }

  @Test
  @DisplayName("R-A5/R-C3: a code is extended once only, by 2 business days, after the SIN check")
  void extensionOnceOnly() throws Exception {
    long partner = fixtures.partner(MeasureFamily.FORMATION);
    long agent = fixtures.agent(Fixtures.unique("agt"));
    long person = fixtures.pendingPerson(partner, "Hélène", "Rivard", "222333");
    String code = registration.issue(person);
    fixtures.expireRegistrationCodes(person);
    assertThat(registration.verify(code, "222333")).isEmpty();

    assertThat(extend(agent, person, "222334")).contains(CodeRefusal.SIN_MISMATCH);
    assertThat(extend(agent, person, "222 333")).isEmpty();

    assertThat(fixtures.registrationCodesOf(person))
        .last()
        .satisfies(
            c -> {
              assertThat(c.isExtended()).isTrue();
              assertThat(c.getValidUntil()).isAfter(fixtures.today());
              assertThat(c.getState()).isEqualTo(RegistrationCodeState.ACTIF);
            });
    assertThat(registration.verify(code, "222333")).isPresent();
    assertThat(extend(agent, person, "222333")).contains(CodeRefusal.ALREADY_EXTENDED);
    assertThat(fixtures.auditOf(person, AuditAction.REGISTRATION_CODE_EXTENDED))
        .extracting(e -> e.getOutcome())
        .containsExactly(AuditOutcome.REFUSED, AuditOutcome.SUCCESS, AuditOutcome.REFUSED);
    assertThat(search(agent, "rivard"))
        .singleElement()
        .satisfies(p -> assertThat(p.extendable()).isFalse());
    assertThat(
            mail.await(
                fixtures.reload(person).getEmail(), "Prolongation de votre code d'enregistrement"))
        .contains("Vous pouvez l'utiliser jusqu'au");
  }

  @Test
  @DisplayName("R-A6/R-C3: central lifts a suspension; the code works again")
  void liftSuspension() {
    long partner = fixtures.partner(MeasureFamily.FORMATION);
    long agent = fixtures.agent(Fixtures.unique("agt"));
    long person = fixtures.pendingPerson(partner, "Marc", "Lebel", "333444");
    String code = registration.issue(person);
    assertThat(liftSuspension(agent, person)).contains(CodeRefusal.NOT_SUSPENDED);
    for (int i = 0; i < Registration.MAX_MISMATCHES; i++) {
      registration.verify(code, "000000");
    }
    assertThat(fixtures.registrationCodesOf(person).get(0).getState())
        .isEqualTo(RegistrationCodeState.SUSPENDU);
    assertThat(extend(agent, person, "333444")).contains(CodeRefusal.SUSPENDED);

    assertThat(liftSuspension(agent, person)).isEmpty();

    assertThat(fixtures.registrationCodesOf(person).get(0).getState())
        .isEqualTo(RegistrationCodeState.ACTIF);
    assertThat(fixtures.registrationCodesOf(person).get(0).getMismatchCount()).isZero();
    assertThat(registration.verify(code, "333444")).isPresent();
    assertThat(fixtures.auditOf(person, AuditAction.REGISTRATION_CODE_UNSUSPENDED))
        .extracting(e -> e.getOutcome())
        .containsExactly(AuditOutcome.REFUSED, AuditOutcome.SUCCESS);
  }

  // ----- Access control -----

  /** The call is refused, the attempt audited as that caller with the interceptor's detail. */
  private void assertRefused(long refused, ThrowingCallable call, String detail) {
    assertThatThrownBy(call)
        .isInstanceOf(AccessRefusedException.class)
        .isNotInstanceOf(OutOfScopeException.class);
    assertThat(fixtures.lastAudit())
        .satisfies(
            e -> {
              assertThat(e.getAction()).isEqualTo(AuditAction.ACCESS_REFUSED);
              assertThat(e.getOutcome()).isEqualTo(AuditOutcome.REFUSED);
              assertThat(e.getActorAccountId()).isEqualTo(refused);
              assertThat(e.getAddress()).isEqualTo(TestCaller.ADDRESS);
              assertThat(e.getDetail()).isEqualTo(detail);
            });
  }

  @Test
  @DisplayName(
      "R-S1/R-S8: the officers' form is refused to a plain user, an Inactif officer and a central"
          + " agent, and another partner is out of scope; each attempt audited, nothing stored")
  void submissionRefused() {
    long partner = fixtures.partner(MeasureFamily.FORMATION);
    long other = fixtures.partner(MeasureFamily.FORMATION);
    String principal = Fixtures.unique("pri");
    long officer = user(partner, principal, AccountState.ACTIF, Profile.RESPONSABLE_PRINCIPAL);
    long otherOfficer =
        user(other, Fixtures.unique("pri"), AccountState.ACTIF, Profile.RESPONSABLE_PRINCIPAL);
    long plain =
        user(partner, Fixtures.unique("usr"), AccountState.ACTIF, Profile.UTILISATEUR_INDIVIDUS);
    long inactiveOfficer =
        user(partner, Fixtures.unique("ina"), AccountState.INACTIF, Profile.RESPONSABLE_PRINCIPAL);
    long agent = fixtures.agent(Fixtures.unique("agt"));
    AccessRequestForm form = individus(principal, Fixtures.unique("x") + "@test.example", "123123");
    long before = records.count();

    assertThatThrownBy(() -> officer(otherOfficer).submit(partner, form))
        .as("another partner's officer: not found")
        .isInstanceOf(OutOfScopeException.class);
    assertThat(fixtures.lastAudit())
        .satisfies(
            e -> {
              assertThat(e.getAction()).isEqualTo(AuditAction.ACCESS_REFUSED);
              assertThat(e.getActorAccountId()).isEqualTo(otherOfficer);
              assertThat(e.getPartnerId()).isEqualTo(partner);
              assertThat(e.getAddress()).isEqualTo(TestCaller.ADDRESS);
              assertThat(e.getDetail())
                  .isEqualTo("OUT_OF_SCOPE|Formulaire d'inscription|organisme " + partner);
            });
    String reserved = "OPERATION_REFUSED|Formulaire d'inscription|@standing.OFFICER";
    for (long refused : List.of(plain, inactiveOfficer, agent)) {
      assertRefused(refused, () -> officer(refused).sectionOne(), reserved);
      assertRefused(refused, () -> officer(refused).submit(partner, form), reserved);
    }

    assertThat(records.count()).isEqualTo(before);
    assertThat(officer(officer).submit(partner, form).succeeded()).isTrue();
  }

  @Test
  @DisplayName(
      "R-C2/R-A4: central's queue is refused to an officer, a plain user and an Inactif agent; an"
          + " unknown request is refused to central; each attempt audited, nothing changed")
  void queueRefused() {
    long partner = fixtures.partner(MeasureFamily.FORMATION);
    String principal = Fixtures.unique("pri");
    long officer = user(partner, principal, AccountState.ACTIF, Profile.RESPONSABLE_PRINCIPAL);
    long plain =
        user(partner, Fixtures.unique("usr"), AccountState.ACTIF, Profile.UTILISATEUR_INDIVIDUS);
    long formerAgent = fixtures.agent(Fixtures.unique("agt"));
    fixtures.makeInactive(formerAgent);
    long agent = fixtures.agent(Fixtures.unique("agt"));
    AccessRequestForm form = individus(principal, Fixtures.unique("q") + "@test.example", "321321");
    long id = officer(officer).submit(partner, form).requestId();
    long before = records.count();

    String reserved = "OPERATION_REFUSED|File des demandes d'accès|@standing.CENTRAL";
    for (long refused : List.of(officer, plain, formerAgent)) {
      assertRefused(refused, () -> central(refused).checkAccess(), reserved);
      assertRefused(refused, () -> central(refused).waiting(), reserved);
      assertRefused(refused, () -> central(refused).enter(form), reserved);
      assertRefused(refused, () -> central(refused).detail(id), reserved);
      assertRefused(refused, () -> central(refused).approve(id), reserved);
      assertRefused(refused, () -> central(refused).reject(id, "Non"), reserved);
    }
    String unknown = "OPERATION_REFUSED|Demande d'accès " + Long.MAX_VALUE + "|introuvable";
    assertRefused(agent, () -> central(agent).detail(Long.MAX_VALUE), unknown);
    assertRefused(agent, () -> central(agent).approve(Long.MAX_VALUE), unknown);
    assertRefused(agent, () -> central(agent).reject(Long.MAX_VALUE, "Non"), unknown);

    assertThat(records.count()).isEqualTo(before);
    assertThat(records.request(id).getState()).isEqualTo(AccessRequestState.EN_ATTENTE);
  }

  @Test
  @DisplayName(
      "R-C3: a plain user and an officer are refused central's registration codes; audited")
  void registrationCodesRefused() {
    long partner = fixtures.partner(MeasureFamily.FORMATION);
    long officer =
        user(partner, Fixtures.unique("pri"), AccountState.ACTIF, Profile.RESPONSABLE_PRINCIPAL);
    long plain =
        user(partner, Fixtures.unique("usr"), AccountState.ACTIF, Profile.UTILISATEUR_INDIVIDUS);
    long pending = fixtures.pendingPerson(partner, "Anne", "Roy", "555666");
    registration.issue(pending);

    assertThatThrownBy(() -> extend(plain, pending, "555666"))
        .isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(() -> liftSuspension(officer, pending))
        .isInstanceOf(AccessRefusedException.class);

    assertThat(fixtures.auditOf(plain, AuditAction.ACCESS_REFUSED)).hasSize(1);
    assertThat(fixtures.auditOf(officer, AuditAction.ACCESS_REFUSED)).hasSize(1);
    assertThat(fixtures.registrationCodesOf(pending).get(0).isExtended()).isFalse();
  }

  @Test
  @DisplayName(
      "R-S8/R-C2: the demo data's seeding path is the system's alone; a signed-in caller is"
          + " refused and audited")
  void seedingIsForTheSystemOnly() {
    long partner = fixtures.partner(MeasureFamily.FORMATION);
    String principal = Fixtures.unique("pri");
    long officer = user(partner, principal, AccountState.ACTIF, Profile.RESPONSABLE_PRINCIPAL);
    long agent = fixtures.agent(Fixtures.unique("agt"));
    AccessRequestForm form = individus(principal, Fixtures.unique("s") + "@test.example", "654654");
    long before = records.count();
    String reserved = "OPERATION_REFUSED|Demandes d'accès de démonstration|@standing.SYSTEM";

    assertRefused(
        officer,
        () -> caller.as(officer, () -> intake.seedOnline(fixtures.reload(officer), form)),
        reserved);
    assertRefused(
        agent,
        () -> caller.as(agent, () -> intake.seedByPost(fixtures.reload(agent), form)),
        reserved);

    assertThat(records.count()).isEqualTo(before);
  }

  @Test
  @DisplayName(
      "R-A1/R-A2: bad input (expiry past or beyond a year, signer not allowed, e-mail taken) is"
          + " refused at its field; nothing stored")
  void badInputRefused() {
    long partner = fixtures.partner(MeasureFamily.FORMATION);
    String principal = Fixtures.unique("pri");
    long officer = user(partner, principal, AccountState.ACTIF, Profile.RESPONSABLE_PRINCIPAL);
    String email = Fixtures.unique("b") + "@test.example";
    AccessRequestForm good = individus(principal, email, "121212");
    LocalDate today = fixtures.today();
    long before = records.count();

    assertThat(
            officer(officer)
                .submit(
                    partner,
                    new AccessRequestFormRulesTest.Builder(good).expiry(today.minusDays(1)).build())
                .violations())
        .containsExactly(new RequestViolation("requestedExpiry", "request.expiry.past"));
    assertThat(
            officer(officer)
                .submit(
                    partner,
                    new AccessRequestFormRulesTest.Builder(good)
                        .expiry(today.plusYears(1).plusDays(1))
                        .build())
                .violations())
        .containsExactly(new RequestViolation("requestedExpiry", "request.expiry.tooFar"));
    assertThat(
            officer(officer)
                .submit(
                    partner,
                    signed(good, principal + "@test.example", ApproverRole.PRESIDENT_CA, null))
                .violations())
        .containsExactly(new RequestViolation("approverRole", "request.matrix.individus"));
    assertThat(
            officer(officer)
                .submit(
                    partner,
                    new AccessRequestFormRulesTest.Builder(good)
                        .profiles(Set.of(Profile.RESPONSABLE_AUXILIAIRE))
                        .build())
                .violations())
        .containsExactly(new RequestViolation("approverRole", "request.matrix.officer"));
    assertThat(
            officer(officer)
                .submit(
                    partner,
                    signed(good, "quelquun@test.example", ApproverRole.RESPONSABLE_SECURITE, null))
                .violations())
        .containsExactly(new RequestViolation("approverEmail", "request.matrix.signerNotOfficer"));
    assertThat(
            officer(officer)
                .submit(
                    partner,
                    new AccessRequestFormRulesTest.Builder(good)
                        .email(principal + "@test.example")
                        .build())
                .violations())
        .containsExactly(new RequestViolation("email", "request.email.taken"));

    assertThat(records.count()).isEqualTo(before);
    assertThat(fixtures.auditOf(officer)).isEmpty();
  }

  @Test
  @DisplayName(
      "R-A3/R-C2: central enters a paper request; a partner without officer needs a manager and"
          + " a principal officer first; non-profit Entreprise needs the board resolution")
  void paperRequestsAndPartnerWithoutOfficer() {
    long agent = fixtures.agent(Fixtures.unique("agt"));
    long partner = records.emptyPartner(true);
    String neq = records.neqOf(partner);
    LocalDate today = fixtures.today();
    AccessRequestForm base =
        new AccessRequestFormRulesTest.Builder(AccessRequestFormRulesTest.valid())
            .with(
                f ->
                    f.neq(neq)
                        .email(Fixtures.unique("c") + "@test.example")
                        .declaration(true, today)
                        .expiry(today.plusMonths(3)))
            .build();

    assertThat(
            central(agent)
                .enter(signed(base, "dg@test.example", ApproverRole.GESTIONNAIRE, null))
                .violations())
        .containsExactly(new RequestViolation("profiles", "request.matrix.firstPrincipal"));
    assertThat(
            central(agent)
                .enter(
                    signed(
                        base,
                        "ca@test.example",
                        ApproverRole.PRESIDENT_CA,
                        Set.of(Profile.RESPONSABLE_PRINCIPAL)))
                .violations())
        .containsExactly(new RequestViolation("approverRole", "request.matrix.managerRequired"));
    assertThat(
            central(agent)
                .enter(
                    signed(
                        base,
                        "dg@test.example",
                        ApproverRole.GESTIONNAIRE,
                        Set.of(Profile.RESPONSABLE_PRINCIPAL, Profile.UTILISATEUR_ENTREPRISE)))
                .violations())
        .containsExactly(new RequestViolation("boardResolution", "request.matrix.boardResolution"));
    assertThat(
            central(agent)
                .enter(
                    signed(
                        new AccessRequestFormRulesTest.Builder(base).neq("1000000001").build(),
                        "dg@test.example",
                        ApproverRole.GESTIONNAIRE,
                        null))
                .violations())
        .contains(new RequestViolation("neq", "request.neq.unknown"));

    Submission stored =
        central(agent)
            .enter(
                signed(
                    base,
                    "dg@test.example",
                    ApproverRole.GESTIONNAIRE,
                    Set.of(Profile.RESPONSABLE_PRINCIPAL)));
    assertThat(stored.violations()).isEmpty();
    AccessRequest entered = records.request(stored.requestId());
    assertThat(entered.getChannel()).isEqualTo(RequestChannel.POSTE);
    assertThat(entered.getSubmittedBy()).isEqualTo(agent);
    assertThat(central(agent).detail(stored.requestId()).violations())
        .as("its own request does not make it a later one")
        .isEmpty();
  }
}
