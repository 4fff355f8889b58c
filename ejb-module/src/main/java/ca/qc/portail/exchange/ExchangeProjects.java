package ca.qc.portail.exchange;

import ca.qc.portail.account.AccountState;
import ca.qc.portail.account.InternalRole;
import ca.qc.portail.account.UserAccount;
import ca.qc.portail.audit.AuditAction;
import ca.qc.portail.audit.AuditLog;
import ca.qc.portail.audit.AuditOutcome;
import ca.qc.portail.audit.Phrase;
import ca.qc.portail.partner.Partner;
import ca.qc.portail.security.Caller;
import ca.qc.portail.security.Callers;
import ca.qc.portail.security.Requires;
import ca.qc.portail.security.Standing;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The exchange's projects (R-E1): Actif ministry staff ({@code PERSONNEL}) create them and choose
 * their members (Actif accounts of the project's partner) and responsables (Actif staff); staff and
 * central see them all; everyone sees the projects they take part in, and the main menu shows
 * *Échange sécurisé* to whoever takes part in one (R-M1). Each change is audited.
 */
@Stateless
@Requires(value = Standing.STAFF, operation = "Gestion des projets d'échange")
public class ExchangeProjects {

  @PersistenceContext private EntityManager em;
  @Inject private Callers callers;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "exchange.quota.downloads", defaultValue = "10")
  int defaultDownloadQuota;

  @Inject
  @ConfigProperty(name = "exchange.quota.uploads", defaultValue = "10")
  int defaultUploadQuota;

  @Inject
  @ConfigProperty(name = "exchange.expiryDays", defaultValue = "45")
  int defaultExpiryDays;

  /** A new project's entry as the settings make it: quotas (R-E6) and expiry period (R-E5). */
  public ProjectData defaults() {
    return new ProjectData(
        "", "", null, false, defaultDownloadQuota, defaultUploadQuota, defaultExpiryDays, false);
  }

  /** Creates a project for a partner; a refused entry stores nothing and is audited as FAILURE. */
  public ProjectChange create(long partnerId, ProjectData entry) {
    ProjectData data = ExchangeRules.normalise(entry);
    List<ProjectViolation> violations = new ArrayList<>(ExchangeRules.check(data));
    Partner partner = em.find(Partner.class, partnerId);
    if (partner == null) {
      throw callers.outOfScope(
          callers.current(), "Créer un projet d'échange", "organisme " + partnerId, null, null);
    }
    if (data.code() != null && codeTaken(data.code(), null)) {
      violations.add(ProjectViolation.CODE_TAKEN);
    }
    if (!violations.isEmpty()) {
      record(
          AuditAction.EXCHANGE_PROJECT_CREATED, AuditOutcome.FAILURE, partnerId, data, violations);
      return ProjectChange.refused(violations);
    }
    Project project = new Project(partner, data, clock.instant());
    em.persist(project);
    em.flush();
    record(AuditAction.EXCHANGE_PROJECT_CREATED, AuditOutcome.SUCCESS, partnerId, data, List.of());
    return ProjectChange.done(project.getId());
  }

  /**
   * The demo data's projects ({@code DemoExchange}), made by the system at start-up with the
   * settings' quotas and expiry: the same checks and audit as staff's creation and membership.
   * Returns the project's identifier; an entry or a participant refused throws, and nothing is
   * stored.
   */
  @Requires(value = Standing.SYSTEM, operation = ExchangeUploads.DEMO)
  public long seed(
      long partnerId,
      String code,
      String name,
      String consentText,
      boolean singleDownload,
      Set<Long> memberIds,
      Set<Long> responsableIds) {
    ProjectChange created =
        create(
            partnerId,
            new ProjectData(
                code,
                name,
                consentText,
                singleDownload,
                defaultDownloadQuota,
                defaultUploadQuota,
                defaultExpiryDays,
                false));
    ProjectChange joined =
        created.succeeded() ? setParticipants(created.id(), memberIds, responsableIds) : created;
    if (!joined.succeeded()) {
      throw new IllegalStateException("Demo project refused: " + joined.violations());
    }
    return created.id();
  }

  /** Replaces a project's entry; a changed consent text is a new version, asked again (R-E7). */
  public ProjectChange update(long projectId, ProjectData entry) {
    Project project = existing(projectId, "Modifier un projet d'échange");
    ProjectData data = ExchangeRules.normalise(entry);
    List<ProjectViolation> violations = new ArrayList<>(ExchangeRules.check(data));
    if (data.code() != null && codeTaken(data.code(), projectId)) {
      violations.add(ProjectViolation.CODE_TAKEN);
    }
    long partnerId = project.getPartner().getId();
    if (!violations.isEmpty()) {
      record(
          AuditAction.EXCHANGE_PROJECT_UPDATED, AuditOutcome.FAILURE, partnerId, data, violations);
      return ProjectChange.refused(violations);
    }
    int before = project.getConsentVersion();
    project.apply(data);
    record(
        AuditAction.EXCHANGE_PROJECT_UPDATED,
        AuditOutcome.SUCCESS,
        partnerId,
        data,
        List.of(),
        project.getConsentVersion() != before
            ? " ; texte de consentement, version " + project.getConsentVersion()
            : "");
    return ProjectChange.done(projectId);
  }

  /**
   * Sets a project's members (Actif accounts of its partner, with a profile) and responsables
   * (Actif staff); refused whole, and audited as FAILURE, if one of them does not qualify.
   */
  public ProjectChange setParticipants(
      long projectId, Set<Long> memberIds, Set<Long> responsableIds) {
    Project project = existing(projectId, "Modifier les membres d'un projet d'échange");
    long partnerId = project.getPartner().getId();
    List<ProjectViolation> violations = new ArrayList<>();
    for (Long id : memberIds) {
      UserAccount account = em.find(UserAccount.class, id);
      if (account == null
          || account.getState() != AccountState.ACTIF
          || account.getPartner() == null
          || account.getPartner().getId() != partnerId
          || account.getProfiles().isEmpty()) {
        violations.add(ProjectViolation.MEMBER_NOT_OF_PARTNER);
        break;
      }
    }
    for (Long id : responsableIds) {
      UserAccount account = em.find(UserAccount.class, id);
      if (account == null || !account.isActiveWith(InternalRole.PERSONNEL)) {
        violations.add(ProjectViolation.RESPONSABLE_NOT_STAFF);
        break;
      }
    }
    String label = project.label();
    String members = new LinkedHashSet<>(memberIds).toString();
    String responsables = new LinkedHashSet<>(responsableIds).toString();
    if (!violations.isEmpty()) {
      audit.write(
          callers
              .current()
              .record(AuditAction.EXCHANGE_PARTICIPANTS_CHANGED, AuditOutcome.FAILURE)
              .on(null, partnerId)
              .detail("PARTICIPANTS_REFUSED", label, members, responsables, names(violations)));
      return ProjectChange.refused(violations);
    }
    em.createQuery("DELETE FROM Participant p WHERE p.projectId = :project")
        .setParameter("project", projectId)
        .executeUpdate();
    memberIds.forEach(id -> em.persist(new Participant(projectId, id, ParticipantRole.MEMBRE)));
    responsableIds.forEach(
        id -> em.persist(new Participant(projectId, id, ParticipantRole.RESPONSABLE)));
    audit.write(
        callers
            .current()
            .record(AuditAction.EXCHANGE_PARTICIPANTS_CHANGED, AuditOutcome.SUCCESS)
            .on(null, partnerId)
            .detail("PARTICIPANTS_CHANGED", label, members, responsables));
    return ProjectChange.done(projectId);
  }

  /** Every project, for staff and central (R-E1), by code. */
  @Requires(
      value = {Standing.STAFF, Standing.CENTRAL},
      operation = "Liste des projets d'échange")
  public List<ProjectSummary> all() {
    return em.createQuery(
            "SELECT p.id, p.code, p.name, pa.id, pa.name FROM Project p JOIN p.partner pa"
                + " ORDER BY p.code",
            Object[].class)
        .getResultStream()
        .map(
            r ->
                new ProjectSummary(
                    (Long) r[0], (String) r[1], (String) r[2], (Long) r[3], (String) r[4], null))
        .toList();
  }

  /** A project's entry and participants, for staff and central; empty when there is none. */
  @Requires(
      value = {Standing.STAFF, Standing.CENTRAL},
      operation = "Détail d'un projet d'échange")
  public Optional<ProjectDetail> detail(long projectId) {
    Project project = em.find(Project.class, projectId);
    if (project == null) {
      return Optional.empty();
    }
    List<ParticipantView> participants = participants(projectId);
    return Optional.of(
        new ProjectDetail(
            projectId,
            project.getPartner().getId(),
            project.getPartner().getName(),
            new ProjectData(
                project.getCode(),
                project.getName(),
                project.getConsentText(),
                project.isSingleDownload(),
                project.getDownloadQuota(),
                project.getUploadQuota(),
                project.getExpiryDays(),
                project.isReceiptOnDownload()),
            project.getConsentVersion(),
            participants.stream().filter(p -> p.role() == ParticipantRole.MEMBRE).toList(),
            participants.stream().filter(p -> p.role() == ParticipantRole.RESPONSABLE).toList()));
  }

  /** The partners a new project may be for, by name (R-E1). */
  public List<PartnerChoice> partners() {
    return em.createQuery(
            "SELECT NEW ca.qc.portail.exchange.PartnerChoice(p.id, p.name) FROM Partner p"
                + " ORDER BY p.name, p.id",
            PartnerChoice.class)
        .getResultList();
  }

  /**
   * Whom the membership of the partner's projects may name (R-E1), as {@link #setParticipants}
   * accepts them; for staff and central.
   */
  @Requires(
      value = {Standing.STAFF, Standing.CENTRAL},
      operation = "Détail d'un projet d'échange")
  public Candidates candidates(long partnerId) {
    List<ParticipantView> members =
        people(
            em.createQuery(
                    "SELECT a.id, CONCAT(a.firstName, ' ', a.lastName), a.email FROM UserAccount a"
                        + " WHERE a.partner.id = :partner AND a.state = :active"
                        + " AND a.profiles IS NOT EMPTY ORDER BY a.lastName, a.firstName, a.id",
                    Object[].class)
                .setParameter("partner", partnerId),
            ParticipantRole.MEMBRE);
    List<ParticipantView> staff =
        people(
            em.createQuery(
                    "SELECT a.id, CONCAT(a.firstName, ' ', a.lastName), a.email FROM UserAccount a"
                        + " WHERE :role MEMBER OF a.internalRoles AND a.state = :active"
                        + " ORDER BY a.lastName, a.firstName, a.id",
                    Object[].class)
                .setParameter("role", InternalRole.PERSONNEL),
            ParticipantRole.RESPONSABLE);
    return new Candidates(members, staff);
  }

  private static List<ParticipantView> people(
      jakarta.persistence.TypedQuery<Object[]> query, ParticipantRole role) {
    return query
        .setParameter("active", AccountState.ACTIF)
        .getResultStream()
        .map(r -> new ParticipantView((Long) r[0], (String) r[1], (String) r[2], role))
        .toList();
  }

  /** *Sélectionner un projet*: the projects the caller takes part in (R-E1), by code. */
  @Requires(value = Standing.SIGNED_IN, operation = "Échange sécurisé")
  public List<ProjectSummary> mine() {
    Caller caller = callers.current();
    if (!caller.isActive()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT NEW ca.qc.portail.exchange.ProjectSummary(p.id, p.code, p.name, pa.id,"
                + " pa.name, t.role) FROM Project p JOIN p.partner pa, Participant t"
                + " WHERE t.projectId = p.id AND t.accountId = :account ORDER BY p.code",
            ProjectSummary.class)
        .setParameter("account", caller.accountId())
        .getResultList();
  }

  /** R-M1: whether the caller takes part in at least one project (*Échange sécurisé*). */
  @Requires(value = Standing.SIGNED_IN, operation = "Échange sécurisé")
  public boolean takesPart() {
    Caller caller = callers.current();
    return caller.isActive()
        && !em.createQuery(
                "SELECT t.id FROM Participant t WHERE t.accountId = :account", Long.class)
            .setParameter("account", caller.accountId())
            .setMaxResults(1)
            .getResultList()
            .isEmpty();
  }

  private List<ParticipantView> participants(long projectId) {
    return em.createQuery(
            "SELECT NEW ca.qc.portail.exchange.ParticipantView(a.id, CONCAT(a.firstName, ' ',"
                + " a.lastName), a.email, t.role) FROM Participant t, UserAccount a"
                + " WHERE t.projectId = :project AND a.id = t.accountId"
                + " ORDER BY a.lastName, a.firstName, a.id",
            ParticipantView.class)
        .setParameter("project", projectId)
        .getResultList();
  }

  private Project existing(long projectId, String operation) {
    Project project = em.find(Project.class, projectId);
    if (project == null) {
      throw callers.outOfScope(callers.current(), operation, "projet " + projectId, null, null);
    }
    return project;
  }

  private boolean codeTaken(String code, Long exceptProjectId) {
    return em.createQuery("SELECT p.id FROM Project p WHERE p.code = :code", Long.class)
        .setParameter("code", code)
        .getResultStream()
        .anyMatch(id -> !id.equals(exceptProjectId));
  }

  private void record(
      AuditAction action,
      AuditOutcome outcome,
      long partnerId,
      ProjectData data,
      List<ProjectViolation> violations) {
    record(action, outcome, partnerId, data, violations, "");
  }

  private void record(
      AuditAction action,
      AuditOutcome outcome,
      long partnerId,
      ProjectData data,
      List<ProjectViolation> violations,
      String more) {
    String what = ExchangeRules.projectLabel(data.code(), data.name()) + more;
    audit.write(
        callers
            .current()
            .record(action, outcome)
            .on(null, partnerId)
            .detail(
                violations.isEmpty() ? "PROJECT_SAVED" : "PROJECT_REFUSED",
                what,
                names(violations)));
  }

  private static String names(List<ProjectViolation> violations) {
    return Phrase.keys("exchange.admin.violation.", violations);
  }
}
