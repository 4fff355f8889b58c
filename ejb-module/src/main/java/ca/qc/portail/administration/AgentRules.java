package ca.qc.portail.administration;

import ca.qc.portail.account.AccountState;
import ca.qc.portail.account.InternalRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * R-C8: what central may do to ministry agents' accounts. Names are required, at most 100
 * characters and free of control characters; the e-mail address is well formed (it is the user
 * name); at least one role. Nobody changes their own roles, and the last Actif central agent can
 * neither be deactivated nor lose AGENT_CENTRAL, so central always keeps someone.
 */
public final class AgentRules {

  private static final int MAX_NAME = 100;
  // The same shape as the security files' (R-C5).
  private static final Pattern EMAIL =
      Pattern.compile(
          "[A-Za-z0-9._%+'-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]");

  private AgentRules() {}

  /** A new agent's name, e-mail and roles. */
  public static List<AgentViolation> checkNew(
      String lastName, String firstName, String email, Set<InternalRole> roles) {
    List<AgentViolation> violations = new ArrayList<>();
    if (!validName(lastName)) {
      violations.add(AgentViolation.LAST_NAME_INVALID);
    }
    if (!validName(firstName)) {
      violations.add(AgentViolation.FIRST_NAME_INVALID);
    }
    if (email == null
        || email.isBlank()
        || email.strip().length() > 254
        || !EMAIL.matcher(email.strip()).matches()) {
      violations.add(AgentViolation.EMAIL_INVALID);
    }
    if (roles == null || roles.isEmpty()) {
      violations.add(AgentViolation.ROLES_REQUIRED);
    }
    return List.copyOf(violations);
  }

  /**
   * A change of {@code target}'s roles to {@code newRoles} by {@code caller}.
   *
   * @param targetIsActiveCentral the target is an Actif holder of AGENT_CENTRAL now
   * @param activeCentrals how many Actif central agents there are now, the target included
   */
  public static List<AgentViolation> checkRoleChange(
      long caller,
      long target,
      boolean targetIsActiveCentral,
      Set<InternalRole> newRoles,
      long activeCentrals) {
    if (caller == target) {
      return List.of(AgentViolation.OWN_ROLES);
    }
    if (newRoles == null || newRoles.isEmpty()) {
      return List.of(AgentViolation.ROLES_REQUIRED);
    }
    if (targetIsActiveCentral
        && !newRoles.contains(InternalRole.AGENT_CENTRAL)
        && activeCentrals <= 1) {
      return List.of(AgentViolation.LAST_CENTRAL);
    }
    return List.of();
  }

  /** A deactivation of an agent in {@code state}; the counts as for {@link #checkRoleChange}. */
  public static List<AgentViolation> checkDeactivation(
      AccountState state, boolean targetIsActiveCentral, long activeCentrals) {
    if (state == AccountState.INACTIF) {
      return List.of(AgentViolation.ALREADY_INACTIVE);
    }
    if (targetIsActiveCentral && activeCentrals <= 1) {
      return List.of(AgentViolation.LAST_CENTRAL);
    }
    return List.of();
  }

  /** Only an Inactif agent is reactivated. */
  public static List<AgentViolation> checkReactivation(AccountState state) {
    return state == AccountState.INACTIF ? List.of() : List.of(AgentViolation.NOT_INACTIVE);
  }

  private static boolean validName(String name) {
    return name != null
        && !name.isBlank()
        && name.strip().length() <= MAX_NAME
        && !CONTROL.matcher(name).find();
  }
}
