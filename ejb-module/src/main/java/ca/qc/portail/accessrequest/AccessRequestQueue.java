package ca.qc.portail.accessrequest;

import ca.qc.portail.account.Accounts;
import ca.qc.portail.account.UserAccount;
import ca.qc.portail.audit.AuditAction;
import ca.qc.portail.audit.AuditLog;
import ca.qc.portail.audit.AuditOutcome;
import ca.qc.portail.audit.Phrase;
import ca.qc.portail.calendar.BusinessCalendar;
import ca.qc.portail.notification.MailTemplates;
import ca.qc.portail.notification.Outbox;
import ca.qc.portail.partner.Partner;
import ca.qc.portail.registration.Onboarding;
import ca.qc.portail.registration.RegistrationMode;
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
import java.util.ArrayList;
import java.util.List;

/**
 * Central's side of access requests (R-C2, R-A4): enter a form 2490 received by post, the queue of
 * waiting requests with their service level, one request with what the rules say about it today,
 * and its approval — which creates the person — or refusal. For an Actif agent of the central
 * security group only ({@link Requires}); anyone else is refused and the attempt audited before
 * anything is read.
 */
@Stateless
@Requires(value = Standing.CENTRAL, operation = "File des demandes d'accès")
public class AccessRequestQueue {

  /** R-A4: central analyses a request within this many business days of its receipt (seed 002). */
  public static final int SERVICE_LEVEL_BUSINESS_DAYS = 10;

  @PersistenceContext private EntityManager em;
  @Inject private AccessRequestIntake intake;
  @Inject private Accounts accounts;
  @Inject private Onboarding onboarding;
  @Inject private Outbox outbox;
  @Inject private AuditLog audit;
  @Inject private Callers callers;
  @Inject private BusinessCalendar calendar;
  @Inject private Clock clock;

  /**
   * Lets a page of the queue open: nothing to do beyond the declaration, which refuses (audited)
   * anyone but a central agent before the page shows anything.
   */
  public void checkAccess() {}

  /** R-A8: what an approval sends, for the page to say it. */
  public RegistrationMode registrationMode() {
    return onboarding.mode();
  }

  /**
   * R-C2: enters a form received by post; the partner is the one whose NEQ section 1 gives. Checked
   * exactly as an officer's online request.
   */
  public Submission enter(AccessRequestForm form) {
    return intake.byPost(form, callers.current().accountId());
  }

  /** R-C2: the requests waiting for central, oldest first, with their service level. */
  public List<QueuedRequest> waiting() {
    LocalDate today = LocalDate.now(clock);
    return em.createQuery(
            "SELECT r FROM AccessRequest r WHERE r.state = :waiting ORDER BY r.receivedAt, r.id",
            AccessRequest.class)
        .setParameter("waiting", AccessRequestState.EN_ATTENTE)
        .setMaxResults(500)
        .getResultStream()
        .map(r -> queued(r, today))
        .toList();
  }

  /**
   * R-C2, issue 13 point 9: how many requests wait for central, and how many of them are past their
   * service level ("À traiter au plus tard le" passed), counted by the database.
   */
  public QueueCounts counts() {
    LocalDate today = LocalDate.now(clock);
    // Overdue when today is after receipt + 10 business days; that date never decreases as the
    // receipt date grows, so the overdue requests are those received on or before the last day
    // whose due date has passed.
    LocalDate lastOverdueDay = today;
    while (!calendar
        .plusBusinessDays(lastOverdueDay, SERVICE_LEVEL_BUSINESS_DAYS)
        .isBefore(today)) {
      lastOverdueDay = lastOverdueDay.minusDays(1);
    }
    Instant overdueBefore = lastOverdueDay.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
    long waiting =
        em.createQuery("SELECT COUNT(r) FROM AccessRequest r WHERE r.state = :waiting", Long.class)
            .setParameter("waiting", AccessRequestState.EN_ATTENTE)
            .getSingleResult();
    long overdue =
        em.createQuery(
                "SELECT COUNT(r) FROM AccessRequest r WHERE r.state = :waiting"
                    + " AND r.receivedAt < :before",
                Long.class)
            .setParameter("waiting", AccessRequestState.EN_ATTENTE)
            .setParameter("before", overdueBefore)
            .getSingleResult();
    return new QueueCounts(waiting, overdue);
  }

  /** R-C2: one request as central reviews it, with what the rules say about it today. */
  public RequestDetail detail(long requestId) {
    AccessRequest request = find(requestId);
    List<RequestViolation> violations =
        request.getState() == AccessRequestState.EN_ATTENTE ? intake.recheck(request) : List.of();
    return new RequestDetail(
        request.getId(),
        request.getPartner().getId(),
        request.form(),
        request.getPartner().isNonProfit(),
        request.getChannel(),
        request.getState(),
        request.getReceivedAt(),
        dueDate(request),
        request.getDecidedAt(),
        request.getRejectionReason(),
        violations);
  }

  /**
   * R-A4: approves a waiting request whose rules and signatory still hold on the day of approval. A
   * new access creates the person (Actif, no user code nor password, the requested profiles and
   * expiry date), sends what {@code registration.mode} says ({@link Onboarding}), and e-mails every
   * Actif security officer of the partner; a profile change gives the named account exactly the
   * requested profiles. Refused, with nothing changed, when anything no longer holds.
   */
  public List<RequestViolation> approve(long requestId) {
    Caller agent = callers.current();
    AccessRequest request = find(requestId);
    em.refresh(request, LockModeType.PESSIMISTIC_WRITE);
    List<RequestViolation> violations = new ArrayList<>();
    if (request.getState() != AccessRequestState.EN_ATTENTE) {
      violations.add(RequestViolation.of("state", "request.alreadyDecided"));
    } else {
      violations.addAll(intake.recheck(request));
    }
    Partner partner = request.getPartner();
    if (!violations.isEmpty()) {
      audit.write(
          agent
              .record(AuditAction.ACCESS_REQUEST_APPROVED, AuditOutcome.REFUSED)
              .on(request.getAccountId(), partner.getId())
              .detail(
                  "REQUEST_NOT_APPROVED", request.getId(), AccessRequestIntake.keys(violations)));
      return violations;
    }
    Instant now = clock.instant();
    UserAccount account;
    if (request.getType() == RequestType.NOUVEL_ACCES) {
      account =
          new UserAccount(
              partner,
              request.getEmail(),
              request.getFirstName(),
              request.getLastName(),
              request.getPartialSin(),
              request.getRequestedExpiry(),
              now);
      request.getProfiles().forEach(account::grant);
      accounts.add(account);
      em.flush();
      audit.write(
          agent
              .record(AuditAction.ACCOUNT_CREATED, AuditOutcome.SUCCESS)
              .on(account.getId(), partner.getId())
              .detail(
                  "PERSON_CREATED_BY_REQUEST",
                  request.getId(),
                  Phrase.keys("profile.", request.getProfiles())));
      onboarding.welcome(account.getId());
      String notice =
          onboarding.mode() == RegistrationMode.CODE
              ? "registrationCodeNotice"
              : "accessApprovedNotice";
      for (UserAccount officer : accounts.activeOfficersOf(partner.getId(), account.getId())) {
        outbox.enqueue(
            MailTemplates.email(officer.getEmail(), officer.getPreferredLanguage(), notice));
      }
    } else {
      account = intake.profileChangeTarget(request).orElseThrow();
      account.replaceProfiles(request.getProfiles());
      outbox.enqueue(
          MailTemplates.email(
              account.getEmail(),
              account.getPreferredLanguage(),
              "profileChanged",
              account.loginName()));
      audit.write(
          agent
              .record(AuditAction.PROFILES_CHANGED, AuditOutcome.SUCCESS)
              .on(account.getId(), partner.getId())
              .detail(
                  "PROFILES_SET_BY_REQUEST",
                  Phrase.keys("profile.", request.getProfiles()),
                  request.getId()));
    }
    request.approve(agent.accountId(), now, account.getId());
    audit.write(
        agent
            .record(AuditAction.ACCESS_REQUEST_APPROVED, AuditOutcome.SUCCESS)
            .on(account.getId(), partner.getId())
            .detail("REQUEST_APPROVED", request.getId(), "@request.type." + request.getType()));
    return List.of();
  }

  /** R-C2: refuses a waiting request; the reason is e-mailed to the requester. */
  public List<RequestViolation> reject(long requestId, String reason) {
    Caller agent = callers.current();
    AccessRequest request = find(requestId);
    em.refresh(request, LockModeType.PESSIMISTIC_WRITE);
    List<RequestViolation> violations = new ArrayList<>();
    String cleaned = AccessRequestFormRules.clean(reason);
    if (request.getState() != AccessRequestState.EN_ATTENTE) {
      violations.add(RequestViolation.of("state", "request.alreadyDecided"));
    }
    if (cleaned == null) {
      violations.add(RequestViolation.of("reason", "request.reason.required"));
    } else if (cleaned.length() > 500) {
      violations.add(RequestViolation.of("reason", "request.tooLong"));
    }
    if (!violations.isEmpty()) {
      audit.write(
          agent
              .record(AuditAction.ACCESS_REQUEST_REJECTED, AuditOutcome.REFUSED)
              .on(null, request.getPartner().getId())
              .detail(
                  "REQUEST_REJECTION_REFUSED",
                  request.getId(),
                  AccessRequestIntake.keys(violations)));
      return violations;
    }
    request.reject(agent.accountId(), clock.instant(), cleaned);
    outbox.enqueue(
        MailTemplates.email(
            request.getEmail(),
            "fr",
            "accessRequestRejected",
            request.getFirstName() + " " + request.getLastName(),
            request.getPartnerName(),
            cleaned));
    audit.write(
        agent
            .record(AuditAction.ACCESS_REQUEST_REJECTED, AuditOutcome.SUCCESS)
            .on(null, request.getPartner().getId())
            .detail("REQUEST_REJECTED", request.getId(), cleaned));
    return List.of();
  }

  /** The request; one that does not exist is refused, and the attempt audited. */
  private AccessRequest find(long requestId) {
    AccessRequest request = em.find(AccessRequest.class, requestId);
    if (request == null) {
      throw callers.refuse(callers.current(), "Demande d'accès " + requestId, "introuvable");
    }
    return request;
  }

  private QueuedRequest queued(AccessRequest r, LocalDate today) {
    LocalDate due = dueDate(r);
    return new QueuedRequest(
        r.getId(),
        r.getType(),
        r.getPartnerName(),
        r.getFirstName() + " " + r.getLastName(),
        r.getEmail(),
        r.getProfiles(),
        r.getApproverRole(),
        r.getChannel(),
        r.getState(),
        r.getReceivedAt(),
        due,
        today.isAfter(due));
  }

  private LocalDate dueDate(AccessRequest r) {
    return calendar.plusBusinessDays(
        LocalDate.ofInstant(r.getReceivedAt(), clock.getZone()), SERVICE_LEVEL_BUSINESS_DAYS);
  }
}
