package ca.qc.portail.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RestrictedSectionsTest {

  @Test
  @DisplayName("R-S1: the officers', central's and operators' sections have the roles of web.xml")
  void sectionsAndRoles() {
    assertThat(RestrictedSections.rolesFor("/app/securite/dossier.xhtml"))
        .contains(Set.of("RESPONSABLE_PRINCIPAL", "RESPONSABLE_AUXILIAIRE"));
    assertThat(RestrictedSections.rolesFor("/app/central/audit.csv"))
        .contains(Set.of("AGENT_CENTRAL"));
    assertThat(RestrictedSections.rolesFor("/app/operations/index.xhtml"))
        .contains(Set.of("OPERATEUR"));
  }

  @Test
  @DisplayName("Other pages, and look-alike addresses, are in no restricted section")
  void otherPages() {
    assertThat(RestrictedSections.rolesFor("/app/accueil.xhtml")).isEmpty();
    assertThat(RestrictedSections.rolesFor("/app/securite")).isEmpty();
    assertThat(RestrictedSections.rolesFor("/app/centrale/index.xhtml")).isEmpty();
    assertThat(RestrictedSections.rolesFor("/connexion.xhtml")).isEmpty();
    assertThat(RestrictedSections.rolesFor(null)).isEmpty();
  }
}
