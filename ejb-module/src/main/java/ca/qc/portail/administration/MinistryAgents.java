package ca.qc.portail.administration;

import ca.qc.portail.account.AccountState;
import ca.qc.portail.account.Accounts;
import ca.qc.portail.account.InternalRole;
import ca.qc.portail.account.UserAccount;
import ca.qc.portail.audit.AuditAction;
import ca.qc.portail.audit.AuditLog;
import ca.qc.portail.audit.AuditOutcome;
import ca.qc.portail.audit.Phrase;
import ca.qc.portail.authentication.PasswordResets;
import ca.qc.portail.calendar.BusinessCalendar;
import ca.qc.portail.notification.MailTemplates;
import ca.qc.portail.notification.Outbox;
import ca.qc.portail.registration.Registration;
import ca.qc.portail.security.Caller;
import ca.qc.portail.security.Callers;
import ca.qc.portail.security.Requires;
import ca.qc.portail.security.Standing;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * R-C8: the ministry agents' accounts, kept by central (only an Actif AGENT_CENTRAL gets in, every
 * refusal audited). Central creates an agent (names, e-mail — the user name — and roles among
 * AGENT_CENTRAL, PERSONNEL, OPERATEUR), who gets an activation link by e-mail into the
 * forgot-password page (as R-A8); central changes roles, deactivates and reactivates. Every change
 * is audited and e-mailed to the agent in its transaction. {@link AgentRules} says what is refused:
 * own roles, and anything that would leave no Actif central agent — checked with the Actif central
 * agents' rows locked, so two agents acting at once cannot both remove "the other last one".
 */
@Stateless
@Requires(value = Standing.CENTRAL, operation = "Agents du ministère")
public class MinistryAgents {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

  @PersistenceContext private EntityManager em;
  @Inject private Callers callers;
  @Inject private Accounts accounts;
  @Inject private PasswordResets resets;
  @Inject private BusinessCalendar calendar;
  @Inject private Outbox outbox;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "APP_BASE_URL", defaultValue = "http://localhost:8080")
  String baseUrl;

  /** The outcome of a creation: the new account, or why nothing was created. */
  public record Creation(Long accountId, List<AgentViolation> violations) {
    public boolean succeeded() {
      return accountId != null;
    }
  }

  /** Lets central's page open: the declaration does it all. */
  public void checkAccess() {}

  /** Every ministry agent (accounts without a partner), by name. */
  public List<AgentRow> list() {
    return em
        .createQuery("SELECT a FROM UserAccount a WHERE a.partner IS NULL", UserAccount.class)
        .getResultList()
        .stream()
        .filter(a -> !a.getInternalRoles().isEmpty())
        .map(MinistryAgents::row)
        .sorted(
            Comparator.comparing(AgentRow::lastName, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(AgentRow::firstName, String.CASE_INSENSITIVE_ORDER))
        .toList();
  }

  /**
   * Creates an Actif agent without a password and e-mails the activation link, valid {@value
   * Registration#VALID_BUSINESS_DAYS} business days; after it, *Mot de passe oublié ?* gives
   * another.
   */
  public Creation create(String lastName, String firstName, String email, Set<InternalRole> roles) {
    Caller caller = callers.current();
    List<AgentViolation> violations = AgentRules.checkNew(lastName, firstName, email, roles);
    if (violations.isEmpty() && accounts.loginTaken(email.strip())) {
      violations = List.of(AgentViolation.EMAIL_TAKEN);
    }
    if (!violations.isEmpty()) {
      // Nothing typed is recorded: only what was wrong.
      audit.write(
          caller
              .record(AuditAction.ACCOUNT_CREATED, AuditOutcome.REFUSED)
              .detail(
                  "AGENT_CREATION_REFUSED", Phrase.keys(violations, AgentViolation::messageKey)));
      return new Creation(null, violations);
    }
    Instant now = clock.instant();
    UserAccount agent =
        new UserAccount(null, email.strip(), firstName.strip(), lastName.strip(), null, null, now);
    agent.replaceRoles(EnumSet.copyOf(roles));
    accounts.add(agent);
    LocalDate lastDay =
        calendar.plusBusinessDays(LocalDate.now(clock), Registration.VALID_BUSINESS_DAYS);
    String link =
        resets.activationLink(agent, lastDay.plusDays(1).atStartOfDay(clock.getZone()).toInstant());
    outbox.enqueue(
        MailTemplates.email(
            agent.getEmail(),
            agent.getPreferredLanguage(),
            "agentActivation",
            agent.getEmail(),
            link,
            DAY.format(lastDay),
            baseUrl + "/mot-de-passe-oublie.xhtml"));
    audit.write(
        caller
            .record(AuditAction.ACCOUNT_CREATED, AuditOutcome.SUCCESS)
            .on(agent.getId(), null)
            .detail(
                "AGENT_CREATED",
                Phrase.keys("agents.role.", agent.getInternalRoles()),
                DAY.format(lastDay)));
    return new Creation(agent.getId(), List.of());
  }

  /** Replaces the agent's roles with exactly {@code roles}; refused for one's own or the last. */
  public List<AgentViolation> changeRoles(long accountId, Set<InternalRole> roles) {
    Caller caller = callers.current();
    Optional<UserAccount> found = agent(accountId);
    if (found.isEmpty()) {
      return refused(
          caller, AuditAction.AGENT_ROLES_CHANGED, accountId, AgentViolation.NOT_AN_AGENT);
    }
    List<Long> centrals = lockActiveCentrals();
    UserAccount agent = found.get();
    accounts.lockForUpdate(agent);
    List<AgentViolation> violations =
        AgentRules.checkRoleChange(
            caller.accountId(),
            agent.getId(),
            agent.isActiveWith(InternalRole.AGENT_CENTRAL),
            roles,
            centrals.size());
    if (!violations.isEmpty()) {
      return refused(caller, AuditAction.AGENT_ROLES_CHANGED, accountId, violations.get(0));
    }
    String before = names(agent.getInternalRoles());
    // The agent's sessions carry the old roles: they end, and the next login has the new ones.
    agent.replaceRoles(EnumSet.copyOf(roles));
    String after = names(agent.getInternalRoles());
    outbox.enqueue(
        MailTemplates.email(
            agent.getEmail(), agent.getPreferredLanguage(), "agentRolesChanged", after));
    audit.write(
        caller
            .record(AuditAction.AGENT_ROLES_CHANGED, AuditOutcome.SUCCESS)
            .on(agent.getId(), null)
            .detail("AGENT_ROLES_CHANGED", before, after));
    return List.of();
  }

  /** Deactivates the agent: their sessions end, they are e-mailed; never the last central one. */
  public List<AgentViolation> deactivate(long accountId) {
    Caller caller = callers.current();
    Optional<UserAccount> found = agent(accountId);
    if (found.isEmpty()) {
      return refused(
          caller, AuditAction.ACCOUNT_DEACTIVATED, accountId, AgentViolation.NOT_AN_AGENT);
    }
    List<Long> centrals = lockActiveCentrals();
    UserAccount agent = found.get();
    accounts.lockForUpdate(agent);
    List<AgentViolation> violations =
        AgentRules.checkDeactivation(
            agent.getState(), agent.isActiveWith(InternalRole.AGENT_CENTRAL), centrals.size());
    if (!violations.isEmpty()) {
      return refused(caller, AuditAction.ACCOUNT_DEACTIVATED, accountId, violations.get(0));
    }
    agent.changeState(
        AccountState.INACTIF, "CENTRAL_DEACTIVATION", SecurityFile.CENTRAL_AUTHOR, clock.instant());
    outbox.enqueue(
        MailTemplates.email(
            agent.getEmail(), agent.getPreferredLanguage(), "agentDeactivated", agent.getEmail()));
    audit.write(
        caller
            .record(AuditAction.ACCOUNT_DEACTIVATED, AuditOutcome.SUCCESS)
            .on(agent.getId(), null)
            .detail("AGENT_DEACTIVATED"));
    return List.of();
  }

  /** Reactivates an Inactif agent, e-mailed. */
  public List<AgentViolation> reactivate(long accountId) {
    Caller caller = callers.current();
    Optional<UserAccount> found = agent(accountId);
    if (found.isEmpty()) {
      return refused(
          caller, AuditAction.ACCOUNT_REACTIVATED, accountId, AgentViolation.NOT_AN_AGENT);
    }
    UserAccount agent = found.get();
    accounts.lockForUpdate(agent);
    List<AgentViolation> violations = AgentRules.checkReactivation(agent.getState());
    if (!violations.isEmpty()) {
      return refused(caller, AuditAction.ACCOUNT_REACTIVATED, accountId, violations.get(0));
    }
    agent.changeState(
        AccountState.ACTIF, "CENTRAL_REACTIVATION", SecurityFile.CENTRAL_AUTHOR, clock.instant());
    agent.resetFailedLogins();
    outbox.enqueue(
        MailTemplates.email(
            agent.getEmail(), agent.getPreferredLanguage(), "agentReactivated", agent.getEmail()));
    audit.write(
        caller
            .record(AuditAction.ACCOUNT_REACTIVATED, AuditOutcome.SUCCESS)
            .on(agent.getId(), null)
            .detail("AGENT_REACTIVATED"));
    return List.of();
  }

  private List<AgentViolation> refused(
      Caller caller, AuditAction action, long accountId, AgentViolation violation) {
    audit.write(
        caller
            .record(action, AuditOutcome.REFUSED)
            .on(accountId, null)
            .detail("AGENT_CHANGE_REFUSED", Phrase.keys(List.of(violation.messageKey()))));
    return List.of(violation);
  }

  /** The agent's account: no partner, at least one internal role. */
  private Optional<UserAccount> agent(long accountId) {
    return accounts
        .find(accountId)
        .filter(a -> a.getPartner() == null && !a.getInternalRoles().isEmpty());
  }

  /**
   * The Actif central agents' identifiers, their rows locked until commit, always in the same order
   * (no deadlock between two such changes).
   */
  private List<Long> lockActiveCentrals() {
    return em
        .createQuery(
            "SELECT a FROM UserAccount a WHERE :role MEMBER OF a.internalRoles AND a.state = :active"
                + " ORDER BY a.id",
            UserAccount.class)
        .setParameter("role", InternalRole.AGENT_CENTRAL)
        .setParameter("active", AccountState.ACTIF)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList()
        .stream()
        .map(UserAccount::getId)
        .toList();
  }

  private static String names(Set<InternalRole> roles) {
    return roles.stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
  }

  private static AgentRow row(UserAccount a) {
    return new AgentRow(
        a.getId(),
        a.getLastName(),
        a.getFirstName(),
        a.getEmail(),
        a.getInternalRoles(),
        a.getState(),
        a.getPasswordHash() != null,
        a.isTotpEnrolled(),
        a.getLastAccessAt());
  }
}
