package ca.qc.portail.accessrequest;

import ca.qc.portail.account.AccountState;
import ca.qc.portail.account.Accounts;
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
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How a form 2490 becomes a waiting request, and what the partner's people say about it
 * (R-A1–R-A3): the one place both sides use — an officer's online submission ({@link
 * AccessRequestSubmissions}), central's paper entry and its approval-day recheck ({@link
 * AccessRequestQueue}) — and the demo data's seeding. It checks no caller: its package's services
 * declare who may call them, and {@link #seedOnline} / {@link #seedByPost} are for the system only.
 * Runs in its caller's transaction; audit records name the caller ({@link Callers#current()}).
 */
@Dependent
public class AccessRequestIntake {

  /** The seeding operations, as the audit names them; the demo data is loaded by the system. */
  private static final String DEMO = "Demandes d'accès de démonstration";

  @PersistenceContext private EntityManager em;
  @Inject private Accounts accounts;
  @Inject private AuditLog audit;
  @Inject private Callers callers;
  @Inject private Clock clock;

  /**
   * R-S8: demo data only — {@code officer}'s online request, checked exactly as through {@link
   * AccessRequestSubmissions#submit}. Refused (and audited) to anyone but the system at start-up.
   */
  @Requires(value = Standing.SYSTEM, operation = DEMO)
  public Submission seedOnline(UserAccount officer, AccessRequestForm form) {
    return online(officer.getPartner(), form, officer.getId());
  }

  /**
   * R-C2: demo data only — a paper request entered by {@code agent}, checked exactly as through
   * {@link AccessRequestQueue#enter}. Refused (and audited) to anyone but the system at start-up.
   */
  @Requires(value = Standing.SYSTEM, operation = DEMO)
  public Submission seedByPost(UserAccount agent, AccessRequestForm form) {
    return byPost(form, agent.getId());
  }

  /**
   * An officer's online request for {@code partner}: section 1 is the partner's own data whatever
   * the form says. A form that breaks any rule (R-A1) or the signatory matrix (R-A2, R-A3) is
   * refused with every violation and nothing stored but the audit record.
   */
  Submission online(Partner partner, AccessRequestForm form, long officerId) {
    return store(
        partner, form.withPartner(PartnerIdentity.of(partner)), RequestChannel.EN_LIGNE, officerId);
  }

  /** A form received by post: the partner is the one whose NEQ section 1 gives. */
  Submission byPost(AccessRequestForm form, long agentId) {
    String typed = form.partner().neq();
    String neq = typed == null ? null : AccessRequestFormRules.neq(typed);
    Optional<Partner> partner =
        neq == null
            ? Optional.empty()
            : em.createQuery("SELECT p FROM Partner p WHERE p.neq = :neq", Partner.class)
                .setParameter("neq", neq)
                .getResultStream()
                .findFirst();
    if (partner.isPresent()) {
      return store(partner.get(), form, RequestChannel.POSTE, agentId);
    }
    List<RequestViolation> violations = new ArrayList<>(AccessRequestFormRules.check(form, clock));
    if (violations.stream().noneMatch(v -> v.field().equals("neq"))) {
      violations.add(
          RequestViolation.of(
              "neq",
              neq == null && AccessRequestFormRules.blank(typed)
                  ? "request.neq.required"
                  : "request.neq.unknown"));
    }
    audit.write(
        callers
            .current()
            .record(AuditAction.ACCESS_REQUEST_SUBMITTED, AuditOutcome.REFUSED)
            .detail("PAPER_REQUEST_REFUSED", keys(violations)));
    return Submission.refused(violations);
  }

  /** A waiting request checked again on the day of approval: expiry, matrix, e-mail, user code. */
  List<RequestViolation> recheck(AccessRequest request) {
    List<RequestViolation> violations =
        new ArrayList<>(
            AccessRequestFormRules.checkExpiry(request.getRequestedExpiry(), LocalDate.now(clock)));
    violations.addAll(
        partnerChecks(request.getPartner(), request.form(), request.getId(), RequestChannel.POSTE));
    return violations;
  }

  /** The partner's usable account a profile change names; empty when there is none. */
  Optional<UserAccount> profileChangeTarget(AccessRequest request) {
    return usableAccountOf(request.getPartner().getId(), request.getRequesterUserCode());
  }

  static String keys(List<RequestViolation> violations) {
    return Phrase.keys(violations, RequestViolation::messageKey);
  }

  private Submission store(
      Partner partner, AccessRequestForm form, RequestChannel channel, long submittedBy) {
    Caller caller = callers.current();
    List<RequestViolation> violations = new ArrayList<>(AccessRequestFormRules.check(form, clock));
    if (violations.isEmpty()) {
      violations.addAll(partnerChecks(partner, form, null, channel));
    }
    if (!violations.isEmpty()) {
      audit.write(
          caller
              .record(AuditAction.ACCESS_REQUEST_SUBMITTED, AuditOutcome.REFUSED)
              .on(null, partner.getId())
              .detail("FORM_2490_REFUSED", keys(violations)));
      return Submission.refused(violations);
    }
    AccessRequest request = new AccessRequest(partner, form, channel, submittedBy, clock.instant());
    em.persist(request);
    em.flush();
    audit.write(
        caller
            .record(AuditAction.ACCESS_REQUEST_SUBMITTED, AuditOutcome.SUCCESS)
            .on(null, partner.getId())
            .detail(
                "REQUEST_SUBMITTED",
                request.getId(),
                "@request.channel." + channel,
                "@request.type." + request.getType(),
                request.getFirstName() + " " + request.getLastName(),
                Phrase.keys("profile.", request.getProfiles())));
    return Submission.stored(request.getId());
  }

  /**
   * What depends on the partner and its people: the signatory matrix with today's facts (R-A2,
   * R-A3), the requester's e-mail still free for a new access, and the named user code being one of
   * the partner's usable accounts for a profile change. An officer's online request is told only of
   * the e-mails of its own partner's accounts, never whether another partner or the ministry has an
   * account with it (finding #7 of issue 12): central's check on the day of approval ({@link
   * #recheck}, as for a request received by post) sees every account.
   */
  private List<RequestViolation> partnerChecks(
      Partner partner, AccessRequestForm form, Long requestId, RequestChannel channel) {
    AccessRequestForm.Requested requested = form.requested();
    AccessRequestForm.Approval approval = form.approval();
    List<UserAccount> officers = accounts.activeOfficersOf(partner.getId(), -1L);
    String signerKey = approval.email() == null ? "" : UserAccount.keyOf(approval.email());
    boolean signerIsOfficer =
        officers.stream().anyMatch(o -> UserAccount.keyOf(o.getEmail()).equals(signerKey));
    SignatoryMatrix.Signing facts =
        new SignatoryMatrix.Signing(
            partner.isNonProfit(),
            approval.boardResolution(),
            !officers.isEmpty(),
            firstRequest(partner.getId(), requestId),
            signerIsOfficer);
    List<RequestViolation> violations =
        new ArrayList<>(SignatoryMatrix.check(requested.profileSet(), approval.role(), facts));
    if (requested.type() == RequestType.NOUVEL_ACCES) {
      if (accounts
          .findByLogin(form.requester().email().strip())
          .filter(a -> channel == RequestChannel.POSTE || partner.getId().equals(a.partnerId()))
          .isPresent()) {
        violations.add(RequestViolation.of("email", "request.email.taken"));
      }
    } else if (usableAccountOf(partner.getId(), requested.requesterUserCode()).isEmpty()) {
      violations.add(RequestViolation.of("requesterUserCode", "request.userCode.unknown"));
    }
    return violations;
  }

  /** R-A3: no person and no other request (but refused ones) exist yet for the partner. */
  private boolean firstRequest(long partnerId, Long requestId) {
    boolean hasPeople =
        !em.createQuery("SELECT a.id FROM UserAccount a WHERE a.partner.id = :p", Long.class)
            .setParameter("p", partnerId)
            .setMaxResults(1)
            .getResultList()
            .isEmpty();
    boolean hasRequests =
        !em.createQuery(
                "SELECT r.id FROM AccessRequest r WHERE r.partner.id = :p AND r.state <> :refused"
                    + " AND r.id <> :self",
                Long.class)
            .setParameter("p", partnerId)
            .setParameter("refused", AccessRequestState.REFUSEE)
            .setParameter("self", requestId == null ? -1L : requestId)
            .setMaxResults(1)
            .getResultList()
            .isEmpty();
    return !hasPeople && !hasRequests;
  }

  private Optional<UserAccount> usableAccountOf(long partnerId, String userCode) {
    if (userCode == null || userCode.isBlank()) {
      return Optional.empty();
    }
    return em.createQuery(
            "SELECT a FROM UserAccount a WHERE a.userCodeKey = :key AND a.partner.id = :p",
            UserAccount.class)
        .setParameter("key", UserAccount.keyOf(userCode))
        .setParameter("p", partnerId)
        .getResultStream()
        .filter(a -> a.getState() != AccountState.INACTIF)
        .findFirst();
  }
}
