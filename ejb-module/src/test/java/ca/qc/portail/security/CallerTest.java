package ca.qc.portail.security;

import static org.assertj.core.api.Assertions.assertThat;

import ca.qc.portail.account.AccountState;
import ca.qc.portail.account.InternalRole;
import ca.qc.portail.account.Profile;
import ca.qc.portail.audit.AuditEvent;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** R-S1, R-C1, R-M1: what each standing asks of a caller, decided in one place. */
class CallerTest {

  private static Caller person(AccountState state, Long partner, Set<Profile> profiles) {
    return Caller.account(
        7L, "jdoe", "Jeanne Doe", state, partner, Set.of(), profiles, "192.0.2.1");
  }

  private static Caller agent(AccountState state, InternalRole role) {
    return Caller.account(
        8L, "agent@test.example", "A Gent", state, null, Set.of(role), Set.of(), "192.0.2.2");
  }

  @Test
  @DisplayName("R-S1: an officer is an Actif holder of an officer profile with a partner")
  void officer() {
    Caller principal = person(AccountState.ACTIF, 3L, Set.of(Profile.RESPONSABLE_PRINCIPAL));
    Caller auxiliary = person(AccountState.ACTIF, 3L, Set.of(Profile.RESPONSABLE_AUXILIAIRE));
    assertThat(Standing.OFFICER.heldBy(principal)).isTrue();
    assertThat(Standing.OFFICER.heldBy(auxiliary)).isTrue();
    assertThat(principal.isOfficerOf(3L)).isTrue();
    assertThat(principal.isOfficerOf(4L)).isFalse();
    assertThat(principal.isOfficerOf(null)).isFalse();
    for (AccountState state :
        new AccountState[] {AccountState.INACTIF, AccountState.VERROUILLE, AccountState.EXPIRE}) {
      assertThat(Standing.OFFICER.heldBy(person(state, 3L, Set.of(Profile.RESPONSABLE_PRINCIPAL))))
          .as(state.name())
          .isFalse();
    }
    assertThat(
            Standing.OFFICER.heldBy(
                person(AccountState.ACTIF, 3L, Set.of(Profile.UTILISATEUR_INDIVIDUS))))
        .isFalse();
  }

  @Test
  @DisplayName("R-C1: central, operators and staff are Actif holders of their internal role")
  void internalRoles() {
    assertThat(Standing.CENTRAL.heldBy(agent(AccountState.ACTIF, InternalRole.AGENT_CENTRAL)))
        .isTrue();
    assertThat(Standing.CENTRAL.heldBy(agent(AccountState.INACTIF, InternalRole.AGENT_CENTRAL)))
        .isFalse();
    assertThat(Standing.CENTRAL.heldBy(agent(AccountState.ACTIF, InternalRole.OPERATEUR)))
        .isFalse();
    assertThat(Standing.OPERATOR.heldBy(agent(AccountState.ACTIF, InternalRole.OPERATEUR)))
        .isTrue();
    assertThat(Standing.STAFF.heldBy(agent(AccountState.ACTIF, InternalRole.PERSONNEL))).isTrue();
    assertThat(Standing.STAFF.heldBy(agent(AccountState.EXPIRE, InternalRole.PERSONNEL))).isFalse();
  }

  @Test
  @DisplayName("R-M1: a partner user has a partner and a profile; an agent is not one")
  void partnerUser() {
    assertThat(
            Standing.PARTNER_USER.heldBy(
                person(AccountState.ACTIF, 3L, Set.of(Profile.UTILISATEUR_ENTREPRISE))))
        .isTrue();
    assertThat(Standing.PARTNER_USER.heldBy(person(AccountState.ACTIF, 3L, Set.of()))).isFalse();
    assertThat(Standing.PARTNER_USER.heldBy(agent(AccountState.ACTIF, InternalRole.AGENT_CENTRAL)))
        .isFalse();
  }

  @Test
  @DisplayName(
      "R-U1: anonymous callers hold no standing, the system only its own; both named in audits")
  void anonymousAndSystem() {
    Caller anonymous = Caller.anonymous("203.0.113.9");
    for (Standing standing : Standing.values()) {
      assertThat(standing.heldBy(anonymous)).as(standing.name()).isFalse();
      assertThat(standing.heldBy(Caller.system()))
          .as(standing.name())
          .isEqualTo(standing == Standing.SYSTEM);
    }
    assertThat(anonymous.loginName()).isEqualTo(Caller.ANONYMOUS);
    assertThat(anonymous.address()).isEqualTo("203.0.113.9");
    assertThat(Caller.system().loginName()).isEqualTo(AuditEvent.SYSTEM);
    assertThat(Caller.system().address()).isNull();
    assertThat(Caller.system().isSystem()).isTrue();
    assertThat(anonymous.isSystem()).isFalse();
  }
}
