package ca.qc.portail.administration;

import ca.qc.portail.account.AccountState;
import ca.qc.portail.account.InternalRole;
import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/**
 * A ministry agent as central's list shows it (R-C8).
 *
 * @param activated whether the agent has set a password through the activation link
 * @param authenticator whether an authenticator app is enrolled
 */
public record AgentRow(
    long id,
    String lastName,
    String firstName,
    String email,
    Set<InternalRole> roles,
    AccountState state,
    boolean activated,
    boolean authenticator,
    Instant lastAccess)
    implements Serializable {

  public AgentRow {
    roles = Set.copyOf(roles);
  }

  public String fullName() {
    return firstName + " " + lastName;
  }

  public boolean has(String role) {
    return roles.stream().anyMatch(r -> r.name().equals(role));
  }
}
