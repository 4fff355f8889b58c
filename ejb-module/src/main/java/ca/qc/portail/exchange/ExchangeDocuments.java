package ca.qc.portail.exchange;

import ca.qc.portail.audit.AuditAction;
import ca.qc.portail.audit.AuditLog;
import ca.qc.portail.audit.AuditOutcome;
import ca.qc.portail.security.Caller;
import ca.qc.portail.security.Callers;
import ca.qc.portail.security.Requires;
import ca.qc.portail.security.Standing;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A project's documents as its participants see them (R-E2, R-E3, R-E6, R-E7): *Récupération*
 * (addressed to me) and *Transfert* (sent by me) with their counters, the recipients the caller may
 * choose, the consent gate, and withdrawal. Only the project's participants get anything; any other
 * identifier is "not found", audited ({@link Access}).
 */
@Stateless
@Requires(value = Standing.SIGNED_IN, operation = "Échange sécurisé")
public class ExchangeDocuments {

  @PersistenceContext private EntityManager em;
  @Inject private Callers callers;
  @Inject private AuditLog audit;
  @Inject private Clock clock;
  @Inject private DocumentStore store;

  /** The project as the caller sees it: role, consent gate (R-E7), single download (R-E8). */
  public ProjectView project(long projectId) {
    Caller caller = callers.current();
    Access.InProject in = Access.project(em, callers, caller, "Échange sécurisé", projectId);
    Project project = in.project();
    return new ProjectView(
        projectId,
        project.label(),
        in.role(),
        project.getConsentText(),
        project.getConsentVersion(),
        consentNeeded(project, caller.accountId()),
        project.isSingleDownload(),
        project.getExpiryDays(),
        store.maxBytes());
  }

  /**
   * *Récupération* (R-E2): the documents addressed to the caller that are still there, newest or
   * oldest first, from {@code first}; with "Téléchargements effectués: x / N".
   */
  public DocumentPage toRetrieve(long projectId, boolean newestFirst, int first, int max) {
    Caller caller = callers.current();
    Access.InProject in = Access.project(em, callers, caller, "Récupération", projectId);
    Instant now = clock.instant();
    String from =
        " FROM ExchangeDocument d, Recipient r, UserAccount a WHERE r.documentId = d.id"
            + " AND r.accountId = :me AND a.id = d.depositorId AND d.projectId = :project AND"
            + Counters.ACTIVE;
    long total = count(from, caller.accountId(), projectId, now);
    List<Object[]> rows =
        rows(
            "SELECT d, r.firstDownloadAt, r.completedAt, CONCAT(a.firstName, ' ', a.lastName)",
            from,
            newestFirst,
            caller.accountId(),
            projectId,
            now,
            first,
            max);
    boolean single = in.project().isSingleDownload();
    List<DocumentRow> page =
        rows.stream()
            .map(
                row -> {
                  ExchangeDocument d = (ExchangeDocument) row[0];
                  boolean completed = row[2] != null;
                  return row(d, (String) row[3], !completed, !(single && completed), 0, 0, now);
                })
            .toList();
    Quota counter =
        new Quota(
            Counters.downloads(em, projectId, caller.accountId(), now),
            in.project().getDownloadQuota());
    return new DocumentPage(total, first, page, counter);
  }

  /**
   * *Transfert* (R-E3): the documents the caller deposited that are still there, with how many of
   * their recipients downloaded them; with "Téléversements effectués: x / N".
   */
  public DocumentPage sent(long projectId, boolean newestFirst, int first, int max) {
    Caller caller = callers.current();
    Access.InProject in = Access.project(em, callers, caller, "Transfert", projectId);
    Instant now = clock.instant();
    String from =
        " FROM ExchangeDocument d, UserAccount a WHERE a.id = d.depositorId"
            + " AND d.depositorId = :me AND d.projectId = :project AND"
            + Counters.ACTIVE;
    long total = count(from, caller.accountId(), projectId, now);
    List<Object[]> rows =
        rows(
            "SELECT d, CONCAT(a.firstName, ' ', a.lastName)",
            from,
            newestFirst,
            caller.accountId(),
            projectId,
            now,
            first,
            max);
    Map<Long, long[]> counts = new HashMap<>();
    List<Long> ids = rows.stream().map(r -> ((ExchangeDocument) r[0]).getId()).toList();
    if (!ids.isEmpty()) {
      for (Object[] c :
          em.createQuery(
                  "SELECT r.documentId, COUNT(r), COUNT(r.completedAt) FROM Recipient r"
                      + " WHERE r.documentId IN :ids GROUP BY r.documentId",
                  Object[].class)
              .setParameter("ids", ids)
              .getResultList()) {
        counts.put((Long) c[0], new long[] {(Long) c[1], (Long) c[2]});
      }
    }
    List<DocumentRow> page =
        rows.stream()
            .map(
                row -> {
                  ExchangeDocument d = (ExchangeDocument) row[0];
                  long[] c = counts.getOrDefault(d.getId(), new long[2]);
                  return row(d, (String) row[1], false, true, (int) c[0], (int) c[1], now);
                })
            .toList();
    Quota counter =
        new Quota(
            Counters.uploads(em, projectId, caller.accountId(), now),
            in.project().getUploadQuota());
    return new DocumentPage(total, first, page, counter);
  }

  /**
   * *Destinataire(s)* (R-E3): whom the caller may send to — the project's Actif responsables for a
   * member, its Actif members for a responsable.
   */
  public List<ParticipantView> recipientChoices(long projectId) {
    Caller caller = callers.current();
    Access.InProject in = Access.project(em, callers, caller, "Transfert", projectId);
    return recipientChoices(em, projectId, in.role());
  }

  static List<ParticipantView> recipientChoices(
      EntityManager em, long projectId, ParticipantRole callerRole) {
    ParticipantRole other =
        callerRole == ParticipantRole.MEMBRE ? ParticipantRole.RESPONSABLE : ParticipantRole.MEMBRE;
    return em.createQuery(
            "SELECT NEW ca.qc.portail.exchange.ParticipantView(a.id, CONCAT(a.firstName, ' ',"
                + " a.lastName), a.email, t.role) FROM Participant t, UserAccount a"
                + " WHERE t.projectId = :project AND t.role = :role AND a.id = t.accountId"
                + " AND a.state = :active"
                + " ORDER BY a.lastName, a.firstName, a.id",
            ParticipantView.class)
        .setParameter("project", projectId)
        .setParameter("role", other)
        .setParameter("active", ca.qc.portail.account.AccountState.ACTIF)
        .getResultList();
  }

  /**
   * R-E7: the caller confirms having read the project's consent text, this version of it; recorded
   * with its time and audited. Nothing to do when there is no text or it was already confirmed.
   */
  public void consent(long projectId) {
    Caller caller = callers.current();
    Access.InProject in = Access.project(em, callers, caller, "Consentement", projectId);
    Project project = in.project();
    if (!consentNeeded(project, caller.accountId())) {
      return;
    }
    em.persist(
        new Consent(projectId, caller.accountId(), project.getConsentVersion(), clock.instant()));
    audit.write(
        caller
            .record(AuditAction.EXCHANGE_CONSENT_GIVEN, AuditOutcome.SUCCESS)
            .on(caller.accountId(), project.getPartner().getId())
            .detail("CONSENT_GIVEN", project.label(), project.getConsentVersion()));
  }

  /**
   * R-E3: the depositor withdraws a document: from now on no recipient sees or downloads it; its
   * content and key go with the next expiry run (R-J5). Audited; false when already withdrawn.
   */
  public boolean withdraw(long documentId) {
    Caller caller = callers.current();
    Access.ToDocument to = Access.document(em, callers, caller, "Retirer un document", documentId);
    if (!to.depositor(caller)) {
      throw callers.refuse(caller, "Retirer un document", "réservé au déposant");
    }
    ExchangeDocument document = to.document();
    if (document.getWithdrawnAt() != null) {
      return false;
    }
    document.withdraw(clock.instant());
    audit.write(
        caller
            .record(AuditAction.DOCUMENT_WITHDRAWN, AuditOutcome.SUCCESS)
            .on(null, to.in().project().getPartner().getId())
            .detail(
                "DOCUMENT_WITHDRAWN",
                to.in().project().label(),
                document.getFileName(),
                documentId));
    return true;
  }

  static boolean consentNeeded(EntityManager em, Project project, long accountId) {
    Integer last =
        em.createQuery(
                "SELECT MAX(c.consentVersion) FROM Consent c WHERE c.projectId = :project"
                    + " AND c.accountId = :account",
                Integer.class)
            .setParameter("project", project.getId())
            .setParameter("account", accountId)
            .getSingleResult();
    return ExchangeRules.consentNeeded(project.getConsentText(), project.getConsentVersion(), last);
  }

  private boolean consentNeeded(Project project, long accountId) {
    return consentNeeded(em, project, accountId);
  }

  /** How many documents {@code from} (a list's FROM … WHERE) holds for the caller. */
  private long count(String from, long me, long projectId, Instant now) {
    return bind(em.createQuery("SELECT COUNT(d)" + from, Long.class), me, projectId, now)
        .getSingleResult();
  }

  /** One page of a list's rows, {@code select} + {@code from}, newest or oldest first. */
  private List<Object[]> rows(
      String select,
      String from,
      boolean newestFirst,
      long me,
      long projectId,
      Instant now,
      int first,
      int max) {
    return bind(
            em.createQuery(select + from + order(newestFirst), Object[].class), me, projectId, now)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  private static <T> TypedQuery<T> bind(TypedQuery<T> query, long me, long projectId, Instant now) {
    return query.setParameter("me", me).setParameter("project", projectId).setParameter("now", now);
  }

  private static String order(boolean newestFirst) {
    return newestFirst
        ? " ORDER BY d.depositedAt DESC, d.id DESC"
        : " ORDER BY d.depositedAt ASC, d.id ASC";
  }

  private DocumentRow row(
      ExchangeDocument d,
      String depositorName,
      boolean neverDownloaded,
      boolean downloadable,
      int recipients,
      int completed,
      Instant now) {
    return new DocumentRow(
        d.getId(),
        d.getFileName(),
        d.getSizeBytes(),
        ExchangeRules.sizeLabel(d.getSizeBytes()),
        d.getDepositedAt(),
        ExchangeRules.depositLabel(d.getDepositedAt(), clock.getZone()),
        ExchangeRules.daysLeft(d.getExpiresAt(), now, clock.getZone()),
        d.getNote(),
        depositorName,
        d.getSha256(),
        neverDownloaded,
        downloadable,
        d.isZipProtected(),
        recipients,
        completed);
  }
}
