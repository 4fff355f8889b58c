package ca.qc.portail.accessrequest;

import static org.assertj.core.api.Assertions.assertThat;

import ca.qc.portail.account.AccountState;
import ca.qc.portail.account.Profile;
import ca.qc.portail.account.UserAccount;
import ca.qc.portail.audit.AuditAction;
import ca.qc.portail.authentication.LoginOutcome;
import ca.qc.portail.authentication.LoginService;
import ca.qc.portail.authentication.PasswordResets;
import ca.qc.portail.partner.MeasureFamily;
import ca.qc.portail.testing.Deployments;
import ca.qc.portail.testing.Fixtures;
import ca.qc.portail.testing.TestCaller;
import ca.qc.portail.testing.WithSmtpMailbox;
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

/** R-A8 {@code registration.mode: ACTIVATION_LINK} (2021) on PostgreSQL, with GreenMail. */
@ExtendWith(ArquillianExtension.class)
class ActivationLinkIT extends WithSmtpMailbox {

  private static final Pattern LINK = Pattern.compile("jeton=([A-Za-z0-9_-]+)");

  @Deployment
  static WebArchive deployment() {
    return Deployments.withSmtp(
        Deployments.rules(
            "activation-link-it",
            List.of("mfa.email=false", "registration.mode=ACTIVATION_LINK"),
            ActivationLinkIT.class,
            AccessRequestIT.class,
            AccessRequestRecords.class,
            AccessRequestFormRulesTest.class,
            AccessRequestFormRulesTest.Builder.class));
  }

  @Inject private AccessRequestSubmissions submissions;
  @Inject private AccessRequestQueue queue;
  @Inject private AccessRequestRecords records;
  @Inject private TestCaller caller;
  @Inject private PasswordResets resets;
  @Inject private LoginService login;
  @Inject private Fixtures fixtures;

  @Test
  @DisplayName(
      "R-A8: approval e-mails an activation link; the password set through the reset flow makes"
          + " the account usable with the e-mail address as user code")
  void approvalSendsActivationLink() throws Exception {
    long partner = fixtures.partner(MeasureFamily.FORMATION);
    String principal = Fixtures.unique("pri");
    long officer =
        fixtures.account(
            partner,
            principal,
            "Bon-Mot-de-passe-9",
            fixtures.today().plusDays(90),
            AccountState.ACTIF,
            Profile.RESPONSABLE_PRINCIPAL);
    long agent = fixtures.agent(Fixtures.unique("agt"));
    String email = Fixtures.unique("act") + "@test.example";
    LocalDate today = fixtures.today();
    AccessRequestForm form =
        new AccessRequestFormRulesTest.Builder(AccessRequestFormRulesTest.valid())
            .with(
                f ->
                    f.email(email)
                        .declaration(true, today)
                        .expiry(today.plusMonths(6))
                        .approver(principal + "@test.example", ApproverRole.RESPONSABLE_SECURITE))
            .build();
    long id = caller.as(officer, () -> submissions.submit(partner, form)).requestId();

    assertThat(caller.as(agent, () -> queue.approve(id))).isEmpty();

    String activation = mail.await(email, "Activation de votre compte utilisateur");
    assertThat(activation)
        .contains("Votre nom d'utilisateur est votre adresse courriel : " + email)
        .contains("/nouveau-mot-de-passe.xhtml?jeton=")
        .contains("Mot de passe oublié ?");
    assertThat(
            mail.await(
                principal + "@test.example", "Accès accordé à un employé de votre organisme"))
        .contains("Le Groupe central de la sécurité vient d'accorder un accès à un employé");
    assertThat(mail.receivedBy(email)).hasSize(1);
    long accountId = records.request(id).getAccountId();
    assertThat(fixtures.registrationCodesOf(accountId)).as("no registration code").isEmpty();
    assertThat(fixtures.auditOf(accountId, AuditAction.ACTIVATION_LINK_SENT)).hasSize(1);
    assertThat(login.authenticate(email, "Tulipe-Rouge-47!").outcome())
        .isEqualTo(LoginOutcome.INVALID);

    Matcher token = LINK.matcher(activation);
    assertThat(token.find()).isTrue();
    assertThat(resets.accountOf(token.group(1))).contains(accountId);
    assertThat(resets.complete(token.group(1), "Tulipe-Rouge-47!", "Tulipe-Rouge-47!")).isEmpty();

    assertThat(login.authenticate(email, "Tulipe-Rouge-47!").outcome())
        .isEqualTo(LoginOutcome.SUCCESS);
    UserAccount account = fixtures.reload(accountId);
    assertThat(account.getUserCode()).isNull();
    assertThat(account.loginName()).isEqualTo(email);
    assertThat(resets.accountOf(token.group(1))).as("single use").isEmpty();
  }
}
