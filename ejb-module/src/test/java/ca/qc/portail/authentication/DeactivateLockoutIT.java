package ca.qc.portail.authentication;

import static org.assertj.core.api.Assertions.assertThat;

import ca.qc.portail.account.AccountState;
import ca.qc.portail.account.Profile;
import ca.qc.portail.account.UserAccount;
import ca.qc.portail.audit.AuditAction;
import ca.qc.portail.partner.MeasureFamily;
import ca.qc.portail.testing.CentralAlert;
import ca.qc.portail.testing.Deployments;
import ca.qc.portail.testing.Fixtures;
import ca.qc.portail.testing.TestCaller;
import jakarta.inject.Inject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * R-L3 in DEACTIVATE mode (2008), with R-D3, on PostgreSQL; the attempts come from anonymous
 * visitors ({@link TestCaller}).
 */
@ExtendWith(ArquillianExtension.class)
class DeactivateLockoutIT {

  private static final String PASSWORD = "Bon-Mot-de-passe-9";

  @Deployment
  static WebArchive deployment() {
    return Deployments.rules(
        "deactivate-it",
        List.of("mfa.email=false", "lockout.mode=DEACTIVATE"),
        DeactivateLockoutIT.class);
  }

  @Inject private LoginService login;
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

  private long user(long partner, String code, Profile... profiles) {
    return fixtures.account(
        partner, code, PASSWORD, fixtures.today().plusDays(60), AccountState.ACTIF, profiles);
  }

  @Test
  @DisplayName(
      "R-L3 (2008): 3 failures make the account Inactif; owner and officers e-mailed, 3 characters")
  void thirdFailureDeactivates() {
    long partner = fixtures.partner(MeasureFamily.EMPLOYABILITE);
    String officerCode = Fixtures.unique("off");
    user(partner, officerCode, Profile.RESPONSABLE_PRINCIPAL);
    String code = Fixtures.unique("usr");
    long id = user(partner, code, Profile.UTILISATEUR_INDIVIDUS);

    caller.from("192.0.2.3");
    for (int i = 0; i < 3; i++) {
      assertThat(login.authenticate(code, "Mauvais").outcome()).isEqualTo(LoginOutcome.INVALID);
    }

    UserAccount account = fixtures.reload(id);
    assertThat(account.getState()).isEqualTo(AccountState.INACTIF);
    assertThat(account.getStateReason()).isEqualTo("FAILED_LOGINS");
    assertThat(fixtures.auditOf(id, AuditAction.ACCOUNT_DEACTIVATED))
        .singleElement()
        .satisfies(e -> assertThat(e.getAddress()).isEqualTo("192.0.2.3"));
    assertThat(fixtures.textsTo(code))
        .anySatisfy(
            b ->
                assertThat(b)
                    .contains(
                        "Nous vous avisons que votre code d'utilisateur a été désactivé suite à"
                            + " plusieurs tentatives infructueuses d'identification avec des mots"
                            + " de passe invalides."));
    assertThat(fixtures.textsTo(officerCode))
        .singleElement()
        .satisfies(
            b ->
                assertThat(b)
                    .contains("le code utilisateur " + code.substring(0, 3) + " a été désactivé")
                    .doesNotContain(code));
    assertThat(login.authenticate(code, PASSWORD).outcome()).isEqualTo(LoginOutcome.INACTIVE);
  }

  @Test
  @DisplayName("R-D3: when the last active officer is deactivated, central is e-mailed")
  void lastOfficerDeactivatedAlertsCentral() {
    Fixtures.LoneOfficer officer = fixtures.loneOfficer(PASSWORD);

    for (int i = 0; i < 3; i++) {
      login.authenticate(officer.code(), "Mauvais");
    }

    assertThat(fixtures.reload(officer.id()).getState()).isEqualTo(AccountState.INACTIF);
    CentralAlert.assertSent(fixtures, officer);
  }

  @Test
  @DisplayName("R-D3: no alert while another officer remains active")
  void noAlertWhileAnOfficerRemains() {
    long partner = fixtures.partner(MeasureFamily.FORMATION);
    user(partner, Fixtures.unique("aux"), Profile.RESPONSABLE_AUXILIAIRE);
    String officer = Fixtures.unique("pri");
    long id = user(partner, officer, Profile.RESPONSABLE_PRINCIPAL);

    for (int i = 0; i < 3; i++) {
      login.authenticate(officer, "Mauvais");
    }

    assertThat(fixtures.reload(id).getState()).isEqualTo(AccountState.INACTIF);
    assertThat(fixtures.auditOf(id, AuditAction.CENTRAL_ALERTED)).isEmpty();
  }
}
