package ca.qc.portail.security;

import ca.qc.portail.account.AccountState;
import ca.qc.portail.account.InternalRole;
import ca.qc.portail.account.Profile;
import ca.qc.portail.audit.AuditAction;
import ca.qc.portail.audit.AuditLog;
import ca.qc.portail.audit.AuditOutcome;
import ca.qc.portail.audit.AuditRecord;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The one place that says who is calling (R-S1, R-U1): always the container's principal and the
 * request's address through {@link CallerIdentity}, never an identifier from the request, and the
 * one place that writes the audit record of a refusal before {@link AccessRefusedException}.
 */
@Stateless
@PermitAll
public class Callers {

  /** The longest page address recorded (the address comes from the browser). */
  static final int MAX_PAGE_LENGTH = 300;

  @PersistenceContext private EntityManager em;
  @Inject private CallerIdentity identity;
  @Inject private CallerStack stack;
  @Inject private AuditLog audit;
  @Inject private ClientThrottle throttle;

  /**
   * The caller of the running operation: the one {@link RequiresInterceptor} checked, or, outside
   * any {@link Requires} operation, the caller as it stands now.
   */
  public Caller current() {
    try {
      Caller checked = stack.top();
      if (checked != null) {
        return checked;
      }
    } catch (ContextNotActiveException e) {
      // No request: a job's thread.
    }
    return load();
  }

  /** The caller as it stands now, read in one query; the system outside any request. */
  public Caller load() {
    String address = identity.address();
    Optional<Long> id = identity.accountId();
    if (id.isEmpty()) {
      return address == null ? Caller.system() : Caller.anonymous(address);
    }
    return account(id.get(), address);
  }

  /**
   * The account as a caller outside any request: for the system's seeding on a person's behalf (the
   * demo data), never for a request, whose caller is always {@link #current()}.
   */
  public Caller of(long accountId) {
    Caller caller = account(accountId, null);
    if (!caller.isSignedIn()) {
      throw new IllegalArgumentException("No account " + accountId);
    }
    return caller;
  }

  private Caller account(long id, String address) {
    List<Object[]> rows =
        em.createQuery(
                "SELECT a.userCode, a.email, a.firstName, a.lastName, a.state, p.id, r, f"
                    + " FROM UserAccount a LEFT JOIN a.partner p LEFT JOIN a.internalRoles r"
                    + " LEFT JOIN a.profiles f WHERE a.id = :id",
                Object[].class)
            .setParameter("id", id)
            .getResultList();
    if (rows.isEmpty()) {
      return Caller.anonymous(address);
    }
    Set<InternalRole> roles = EnumSet.noneOf(InternalRole.class);
    Set<Profile> profiles = EnumSet.noneOf(Profile.class);
    for (Object[] row : rows) {
      if (row[6] != null) {
        roles.add((InternalRole) row[6]);
      }
      if (row[7] != null) {
        profiles.add((Profile) row[7]);
      }
    }
    Object[] first = rows.get(0);
    String userCode = (String) first[0];
    return Caller.account(
        id,
        userCode != null ? userCode : (String) first[1],
        first[2] + " " + first[3],
        (AccountState) first[4],
        (Long) first[5],
        roles,
        profiles,
        address);
  }

  /** Records that the web tier refused {@code page} to the caller (signed in or not). */
  public void pageRefused(String page) {
    String shown =
        page == null || page.length() <= MAX_PAGE_LENGTH
            ? page
            : page.substring(0, MAX_PAGE_LENGTH) + "…";
    Caller caller = load();
    // A page has no target account: the caller is the actor, not the *Compte visé* (issue 13,
    // point 12); the partner stays, so the partner's refusals can be found.
    write(
        caller,
        caller
            .record(AuditAction.ACCESS_REFUSED, AuditOutcome.REFUSED)
            .on(null, caller.partnerId())
            .detail("PAGE_REFUSED", shown));
  }

  /**
   * Audits the refusal of {@code operation} to {@code caller} ({@code why} says what was missing),
   * then throws {@link AccessRefusedException}. For the few refusals a declaration cannot make:
   * what the caller asked for decides (a section of the menu, a request's state).
   */
  public AccessRefusedException refuse(Caller caller, String operation, String why) {
    return refuse(caller, operation, why, AccessRefusedException::new);
  }

  /**
   * As {@link #refuse(Caller, String, String)}, the exception made by {@code as} from its message:
   * one that tells the page why, say.
   */
  public <E extends AccessRefusedException> E refuse(
      Caller caller, String operation, String why, Function<String, E> as) {
    write(
        caller,
        caller
            .record(AuditAction.ACCESS_REFUSED, AuditOutcome.REFUSED)
            .on(caller.accountId(), caller.partnerId())
            .detail("OPERATION_REFUSED", operation, why));
    throw as.apply(operation + " refused: " + why);
  }

  /**
   * Audits that {@code caller} asked for {@code what}, outside their scope, then throws {@link
   * OutOfScopeException} (answered as "not found").
   */
  public OutOfScopeException outOfScope(
      Caller caller, String operation, String what, Long targetAccount, Long targetPartner) {
    write(
        caller,
        caller
            .record(AuditAction.ACCESS_REFUSED, AuditOutcome.REFUSED)
            .on(targetAccount, targetPartner)
            .detail("OUT_OF_SCOPE", operation, what));
    throw new OutOfScopeException(operation + " out of scope: " + what);
  }

  /**
   * Writes the record of a refusal; a visitor without a session makes it through {@link
   * ClientThrottle}, which bounds how many such records one address can cause (finding #12 of issue
   * 12).
   */
  private void write(Caller caller, AuditRecord record) {
    if (caller.isSignedIn() || caller.isSystem()) {
      audit.write(record);
    } else {
      throttle.auditRefusal(caller.address(), record);
    }
  }

  /** The partner of an account; empty when the account does not exist or has no partner. */
  public Optional<Long> partnerOf(long accountId) {
    return em.createQuery("SELECT a.partner.id FROM UserAccount a WHERE a.id = :id", Long.class)
        .setParameter("id", accountId)
        .getResultStream()
        .filter(Objects::nonNull)
        .findFirst();
  }
}
