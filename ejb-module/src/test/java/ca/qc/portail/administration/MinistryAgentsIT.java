package ca.qc.portail.administration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.qc.portail.account.AccountState;
import ca.qc.portail.account.InternalRole;
import ca.qc.portail.account.Profile;
import ca.qc.portail.account.UserAccount;
import ca.qc.portail.audit.AuditAction;
import ca.qc.portail.audit.AuditEvent;
import ca.qc.portail.audit.AuditOutcome;
import ca.qc.portail.authentication.LoginOutcome;
import ca.qc.portail.authentication.LoginResult;
import ca.qc.portail.authentication.LoginService;
import ca.qc.portail.authentication.PasswordResets;
import ca.qc.portail.partner.MeasureFamily;
import ca.qc.portail.security.AccessRefusedException;
import ca.qc.portail.testing.Deployments;
import ca.qc.portail.testing.Fixtures;
import ca.qc.portail.testing.TestCaller;
import ca.qc.portail.testing.WithSmtpMailbox;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** R-C8: central keeps the ministry agents' accounts, on PostgreSQL with GreenMail. */
@ExtendWith(ArquillianExtension.class)
class MinistryAgentsIT extends WithSmtpMailbox {

  private static final Pattern LINK = Pattern.compile("jeton=([A-Za-z0-9_-]+)");
  private static final String PASSWORD = "Tulipe-Rouge-47!";

  @Deployment
  static WebArchive deployment() {
    return Deployments.withSmtp(
        Deployments.rules(
            "ministry-agents-it",
            List.of("mfa.email=false", "mfa.totpRequiredForRoles=AGENT_CENTRAL,OPERATEUR"),
            MinistryAgentsIT.class));
  }

  @Inject private MinistryAgents agents;
  @Inject private TestCaller caller;
  @Inject private Fixtures fixtures;
  @Inject private PasswordResets resets;
  @Inject private LoginService login;

  @AfterEach
  void noCaller() {
    caller.reset();
  }

  private MinistryAgents as(long account) {
    caller.actAs(account);
    return agents;
  }

  private long central() {
    return fixtures.agent(Fixtures.unique("gc"));
  }

  @Test
  @DisplayName(
      "R-C8: central creates an operator, who gets an activation link by e-mail (as R-A8), sets a"
          + " password and signs in with the e-mail address; audited")
  void createdAgentActivatesAndSignsInWithEmail() throws Exception {
    long central = central();
    String email = Fixtures.unique("op") + "@mes.example";

    MinistryAgents.Creation creation =
        as(central).create("Roy", "Olivier", email, Set.of(InternalRole.OPERATEUR));

    assertThat(creation.violations()).isEmpty();
    long id = creation.accountId();
    UserAccount agent = fixtures.reload(id);
    assertThat(agent.getPartner()).isNull();
    assertThat(agent.getInternalRoles()).containsExactly(InternalRole.OPERATEUR);
    assertThat(agent.getPasswordHash()).isNull();
    assertThat(as(central).list())
        .anySatisfy(
            row -> {
              assertThat(row.id()).isEqualTo(id);
              assertThat(row.activated()).isFalse();
              assertThat(row.state()).isEqualTo(AccountState.ACTIF);
            });
    assertThat(fixtures.auditOf(id, AuditAction.ACCOUNT_CREATED))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.getOutcome()).isEqualTo(AuditOutcome.SUCCESS);
              assertThat(e.getActorAccountId()).isEqualTo(central);
              assertThat(e.getAddress()).isEqualTo(TestCaller.ADDRESS);
              assertThat(e.getDetail()).contains("OPERATEUR");
            });

    String activation = mail.await(email, "Activation de votre compte utilisateur");
    assertThat(activation)
        .contains("Votre nom d'utilisateur est votre adresse courriel : " + email)
        .contains("/nouveau-mot-de-passe.xhtml?jeton=");
    Matcher token = LINK.matcher(activation);
    assertThat(token.find()).isTrue();
    caller.anonymous();
    assertThat(resets.complete(token.group(1), PASSWORD, PASSWORD)).isEmpty();

    LoginResult result = login.authenticate(email, PASSWORD);
    assertThat(result.outcome()).isEqualTo(LoginOutcome.SUCCESS);
    assertThat(result.user().internalRoles()).containsExactly(InternalRole.OPERATEUR);
    assertThat(result.user().mustEnrolAuthenticator())
        .as("mfa.totpRequiredForRoles includes OPERATEUR")
        .isTrue();
  }

  @Test
  @DisplayName(
      "R-C8: a creation with wrong fields or a taken e-mail stores nothing; each refusal audited")
  void creationRefusals() {
    long central = central();
    long before = fixtures.accountCount();

    assertThat(as(central).create("", "Ève\u0007", "pas-une-adresse", Set.of()).violations())
        .containsExactly(
            AgentViolation.LAST_NAME_INVALID,
            AgentViolation.FIRST_NAME_INVALID,
            AgentViolation.EMAIL_INVALID,
            AgentViolation.ROLES_REQUIRED);
    String taken = fixtures.reload(central).getEmail();
    assertThat(
            as(central)
                .create("Morin", "Julie", taken, Set.of(InternalRole.PERSONNEL))
                .violations())
        .containsExactly(AgentViolation.EMAIL_TAKEN);

    assertThat(fixtures.accountCount()).isEqualTo(before);
    assertThat(fixtures.lastAudit())
        .satisfies(
            e -> {
              assertThat(e.getAction()).isEqualTo(AuditAction.ACCOUNT_CREATED);
              assertThat(e.getOutcome()).isEqualTo(AuditOutcome.REFUSED);
              assertThat(e.getDetail()).contains("agents.email.taken").doesNotContain(taken);
            });
  }

  @Test
  @DisplayName(
      "R-C8: central changes another agent's roles (e-mailed, audited, their sessions end), never"
          + " their own; a non-central caller is refused, audited")
  void rolesChangedNeverOwn() throws Exception {
    long central = central();
    long other = central();
    String otherEmail = fixtures.reload(other).getEmail();
    long generation = fixtures.reload(other).getSessionGeneration();

    assertThat(
            as(central)
                .changeRoles(other, EnumSet.of(InternalRole.PERSONNEL, InternalRole.OPERATEUR)))
        .isEmpty();
    UserAccount changed = fixtures.reload(other);
    assertThat(changed.getInternalRoles())
        .containsExactlyInAnyOrder(InternalRole.PERSONNEL, InternalRole.OPERATEUR);
    assertThat(changed.getSessionGeneration()).isGreaterThan(generation);
    assertThat(mail.await(otherEmail, "Modification de vos rôles"))
        .contains("Vos rôles sont maintenant : OPERATEUR, PERSONNEL");
    assertThat(fixtures.auditOf(other, AuditAction.AGENT_ROLES_CHANGED))
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.getDetail())
                    .isEqualTo(
                        "AGENT_ROLES_CHANGED|AGENT_CENTRAL → OPERATEUR, PERSONNEL"
                            .replace(" → ", "|")));

    assertThat(
            as(central)
                .changeRoles(
                    central, EnumSet.of(InternalRole.AGENT_CENTRAL, InternalRole.OPERATEUR)))
        .containsExactly(AgentViolation.OWN_ROLES);
    assertThat(fixtures.reload(central).getInternalRoles())
        .containsExactly(InternalRole.AGENT_CENTRAL);
    assertThat(fixtures.auditOf(central, AuditAction.AGENT_ROLES_CHANGED))
        .singleElement()
        .satisfies(e -> assertThat(e.getOutcome()).isEqualTo(AuditOutcome.REFUSED));

    // The former central agent is now only staff and operator: the service is closed to them.
    assertThatThrownBy(() -> as(other).changeRoles(central, EnumSet.of(InternalRole.PERSONNEL)))
        .isInstanceOf(AccessRefusedException.class);
    assertThat(fixtures.lastAudit())
        .satisfies(
            e -> {
              assertThat(e.getAction()).isEqualTo(AuditAction.ACCESS_REFUSED);
              assertThat(e.getActorAccountId()).isEqualTo(other);
            });
    long partner = fixtures.partner(MeasureFamily.FORMATION);
    long user =
        fixtures.account(
            partner,
            Fixtures.unique("u"),
            PASSWORD,
            fixtures.today().plusDays(90),
            AccountState.ACTIF,
            Profile.UTILISATEUR_INDIVIDUS);
    assertThat(as(central).changeRoles(user, EnumSet.of(InternalRole.AGENT_CENTRAL)))
        .containsExactly(AgentViolation.NOT_AN_AGENT);
    assertThat(fixtures.reload(user).getInternalRoles()).isEmpty();
  }

  @Test
  @DisplayName(
      "R-C8: the last Actif central agent can neither be deactivated nor lose the role; another is"
          + " deactivated and reactivated, e-mailed and audited")
  void lastCentralAgentKept() throws Exception {
    long first = central();
    long second = central();
    String secondEmail = fixtures.reload(second).getEmail();
    List<Long> others = fixtures.leaveOnlyCentrals(List.of(first, second));
    try {
      assertThat(as(first).deactivate(second)).isEmpty();
      assertThat(fixtures.reload(second).getState()).isEqualTo(AccountState.INACTIF);
      assertThat(mail.await(secondEmail, "Compte utilisateur désactivé")).contains(secondEmail);

      // first is now the last Actif central agent.
      assertThat(as(first).deactivate(first)).containsExactly(AgentViolation.LAST_CENTRAL);
      assertThat(fixtures.reload(first).getState()).isEqualTo(AccountState.ACTIF);
      assertThat(as(first).deactivate(second)).containsExactly(AgentViolation.ALREADY_INACTIVE);

      assertThat(as(first).reactivate(second)).isEmpty();
      assertThat(fixtures.reload(second).getState()).isEqualTo(AccountState.ACTIF);
      assertThat(mail.await(secondEmail, "Compte utilisateur réactivé")).contains(secondEmail);

      // With two again, second may take AGENT_CENTRAL from first; then second is the last.
      assertThat(as(second).changeRoles(first, EnumSet.of(InternalRole.OPERATEUR))).isEmpty();
      assertThat(as(second).deactivate(second)).containsExactly(AgentViolation.LAST_CENTRAL);
      assertThat(as(second).reactivate(second)).containsExactly(AgentViolation.NOT_INACTIVE);

      assertThat(fixtures.auditOf(first, AuditAction.ACCOUNT_DEACTIVATED))
          .extracting(AuditEvent::getOutcome)
          .containsExactly(AuditOutcome.REFUSED);
      assertThat(fixtures.auditOf(second, AuditAction.ACCOUNT_DEACTIVATED))
          .extracting(AuditEvent::getOutcome)
          .containsExactly(AuditOutcome.SUCCESS, AuditOutcome.REFUSED, AuditOutcome.REFUSED);
      assertThat(fixtures.auditOf(second, AuditAction.ACCOUNT_REACTIVATED))
          .extracting(AuditEvent::getOutcome)
          .containsExactly(AuditOutcome.SUCCESS, AuditOutcome.REFUSED);
    } finally {
      fixtures.reactivateCentrals(others);
    }
  }
}
