package ca.qc.portail.security;

import ca.qc.portail.account.AccountState;
import ca.qc.portail.account.InternalRole;
import ca.qc.portail.account.Profile;
import ca.qc.portail.audit.AuditAction;
import ca.qc.portail.audit.AuditEvent;
import ca.qc.portail.audit.AuditOutcome;
import ca.qc.portail.audit.AuditRecord;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Who is calling a service: a signed-in account with its standing (state, partner, profiles,
 * internal roles), an anonymous visitor, or the system itself (jobs, timers), always with the
 * client address the request came from (none for the system). Made by {@link Callers} from the
 * container's principal and the request, never from an identifier the request carries.
 */
public record Caller(
    Long accountId,
    String loginName,
    String fullName,
    AccountState state,
    Long partnerId,
    Set<InternalRole> roles,
    Set<Profile> profiles,
    String address) {

  /** The actor of the records of callers without a session. */
  public static final String ANONYMOUS = "anonyme";

  private static final Caller SYSTEM =
      new Caller(null, AuditEvent.SYSTEM, null, null, null, Set.of(), Set.of(), null);

  public Caller {
    Objects.requireNonNull(loginName);
    roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    profiles = profiles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(profiles));
  }

  /** A signed-in account as it stands now. */
  public static Caller account(
      long accountId,
      String loginName,
      String fullName,
      AccountState state,
      Long partnerId,
      Set<InternalRole> roles,
      Set<Profile> profiles,
      String address) {
    return new Caller(
        accountId,
        loginName,
        fullName,
        Objects.requireNonNull(state),
        partnerId,
        roles,
        profiles,
        address);
  }

  /** A visitor without a session (login, registration, forgotten password). */
  public static Caller anonymous(String address) {
    return new Caller(null, ANONYMOUS, null, null, null, Set.of(), Set.of(), address);
  }

  /** The application itself: scheduled jobs, timers, start-up. */
  public static Caller system() {
    return SYSTEM;
  }

  public boolean isSignedIn() {
    return accountId != null;
  }

  public boolean isSystem() {
    return accountId == null && address == null && AuditEvent.SYSTEM.equals(loginName);
  }

  public boolean isActive() {
    return state == AccountState.ACTIF;
  }

  /** An Actif account holding an internal role (central agent, operator, staff). */
  public boolean isActiveWith(InternalRole role) {
    return isActive() && roles.contains(role);
  }

  /** R-S1: an Actif security officer (principal or auxiliary) of a partner. */
  public boolean isOfficer() {
    return isActive()
        && partnerId != null
        && profiles.stream().anyMatch(Profile::isSecurityOfficer);
  }

  /** R-S1: an Actif security officer of that very partner. */
  public boolean isOfficerOf(Long partner) {
    return isOfficer() && partnerId.equals(partner);
  }

  /** R-C1: an Actif agent of the central security group. */
  public boolean isCentral() {
    return isActiveWith(InternalRole.AGENT_CENTRAL);
  }

  /** R-M1: a partner's person with at least one profile (*Gestion de votre authentification*). */
  public boolean isPartnerUser() {
    return isSignedIn() && partnerId != null && !profiles.isEmpty();
  }

  /** An audit record of this caller's act: actor, account and address filled in. */
  public AuditRecord record(AuditAction action, AuditOutcome outcome) {
    return AuditRecord.of(action, outcome).by(loginName, accountId).from(address);
  }
}
