package ca.qc.portail.menu;

import static ca.qc.portail.menu.MenuSection.ADMINISTRATION_SECURITE;
import static ca.qc.portail.menu.MenuSection.CENTRAL;
import static ca.qc.portail.menu.MenuSection.ECHANGE_SECURISE;
import static ca.qc.portail.menu.MenuSection.EMPLOYABILITE;
import static ca.qc.portail.menu.MenuSection.FACTURATION;
import static ca.qc.portail.menu.MenuSection.FERMETURE_SESSION;
import static ca.qc.portail.menu.MenuSection.FORMATION;
import static ca.qc.portail.menu.MenuSection.GESTION_AUTHENTIFICATION;
import static ca.qc.portail.menu.MenuSection.OPERATIONS;
import static org.assertj.core.api.Assertions.assertThat;

import ca.qc.portail.account.InternalRole;
import ca.qc.portail.account.Profile;
import ca.qc.portail.partner.MeasureFamily;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MenuRulesTest {

  @Test
  @DisplayName("R-M1: measure sections need the Individus profile and agreements of the family")
  void individusSectionsFollowAgreements() {
    assertThat(
            MenuRules.sections(
                Set.of(Profile.UTILISATEUR_INDIVIDUS),
                Set.of(),
                Set.of(MeasureFamily.FORMATION, MeasureFamily.FACTURATION)))
        .containsExactlyInAnyOrder(FORMATION, GESTION_AUTHENTIFICATION, FERMETURE_SESSION);
    assertThat(
            MenuRules.sections(
                Set.of(Profile.UTILISATEUR_ENTREPRISE),
                Set.of(),
                Set.of(MeasureFamily.FORMATION, MeasureFamily.EMPLOYABILITE)))
        .doesNotContain(FORMATION, EMPLOYABILITE, FACTURATION);
  }

  @Test
  @DisplayName("R-M1: online billing needs the Entreprise profile and billing agreements")
  void billingSection() {
    assertThat(
            MenuRules.sections(
                Set.of(Profile.UTILISATEUR_ENTREPRISE),
                Set.of(),
                Set.of(MeasureFamily.FACTURATION)))
        .contains(FACTURATION);
    assertThat(MenuRules.sections(Set.of(Profile.UTILISATEUR_ENTREPRISE), Set.of(), Set.of()))
        .doesNotContain(FACTURATION);
  }

  @Test
  @DisplayName("R-M1: security administration for principal and auxiliary officers only")
  void officersSection() {
    assertThat(MenuRules.sections(Set.of(Profile.RESPONSABLE_AUXILIAIRE), Set.of(), Set.of()))
        .contains(ADMINISTRATION_SECURITE);
    assertThat(MenuRules.sections(Set.of(Profile.UTILISATEUR_INDIVIDUS), Set.of(), Set.of()))
        .doesNotContain(ADMINISTRATION_SECURITE);
  }

  @Test
  @DisplayName(
      "R-M1, R-C8: internal sections for central agents and operators; their own password and"
          + " session closing always")
  void internalSections() {
    assertThat(MenuRules.sections(Set.of(), Set.of(InternalRole.AGENT_CENTRAL), Set.of()))
        .containsExactlyInAnyOrder(CENTRAL, GESTION_AUTHENTIFICATION, FERMETURE_SESSION);
    assertThat(
            MenuRules.sections(
                Set.of(), Set.of(InternalRole.OPERATEUR, InternalRole.PERSONNEL), Set.of()))
        .containsExactlyInAnyOrder(
            OPERATIONS, ECHANGE_SECURISE, GESTION_AUTHENTIFICATION, FERMETURE_SESSION);
  }

  @Test
  @DisplayName("R-M1, R-E1: Échange sécurisé for participants of a project and for staff only")
  void exchangeSection() {
    assertThat(MenuRules.sections(Set.of(), Set.of(InternalRole.PERSONNEL), Set.of()))
        .contains(ECHANGE_SECURISE);
    assertThat(MenuRules.sections(Set.of(Profile.UTILISATEUR_INDIVIDUS), Set.of(), Set.of(), true))
        .contains(ECHANGE_SECURISE);
    assertThat(MenuRules.sections(Set.of(Profile.UTILISATEUR_INDIVIDUS), Set.of(), Set.of()))
        .doesNotContain(ECHANGE_SECURISE);
    assertThat(MenuRules.sections(Set.of(), Set.of(InternalRole.AGENT_CENTRAL), Set.of()))
        .doesNotContain(ECHANGE_SECURISE);
  }
}
