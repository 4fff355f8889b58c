package ca.qc.portail.accessrequest;

import ca.qc.portail.account.AccountState;
import ca.qc.portail.account.Accounts;
import ca.qc.portail.account.InternalRole;
import ca.qc.portail.account.Profile;
import ca.qc.portail.account.UserAccount;
import ca.qc.portail.audit.AuditAction;
import ca.qc.portail.audit.AuditLog;
import ca.qc.portail.audit.AuditOutcome;
import ca.qc.portail.audit.AuditRecord;
import ca.qc.portail.calendar.BusinessCalendar;
import ca.qc.portail.notification.MailTemplates;
import ca.qc.portail.notification.Outbox;
import ca.qc.portail.partner.Partner;
import ca.qc.portail.registration.Onboarding;
import ca.qc.portail.registration.RegistrationMode;
import ca.qc.portail.security.AccessRefusedException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The rules behind {@link AccessRequests} for a given caller account: officers submit form 2490
 * online for their own partner (R-S8), central enters paper forms, reviews its queue, approves
 * (R-A4) or refuses (R-C2). Every action checks the caller's role and partner scope here, and
 * writes its audit record; refusals of scope answer "not found" ({@link AccessRefusedException}).
 *
 * <p>{@code MANDATORY}: pages have no transaction, so they reach these rules only through {@link
 * AccessRequests}, which passes the container principal's account; container tests call them
 * directly for accounts of their choice.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class AccessRequestDesk {

  /** R-A4: central analyses a request within this many business days of its receipt (seed 002). */
  public static final int SERVICE_LEVEL_BUSINESS_DAYS = 10;

  @PersistenceContext private EntityManager em;
  @Inject private Accounts accounts;
  @Inject private Onboarding onboarding;
  @Inject private Outbox outbox;
  @Inject private AuditLog audit;
  @Inject private BusinessCalendar calendar;
  @Inject private Clock clock;

  /** Section 1 of the caller's own partner, for the PDF and the online form (R-S8). */
  public PartnerIdentity sectionOne(long callerId, String clientAddress) {
    UserAccount officer = officer(callerId, clientAddress, "Formulaire d'inscription");
    return PartnerIdentity.of(officer.getPartner());
  }

  /**
   * R-S8: an officer submits form 2490 for their own partner. Section 1 is taken from that partner
   * whatever the form says; {@code partnerId} is the partner the page showed, and any other than
   * the officer's is refused as not found. A form that breaks any rule (R-A1) or the signatory
   * matrix (R-A2, R-A3) is refused with every violation and nothing stored but the audit record.
   */
  public Submission submit(
      long callerId, long partnerId, AccessRequestForm form, String clientAddress) {
    UserAccount officer = officer(callerId, clientAddress, "Formulaire d'inscription");
    Partner partner = officer.getPartner();
    if (partner.getId() != partnerId) {
      refuse(officer, clientAddress, partnerId, "Demande d'accès pour un autre organisme");
    }
    return store(
        officer,
        partner,
        form.withSectionOne(PartnerIdentity.of(partner)),
        RequestChannel.EN_LIGNE,
        clientAddress);
  }

  /**
   * R-C2: central enters a form received by post; the partner is the one whose NEQ section 1 gives.
   * Checked exactly as an officer's online request.
   */
  public Submission enter(long callerId, AccessRequestForm form, String clientAddress) {
    UserAccount agent = central(callerId, clientAddress, "Saisie d'une demande d'accès");
    String neq = form.neq() == null ? null : AccessRequestFormRules.neq(form.neq());
    Optional<Partner> partner =
        neq == null
            ? Optional.empty()
            : em.createQuery("SELECT p FROM Partner p WHERE p.neq = :neq", Partner.class)
                .setParameter("neq", neq)
                .getResultStream()
                .findFirst();
    if (partner.isEmpty()) {
      List<RequestViolation> violations =
          new ArrayList<>(AccessRequestFormRules.check(form, clock));
      if (violations.stream().noneMatch(v -> v.field().equals("neq"))) {
        violations.add(
            RequestViolation.of(
                "neq",
                neq == null && blank(form.neq()) ? "request.neq.required" : "request.neq.unknown"));
      }
      audit.write(
          AuditRecord.of(AuditAction.ACCESS_REQUEST_SUBMITTED, AuditOutcome.REFUSED)
              .by(agent.loginName(), agent.getId())
              .from(clientAddress)
              .detail("Demande reçue par la poste refusée : " + keys(violations)));
      return Submission.refused(violations);
    }
    return store(agent, partner.get(), form, RequestChannel.POSTE, clientAddress);
  }

  /** R-C2: the requests waiting for central, oldest first, with their service level. */
  public List<QueuedRequest> queue(long callerId, String clientAddress) {
    central(callerId, clientAddress, "File des demandes d'accès");
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

  /** R-C2: one request as central reviews it, with what the rules say about it today. */
  public RequestDetail detail(long callerId, long requestId, String clientAddress) {
    UserAccount agent = central(callerId, clientAddress, "Demande d'accès");
    AccessRequest request = find(agent, requestId, clientAddress);
    List<RequestViolation> violations =
        request.getState() == AccessRequestState.EN_ATTENTE ? recheck(request) : List.of();
    return new RequestDetail(
        request.getId(),
        request.getPartner().getId(),
        formOf(request),
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
  public List<RequestViolation> approve(long callerId, long requestId, String clientAddress) {
    UserAccount agent = central(callerId, clientAddress, "Approbation d'une demande d'accès");
    AccessRequest request = find(agent, requestId, clientAddress);
    em.refresh(request, LockModeType.PESSIMISTIC_WRITE);
    List<RequestViolation> violations = new ArrayList<>();
    if (request.getState() != AccessRequestState.EN_ATTENTE) {
      violations.add(RequestViolation.of("state", "request.alreadyDecided"));
    } else {
      violations.addAll(recheck(request));
    }
    Partner partner = request.getPartner();
    if (!violations.isEmpty()) {
      audit.write(
          AuditRecord.of(AuditAction.ACCESS_REQUEST_APPROVED, AuditOutcome.REFUSED)
              .by(agent.loginName(), agent.getId())
              .from(clientAddress)
              .on(request.getAccountId(), partner.getId())
              .detail("Demande " + request.getId() + " non approuvée : " + keys(violations)));
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
          AuditRecord.of(AuditAction.ACCOUNT_CREATED, AuditOutcome.SUCCESS)
              .by(agent.loginName(), agent.getId())
              .from(clientAddress)
              .on(account.getId(), partner.getId())
              .detail(
                  "Personne créée par l'approbation de la demande "
                      + request.getId()
                      + ", profils "
                      + request.getProfiles()));
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
      account = profileChangeTarget(request).orElseThrow();
      account.replaceProfiles(request.getProfiles());
      outbox.enqueue(
          MailTemplates.email(
              account.getEmail(),
              account.getPreferredLanguage(),
              "profileChanged",
              account.loginName()));
      audit.write(
          AuditRecord.of(AuditAction.PROFILES_CHANGED, AuditOutcome.SUCCESS)
              .by(agent.loginName(), agent.getId())
              .from(clientAddress)
              .on(account.getId(), partner.getId())
              .detail("Profils " + request.getProfiles() + " (demande " + request.getId() + ")"));
    }
    request.approve(agent.getId(), now, account.getId());
    audit.write(
        AuditRecord.of(AuditAction.ACCESS_REQUEST_APPROVED, AuditOutcome.SUCCESS)
            .by(agent.loginName(), agent.getId())
            .from(clientAddress)
            .on(account.getId(), partner.getId())
            .detail("Demande " + request.getId() + " approuvée (" + request.getType() + ")"));
    return List.of();
  }

  /** R-C2: refuses a waiting request; the reason is e-mailed to the requester. */
  public List<RequestViolation> reject(
      long callerId, long requestId, String reason, String clientAddress) {
    UserAccount agent = central(callerId, clientAddress, "Refus d'une demande d'accès");
    AccessRequest request = find(agent, requestId, clientAddress);
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
          AuditRecord.of(AuditAction.ACCESS_REQUEST_REJECTED, AuditOutcome.REFUSED)
              .by(agent.loginName(), agent.getId())
              .from(clientAddress)
              .on(null, request.getPartner().getId())
              .detail("Demande " + request.getId() + " : refus impossible " + keys(violations)));
      return violations;
    }
    request.reject(agent.getId(), clock.instant(), cleaned);
    outbox.enqueue(
        MailTemplates.email(
            request.getEmail(),
            "fr",
            "accessRequestRejected",
            request.getFirstName() + " " + request.getLastName(),
            request.getPartnerName(),
            cleaned));
    audit.write(
        AuditRecord.of(AuditAction.ACCESS_REQUEST_REJECTED, AuditOutcome.SUCCESS)
            .by(agent.loginName(), agent.getId())
            .from(clientAddress)
            .on(null, request.getPartner().getId())
            .detail("Demande " + request.getId() + " refusée : " + cleaned));
    return List.of();
  }

  // --- shared by submit and enter ---

  private Submission store(
      UserAccount caller,
      Partner partner,
      AccessRequestForm form,
      RequestChannel channel,
      String clientAddress) {
    List<RequestViolation> violations = new ArrayList<>(AccessRequestFormRules.check(form, clock));
    if (violations.isEmpty()) {
      violations.addAll(partnerChecks(partner, form, null));
    }
    if (!violations.isEmpty()) {
      audit.write(
          AuditRecord.of(AuditAction.ACCESS_REQUEST_SUBMITTED, AuditOutcome.REFUSED)
              .by(caller.loginName(), caller.getId())
              .from(clientAddress)
              .on(null, partner.getId())
              .detail("Formulaire 2490 refusé : " + keys(violations)));
      return Submission.refused(violations);
    }
    AccessRequest request =
        new AccessRequest(partner, form, channel, caller.getId(), clock.instant());
    em.persist(request);
    em.flush();
    audit.write(
        AuditRecord.of(AuditAction.ACCESS_REQUEST_SUBMITTED, AuditOutcome.SUCCESS)
            .by(caller.loginName(), caller.getId())
            .from(clientAddress)
            .on(null, partner.getId())
            .detail(
                "Demande "
                    + request.getId()
                    + " ("
                    + channel
                    + ", "
                    + request.getType()
                    + ") pour "
                    + request.getFirstName()
                    + " "
                    + request.getLastName()
                    + ", profils "
                    + request.getProfiles()));
    return Submission.stored(request.getId());
  }

  /**
   * What depends on the partner and its people: the signatory matrix with today's facts (R-A2,
   * R-A3), the requester's e-mail still free for a new access, and the named user code being one of
   * the partner's usable accounts for a profile change.
   */
  private List<RequestViolation> partnerChecks(
      Partner partner, AccessRequestForm form, Long requestId) {
    List<UserAccount> officers = accounts.activeOfficersOf(partner.getId(), -1L);
    String signerKey = form.approverEmail() == null ? "" : UserAccount.keyOf(form.approverEmail());
    boolean signerIsOfficer =
        officers.stream().anyMatch(o -> UserAccount.keyOf(o.getEmail()).equals(signerKey));
    SignatoryMatrix.Signing facts =
        new SignatoryMatrix.Signing(
            partner.isNonProfit(),
            form.boardResolution(),
            !officers.isEmpty(),
            firstRequest(partner.getId(), requestId),
            signerIsOfficer);
    List<RequestViolation> violations =
        new ArrayList<>(SignatoryMatrix.check(form.profileSet(), form.approverRole(), facts));
    if (form.type() == RequestType.NOUVEL_ACCES) {
      if (accounts.findByLogin(form.email().strip()).isPresent()) {
        violations.add(RequestViolation.of("email", "request.email.taken"));
      }
    } else if (usableAccountOf(partner.getId(), form.requesterUserCode()).isEmpty()) {
      violations.add(RequestViolation.of("requesterUserCode", "request.userCode.unknown"));
    }
    return violations;
  }

  /** A waiting request checked again on the day of approval: expiry, matrix, e-mail, user code. */
  private List<RequestViolation> recheck(AccessRequest request) {
    List<RequestViolation> violations =
        new ArrayList<>(
            AccessRequestFormRules.checkExpiry(request.getRequestedExpiry(), LocalDate.now(clock)));
    violations.addAll(partnerChecks(request.getPartner(), formOf(request), request.getId()));
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

  private Optional<UserAccount> profileChangeTarget(AccessRequest request) {
    return usableAccountOf(request.getPartner().getId(), request.getRequesterUserCode());
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

  static AccessRequestForm formOf(AccessRequest r) {
    return new AccessRequestForm(
        r.getType(),
        r.getRequesterUserCode(),
        r.getPartnerName(),
        r.getPartnerAddress(),
        r.getPartnerPostalCode(),
        r.getPartnerPhone(),
        r.getEducationNumber(),
        r.getNeq(),
        r.getCivility(),
        r.getLastName(),
        r.getFirstName(),
        r.getPartialSin(),
        r.getPhone(),
        r.getPhoneExtension(),
        r.getFax(),
        r.getEmail(),
        r.getProfiles(),
        true,
        r.getDeclarationDate(),
        r.getApproverLastName(),
        r.getApproverFirstName(),
        r.getApproverEmail(),
        r.getApproverPhone(),
        r.getApproverExtension(),
        r.getApproverRole(),
        r.getRequestedExpiry(),
        r.getComments(),
        r.isBoardResolution());
  }

  // --- role and scope ---

  /** The caller when an Actif security officer of a partner; otherwise refused and audited. */
  private UserAccount officer(long callerId, String clientAddress, String page) {
    UserAccount caller = caller(callerId, clientAddress, page);
    if (caller.getState() != AccountState.ACTIF
        || caller.getPartner() == null
        || caller.getProfiles().stream().noneMatch(Profile::isSecurityOfficer)) {
      refuse(caller, clientAddress, caller.partnerId(), page + " : réservé aux responsables");
    }
    return caller;
  }

  /** The caller when an Actif agent of the central security group; otherwise refused, audited. */
  private UserAccount central(long callerId, String clientAddress, String page) {
    UserAccount caller = caller(callerId, clientAddress, page);
    if (!caller.isActiveWith(InternalRole.AGENT_CENTRAL)) {
      refuse(caller, clientAddress, caller.partnerId(), page + " : réservé au central");
    }
    return caller;
  }

  private UserAccount caller(long callerId, String clientAddress, String page) {
    return accounts
        .find(callerId)
        .orElseThrow(() -> new AccessRefusedException("Unknown caller for " + page));
  }

  private AccessRequest find(UserAccount agent, long requestId, String clientAddress) {
    AccessRequest request = em.find(AccessRequest.class, requestId);
    if (request == null) {
      refuse(agent, clientAddress, null, "Demande d'accès " + requestId + " introuvable");
    }
    return request;
  }

  private void refuse(UserAccount caller, String clientAddress, Long partnerId, String detail) {
    audit.write(
        AuditRecord.of(AuditAction.ACCESS_REFUSED, AuditOutcome.REFUSED)
            .by(caller.loginName(), caller.getId())
            .from(clientAddress)
            .on(caller.getId(), partnerId)
            .detail(detail));
    throw new AccessRefusedException(detail);
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private static String keys(List<RequestViolation> violations) {
    return violations.stream()
        .map(v -> v.field() + ":" + v.messageKey())
        .collect(Collectors.joining(", "));
  }
}
