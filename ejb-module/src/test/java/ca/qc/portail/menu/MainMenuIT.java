package ca.qc.portail.menu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.qc.portail.account.AccountState;
import ca.qc.portail.account.Profile;
import ca.qc.portail.audit.AuditAction;
import ca.qc.portail.audit.AuditEvent;
import ca.qc.portail.audit.AuditOutcome;
import ca.qc.portail.partner.MeasureFamily;
import ca.qc.portail.security.AccessRefusedException;
import ca.qc.portail.security.Caller;
import ca.qc.portail.testing.Deployments;
import ca.qc.portail.testing.Fixtures;
import ca.qc.portail.testing.TestCaller;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The main menu (R-M1) on PostgreSQL, called as the account each test chooses ({@link TestCaller}):
 * the sections come from the caller's own profiles, roles and partner, and a measure section the
 * menu does not show is refused on the server, the attempt audited.
 */
@ExtendWith(ArquillianExtension.class)
class MainMenuIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.rules("main-menu-it", MainMenuIT.class);
  }

  @Inject private MainMenu menu;
  @Inject private TestCaller caller;
  @Inject private Fixtures fixtures;

  @AfterEach
  void noCaller() {
    caller.reset();
  }

  /** The menu, called by that account from now on. */
  private MainMenu as(long account) {
    caller.actAs(account);
    return menu;
  }

  private long person(long partner, Profile... profiles) {
    return fixtures.account(
        partner,
        Fixtures.unique("m"),
        "Mot-De-Passe-1",
        fixtures.today().plusDays(90),
        AccountState.ACTIF,
        profiles);
  }

  @Test
  @DisplayName(
      "R-M1: an Individus user sees the measure sections of their partner's agreements and lists"
          + " those agreements only, not another partner's")
  void partnerUserSeesOwnAgreements() {
    long partner = fixtures.partner(MeasureFamily.FORMATION, MeasureFamily.FACTURATION);
    long other = fixtures.partner(MeasureFamily.FORMATION);
    long user = person(partner, Profile.UTILISATEUR_INDIVIDUS);
    String othersAgreement =
        caller.as(
            person(other, Profile.UTILISATEUR_INDIVIDUS),
            () -> menu.agreements(MenuSection.FORMATION).get(0).number());

    assertThat(as(user).sections())
        .containsExactlyInAnyOrder(
            MenuSection.FORMATION,
            MenuSection.GESTION_AUTHENTIFICATION,
            MenuSection.FERMETURE_SESSION);
    assertThat(as(user).agreements(MenuSection.FORMATION))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.family()).isEqualTo(MeasureFamily.FORMATION);
              assertThat(a.number()).startsWith("E0-").isNotEqualTo(othersAgreement);
            });
    assertThat(fixtures.auditOf(user, AuditAction.ACCESS_REFUSED)).isEmpty();
  }

  @Test
  @DisplayName(
      "R-M1: a section the menu does not show — no agreement of the family, not a measure"
          + " section, or an internal caller — is refused and audited")
  void hiddenSectionRefused() {
    long partner = fixtures.partner(MeasureFamily.FORMATION);
    long user = person(partner, Profile.UTILISATEUR_INDIVIDUS);
    long billing = person(partner, Profile.UTILISATEUR_ENTREPRISE);
    long agent = fixtures.agent(Fixtures.unique("agt"));

    assertThatThrownBy(() -> as(user).agreements(MenuSection.EMPLOYABILITE))
        .isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(() -> as(user).agreements(MenuSection.GESTION_AUTHENTIFICATION))
        .isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(() -> as(billing).agreements(MenuSection.FORMATION))
        .isInstanceOf(AccessRefusedException.class);
    assertThat(as(agent).sections())
        .containsExactlyInAnyOrder(
            MenuSection.CENTRAL,
            MenuSection.GESTION_AUTHENTIFICATION,
            MenuSection.FERMETURE_SESSION);
    assertThatThrownBy(() -> as(agent).agreements(MenuSection.FORMATION))
        .isInstanceOf(AccessRefusedException.class);

    assertThat(fixtures.auditOf(user, AuditAction.ACCESS_REFUSED))
        .allSatisfy(
            e -> {
              assertThat(e.getOutcome()).isEqualTo(AuditOutcome.REFUSED);
              assertThat(e.getActorAccountId()).isEqualTo(user);
              assertThat(e.getPartnerId()).isEqualTo(partner);
              assertThat(e.getAddress()).isEqualTo(TestCaller.ADDRESS);
            })
        .extracting(AuditEvent::getDetail)
        .containsExactly(
            "OPERATION_REFUSED|Liste des contrats/ententes|section EMPLOYABILITE absente du menu",
            "OPERATION_REFUSED|Liste des contrats/ententes|section GESTION_AUTHENTIFICATION absente"
                + " du menu");
    assertThat(fixtures.auditOf(billing, AuditAction.ACCESS_REFUSED)).hasSize(1);
    assertThat(fixtures.auditOf(agent, AuditAction.ACCESS_REFUSED))
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.getDetail())
                    .isEqualTo(
                        "OPERATION_REFUSED|Liste des contrats/ententes|section FORMATION absente du menu"));
  }

  @Test
  @DisplayName(
      "R-M1/R-U1: without a session the menu and its lists are refused, audited « anonyme »")
  void anonymousRefused() {
    long before = fixtures.anonymousRefusals();

    caller.anonymous();
    assertThatThrownBy(() -> menu.sections()).isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(() -> menu.agreements(MenuSection.FORMATION))
        .isInstanceOf(AccessRefusedException.class);

    assertThat(fixtures.anonymousRefusals()).isEqualTo(before + 2);
    AuditEvent last = fixtures.lastAudit();
    assertThat(last.getActor()).isEqualTo(Caller.ANONYMOUS);
    assertThat(last.getDetail())
        .isEqualTo("OPERATION_REFUSED|Liste des contrats/ententes|@standing.anonymous");
  }
}
