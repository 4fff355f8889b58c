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
import ca.qc.portail.registration.Registration;
import ca.qc.portail.registration.RegistrationCodeState;
import ca.qc.portail.security.AccessRefusedException;
import ca.qc.portail.testing.Deployments;
import ca.qc.portail.testing.Fixtures;
import ca.qc.portail.testing.WithSmtpMailbox;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Access requests and registration codes on PostgreSQL (R-S8, R-A1–R-A4, R-C2, R-C3), in the
 * default {@code registration.mode: CODE}, with GreenMail as the SMTP server the outbox sends to.
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
            AccessRequestDeskAs.class,
            AccessRequestFormRulesTest.class,
            AccessRequestFormRulesTest.Builder.class));
  }

  @Inject private AccessRequestDeskAs desk;
  @Inject private Registration registration;
  @Inject private Fixtures fixtures;

  private long user(long partner, String code, AccountState state, Profile... profiles) {
    return fixtures.account(partner, code, PASSWORD, LocalDate.now().plusDays(90), state, profiles);
  }

  /** A valid online request for a new Individus user, signed by the given officer. */
  private static AccessRequestForm individus(String officerCode, String email, String sin) {
    return new AccessRequestFormRulesTest.Builder(AccessRequestFormRulesTest.valid())
        .with(
            f ->
                f.email(email)
                    .sin(sin)
                    .declaration(true, LocalDate.now())
                    .expiry(LocalDate.now().plusMonths(6)))
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

    assertThat(desk.sectionOne(officer).partnerId()).isEqualTo(partner);
    Submission submitted = desk.submit(officer, partner, individus(principal, email, "456 789"));
    assertThat(submitted.violations()).isEmpty();
    long id = submitted.requestId();
    assertThat(desk.queue(agent))
        .anySatisfy(
            q -> {
              assertThat(q.id()).isEqualTo(id);
              assertThat(q.state()).isEqualTo(AccessRequestState.EN_ATTENTE);
              assertThat(q.dueDate()).isAfterOrEqualTo(LocalDate.now().plusDays(14));
            });
    AccessRequest stored = desk.request(id);
    assertThat(stored.getPartnerName())
        .as("section 1 comes from the officer's partner, not the form")
        .startsWith("Partenaire ");
    assertThat(stored.getPartialSin()).isEqualTo("456789");
    assertThat(desk.detail(agent, id).violations()).isEmpty();

    assertThat(desk.approve(agent, id)).isEmpty();

    AccessRequest approved = desk.request(id);
    assertThat(approved.getState()).isEqualTo(AccessRequestState.APPROUVEE);
    UserAccount person = fixtures.reload(approved.getAccountId());
    assertThat(person.getUserCode()).isNull();
    assertThat(person.getPasswordHash()).isNull();
    assertThat(person.getEmail()).isEqualTo(email);
    assertThat(person.getProfiles()).containsExactly(Profile.UTILISATEUR_INDIVIDUS);
    assertThat(person.getExpiryDate()).isEqualTo(LocalDate.now().plusMonths(6));
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
        .satisfies(e -> assertThat(e.getActorAccountId()).isEqualTo(agent));
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

    assertThat(desk.submit(officer, partner, change).violations())
        .as("a user code of another partner is not found")
        .containsExactly(new RequestViolation("requesterUserCode", "request.userCode.unknown"));

    long id =
        desk.submit(
                officer,
                partner,
                new AccessRequestFormRulesTest.Builder(change)
                    .userCode(member.toUpperCase())
                    .build())
            .requestId();
    assertThat(desk.approve(agent, id)).isEmpty();

    assertThat(fixtures.reload(account).getProfiles())
        .containsExactlyInAnyOrder(Profile.UTILISATEUR_INDIVIDUS, Profile.EXTRACTION_INDIVIDUS);
    assertThat(desk.request(id).getAccountId()).isEqualTo(account);
    assertThat(mail.await(member + "@test.example", "Modification de votre profil"))
        .contains("le profil autorisé de votre code d'utilisateur " + member + " a été modifié");
    assertThat(fixtures.auditOf(account, AuditAction.PROFILES_CHANGED)).hasSize(1);
  }

  @Test
  @DisplayName("R-C2: central refuses a request with a reason, e-mailed to the requester")
  void rejectEmailsReason() throws Exception {
    long partner = fixtures.partner(MeasureFamily.FORMATION);
    String principal = Fixtures.unique("pri");
    long officer = user(partner, principal, AccountState.ACTIF, Profile.RESPONSABLE_PRINCIPAL);
    long agent = fixtures.agent(Fixtures.unique("agt"));
    String email = Fixtures.unique("rej") + "@test.example";
    long id = desk.submit(officer, partner, individus(principal, email, "111222")).requestId();

    assertThat(desk.reject(agent, id, "  "))
        .containsExactly(new RequestViolation("reason", "request.reason.required"));
    assertThat(desk.request(id).getState()).isEqualTo(AccessRequestState.EN_ATTENTE);

    assertThat(desk.reject(agent, id, "Signature du gestionnaire absente")).isEmpty();

    assertThat(desk.request(id).getState()).isEqualTo(AccessRequestState.REFUSEE);
    assertThat(mail.await(email, "Demande d'accès refusée"))
        .contains(
            "a été refusée par le Groupe central de la sécurité pour la raison suivante :"
                + " Signature du gestionnaire absente");
    assertThat(desk.approve(agent, id))
        .containsExactly(new RequestViolation("state", "request.alreadyDecided"));
    assertThat(desk.queue(agent)).noneSatisfy(q -> assertThat(q.id()).isEqualTo(id));
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

    assertThat(desk.extend(agent, person, "222334")).contains(CodeRefusal.SIN_MISMATCH);
    assertThat(desk.extend(agent, person, "222 333")).isEmpty();

    assertThat(fixtures.registrationCodesOf(person))
        .last()
        .satisfies(
            c -> {
              assertThat(c.isExtended()).isTrue();
              assertThat(c.getValidUntil()).isAfter(LocalDate.now());
              assertThat(c.getState()).isEqualTo(RegistrationCodeState.ACTIF);
            });
    assertThat(registration.verify(code, "222333")).isPresent();
    assertThat(desk.extend(agent, person, "222333")).contains(CodeRefusal.ALREADY_EXTENDED);
    assertThat(fixtures.auditOf(person, AuditAction.REGISTRATION_CODE_EXTENDED))
        .extracting(e -> e.getOutcome())
        .containsExactly(AuditOutcome.REFUSED, AuditOutcome.SUCCESS, AuditOutcome.REFUSED);
    assertThat(desk.search(agent, "rivard"))
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
    assertThat(desk.liftSuspension(agent, person)).contains(CodeRefusal.NOT_SUSPENDED);
    for (int i = 0; i < Registration.MAX_MISMATCHES; i++) {
      registration.verify(code, "000000");
    }
    assertThat(fixtures.registrationCodesOf(person).get(0).getState())
        .isEqualTo(RegistrationCodeState.SUSPENDU);
    assertThat(desk.extend(agent, person, "333444")).contains(CodeRefusal.SUSPENDED);

    assertThat(desk.liftSuspension(agent, person)).isEmpty();

    assertThat(fixtures.registrationCodesOf(person).get(0).getState())
        .isEqualTo(RegistrationCodeState.ACTIF);
    assertThat(fixtures.registrationCodesOf(person).get(0).getMismatchCount()).isZero();
    assertThat(registration.verify(code, "333444")).isPresent();
    assertThat(fixtures.auditOf(person, AuditAction.REGISTRATION_CODE_UNSUSPENDED))
        .extracting(e -> e.getOutcome())
        .containsExactly(AuditOutcome.REFUSED, AuditOutcome.SUCCESS);
  }

  @Test
  @DisplayName(
      "R-S1/R-S8/R-C2: an officer of another partner, a plain user and an officer at central's"
          + " pages are refused and audited; nothing stored")
  void accessControl() {
    long partner = fixtures.partner(MeasureFamily.FORMATION);
    long other = fixtures.partner(MeasureFamily.FORMATION);
    String principal = Fixtures.unique("pri");
    long officer = user(partner, principal, AccountState.ACTIF, Profile.RESPONSABLE_PRINCIPAL);
    long plain =
        user(partner, Fixtures.unique("usr"), AccountState.ACTIF, Profile.UTILISATEUR_INDIVIDUS);
    long agent = fixtures.agent(Fixtures.unique("agt"));
    long pending = fixtures.pendingPerson(partner, "Anne", "Roy", "555666");
    registration.issue(pending);
    AccessRequestForm form = individus(principal, Fixtures.unique("x") + "@test.example", "123123");
    long before = desk.requestCount();

    assertThatThrownBy(() -> desk.submit(officer, other, form))
        .isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(() -> desk.submit(plain, partner, form))
        .isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(() -> desk.sectionOne(plain)).isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(() -> desk.queue(officer)).isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(() -> desk.enter(officer, form)).isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(() -> desk.extend(plain, pending, "555666"))
        .isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(() -> desk.liftSuspension(officer, pending))
        .isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(() -> desk.approve(agent, Long.MAX_VALUE))
        .isInstanceOf(AccessRefusedException.class);

    assertThat(desk.requestCount()).isEqualTo(before);
    assertThat(fixtures.auditOf(officer, AuditAction.ACCESS_REFUSED))
        .hasSize(4)
        .anySatisfy(e -> assertThat(e.getPartnerId()).isEqualTo(other));
    assertThat(fixtures.auditOf(plain, AuditAction.ACCESS_REFUSED)).hasSize(3);
    assertThat(fixtures.auditOf(agent, AuditAction.ACCESS_REFUSED)).hasSize(1);
    long id = desk.submit(officer, partner, form).requestId();
    assertThatThrownBy(() -> desk.approve(officer, id)).isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(() -> desk.reject(plain, id, "Non"))
        .isInstanceOf(AccessRefusedException.class);
    assertThat(desk.request(id).getState()).isEqualTo(AccessRequestState.EN_ATTENTE);
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
    long before = desk.requestCount();

    assertThat(
            desk.submit(
                    officer,
                    partner,
                    new AccessRequestFormRulesTest.Builder(good)
                        .expiry(LocalDate.now().minusDays(1))
                        .build())
                .violations())
        .containsExactly(new RequestViolation("requestedExpiry", "request.expiry.past"));
    assertThat(
            desk.submit(
                    officer,
                    partner,
                    new AccessRequestFormRulesTest.Builder(good)
                        .expiry(LocalDate.now().plusYears(1).plusDays(1))
                        .build())
                .violations())
        .containsExactly(new RequestViolation("requestedExpiry", "request.expiry.tooFar"));
    assertThat(
            desk.submit(
                    officer,
                    partner,
                    signed(good, principal + "@test.example", ApproverRole.PRESIDENT_CA, null))
                .violations())
        .containsExactly(new RequestViolation("approverRole", "request.matrix.individus"));
    assertThat(
            desk.submit(
                    officer,
                    partner,
                    new AccessRequestFormRulesTest.Builder(good)
                        .profiles(Set.of(Profile.RESPONSABLE_AUXILIAIRE))
                        .build())
                .violations())
        .containsExactly(new RequestViolation("approverRole", "request.matrix.officer"));
    assertThat(
            desk.submit(
                    officer,
                    partner,
                    signed(good, "quelquun@test.example", ApproverRole.RESPONSABLE_SECURITE, null))
                .violations())
        .containsExactly(new RequestViolation("approverEmail", "request.matrix.signerNotOfficer"));
    assertThat(
            desk.submit(
                    officer,
                    partner,
                    new AccessRequestFormRulesTest.Builder(good)
                        .email(principal + "@test.example")
                        .build())
                .violations())
        .containsExactly(new RequestViolation("email", "request.email.taken"));

    assertThat(desk.requestCount()).isEqualTo(before);
    assertThat(fixtures.auditOf(officer)).isEmpty();
  }

  @Test
  @DisplayName(
      "R-A3/R-C2: central enters a paper request; a partner without officer needs a manager and"
          + " a principal officer first; non-profit Entreprise needs the board resolution")
  void paperRequestsAndPartnerWithoutOfficer() {
    long agent = fixtures.agent(Fixtures.unique("agt"));
    long partner = desk.partner(true);
    String neq = desk.neqOf(partner);
    AccessRequestForm base =
        new AccessRequestFormRulesTest.Builder(AccessRequestFormRulesTest.valid())
            .with(
                f ->
                    f.neq(neq)
                        .email(Fixtures.unique("c") + "@test.example")
                        .declaration(true, LocalDate.now())
                        .expiry(LocalDate.now().plusMonths(3)))
            .build();

    assertThat(
            desk.enter(agent, signed(base, "dg@test.example", ApproverRole.GESTIONNAIRE, null))
                .violations())
        .containsExactly(new RequestViolation("profiles", "request.matrix.firstPrincipal"));
    assertThat(
            desk.enter(
                    agent,
                    signed(
                        base,
                        "ca@test.example",
                        ApproverRole.PRESIDENT_CA,
                        Set.of(Profile.RESPONSABLE_PRINCIPAL)))
                .violations())
        .containsExactly(new RequestViolation("approverRole", "request.matrix.managerRequired"));
    assertThat(
            desk.enter(
                    agent,
                    signed(
                        base,
                        "dg@test.example",
                        ApproverRole.GESTIONNAIRE,
                        Set.of(Profile.RESPONSABLE_PRINCIPAL, Profile.UTILISATEUR_ENTREPRISE)))
                .violations())
        .containsExactly(new RequestViolation("boardResolution", "request.matrix.boardResolution"));
    assertThat(
            desk.enter(
                    agent,
                    signed(
                        new AccessRequestFormRulesTest.Builder(base).neq("1000000001").build(),
                        "dg@test.example",
                        ApproverRole.GESTIONNAIRE,
                        null))
                .violations())
        .contains(new RequestViolation("neq", "request.neq.unknown"));

    Submission stored =
        desk.enter(
            agent,
            signed(
                base,
                "dg@test.example",
                ApproverRole.GESTIONNAIRE,
                Set.of(Profile.RESPONSABLE_PRINCIPAL)));
    assertThat(stored.violations()).isEmpty();
    assertThat(desk.request(stored.requestId()).getChannel()).isEqualTo(RequestChannel.POSTE);
    assertThat(desk.detail(agent, stored.requestId()).violations())
        .as("its own request does not make it a later one")
        .isEmpty();
  }
}
