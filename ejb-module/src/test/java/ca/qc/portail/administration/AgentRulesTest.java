package ca.qc.portail.administration;

import static ca.qc.portail.account.InternalRole.AGENT_CENTRAL;
import static ca.qc.portail.account.InternalRole.OPERATEUR;
import static ca.qc.portail.account.InternalRole.PERSONNEL;
import static org.assertj.core.api.Assertions.assertThat;

import ca.qc.portail.account.AccountState;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** R-C8: what central may do to ministry agents' accounts. */
class AgentRulesTest {

  @Test
  @DisplayName("R-C8: a new agent needs names, a well-formed e-mail and at least one role")
  void newAgent() {
    assertThat(AgentRules.checkNew("Roy", "Olivier", "olivier.roy@mes.example", Set.of(OPERATEUR)))
        .isEmpty();
    assertThat(AgentRules.checkNew(" ", "Olivier\u0000", "pas-une-adresse", Set.of()))
        .containsExactly(
            AgentViolation.LAST_NAME_INVALID,
            AgentViolation.FIRST_NAME_INVALID,
            AgentViolation.EMAIL_INVALID,
            AgentViolation.ROLES_REQUIRED);
    assertThat(AgentRules.checkNew("Côté\u202e", "Ève", "eve@mes.example", Set.of(PERSONNEL)))
        .as("a bidi override is a control character")
        .containsExactly(AgentViolation.LAST_NAME_INVALID);
    assertThat(AgentRules.checkNew("Zhāng 张", "Ōkami", "z@mes.example", Set.of(PERSONNEL)))
        .as("letters of every script")
        .isEmpty();
  }

  @Test
  @DisplayName("R-C8: nobody changes their own roles")
  void ownRoles() {
    assertThat(AgentRules.checkRoleChange(7, 7, true, Set.of(AGENT_CENTRAL, OPERATEUR), 5))
        .containsExactly(AgentViolation.OWN_ROLES);
  }

  @Test
  @DisplayName("R-C8: the last Actif central agent keeps AGENT_CENTRAL; another one may lose it")
  void lastCentralKeepsTheRole() {
    assertThat(AgentRules.checkRoleChange(1, 2, true, Set.of(OPERATEUR), 1))
        .containsExactly(AgentViolation.LAST_CENTRAL);
    assertThat(AgentRules.checkRoleChange(1, 2, true, Set.of(OPERATEUR), 2)).isEmpty();
    assertThat(AgentRules.checkRoleChange(1, 2, false, Set.of(OPERATEUR), 1))
        .as("the target is not a central agent now")
        .isEmpty();
    assertThat(AgentRules.checkRoleChange(1, 2, true, Set.of(), 3))
        .containsExactly(AgentViolation.ROLES_REQUIRED);
  }

  @Test
  @DisplayName("R-C8: the last Actif central agent is not deactivated; only Inactif is reactivated")
  void deactivationAndReactivation() {
    assertThat(AgentRules.checkDeactivation(AccountState.ACTIF, true, 1))
        .containsExactly(AgentViolation.LAST_CENTRAL);
    assertThat(AgentRules.checkDeactivation(AccountState.ACTIF, true, 2)).isEmpty();
    assertThat(AgentRules.checkDeactivation(AccountState.ACTIF, false, 1)).isEmpty();
    assertThat(AgentRules.checkDeactivation(AccountState.INACTIF, false, 1))
        .containsExactly(AgentViolation.ALREADY_INACTIVE);
    assertThat(AgentRules.checkReactivation(AccountState.INACTIF)).isEmpty();
    assertThat(AgentRules.checkReactivation(AccountState.ACTIF))
        .containsExactly(AgentViolation.NOT_INACTIVE);
  }
}
