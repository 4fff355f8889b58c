package ca.qc.portail.accessrequest;

import ca.qc.portail.account.Profile;
import ca.qc.portail.partner.Partner;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A form 2490 received by central (R-A1), online from a security officer (R-S8) or by post and
 * entered by central (R-C2). It is stored only once its form passed {@link AccessRequestFormRules}
 * and {@link SignatoryMatrix}; it waits in central's queue until approved (R-A4) or refused.
 */
@Entity
@Table(name = "access_request")
public class AccessRequest {

  @Id
  @SequenceGenerator(
      name = "access_request_seq",
      sequenceName = "access_request_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "access_request_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "partner_id")
  private Partner partner;

  @Enumerated(EnumType.STRING)
  @Column(name = "request_type", nullable = false, length = 20)
  private RequestType type;

  @Column(name = "requester_user_code", length = 64)
  private String requesterUserCode;

  @Column(name = "partner_name", nullable = false, length = 200)
  private String partnerName;

  @Column(name = "partner_address", length = 300)
  private String partnerAddress;

  @Column(name = "partner_postal_code", length = 7)
  private String partnerPostalCode;

  @Column(name = "partner_phone", length = 20)
  private String partnerPhone;

  @Column(name = "education_number", length = 20)
  private String educationNumber;

  @Column(length = 10)
  private String neq;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private Civility civility;

  @Column(name = "last_name", nullable = false, length = 100)
  private String lastName;

  @Column(name = "first_name", nullable = false, length = 100)
  private String firstName;

  @Column(name = "partial_sin", nullable = false, length = 6)
  private String partialSin;

  @Column(nullable = false, length = 20)
  private String phone;

  @Column(name = "phone_extension", length = 6)
  private String phoneExtension;

  @Column(length = 20)
  private String fax;

  @Column(nullable = false, length = 254)
  private String email;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "access_request_profile", joinColumns = @JoinColumn(name = "request_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "profile", length = 40)
  private Set<Profile> profiles = EnumSet.noneOf(Profile.class);

  @Column(name = "declaration_date", nullable = false)
  private LocalDate declarationDate;

  @Column(name = "approver_last_name", nullable = false, length = 100)
  private String approverLastName;

  @Column(name = "approver_first_name", nullable = false, length = 100)
  private String approverFirstName;

  @Column(name = "approver_email", nullable = false, length = 254)
  private String approverEmail;

  @Column(name = "approver_phone", nullable = false, length = 20)
  private String approverPhone;

  @Column(name = "approver_extension", length = 6)
  private String approverExtension;

  @Enumerated(EnumType.STRING)
  @Column(name = "approver_role", nullable = false, length = 20)
  private ApproverRole approverRole;

  @Column(name = "requested_expiry", nullable = false)
  private LocalDate requestedExpiry;

  @Column(length = 1000)
  private String comments;

  @Column(name = "board_resolution", nullable = false)
  private boolean boardResolution;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private RequestChannel channel;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private AccessRequestState state;

  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;

  @Column(name = "submitted_by", nullable = false)
  private Long submittedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decided_by")
  private Long decidedBy;

  @Column(name = "rejection_reason", length = 500)
  private String rejectionReason;

  @Column(name = "account_id")
  private Long accountId;

  @Version private long version;

  protected AccessRequest() {}

  /** A request whose form passed the checks; its text fields as the rules normalised them. */
  AccessRequest(
      Partner partner,
      AccessRequestForm form,
      RequestChannel channel,
      long submittedBy,
      Instant receivedAt) {
    this.partner = Objects.requireNonNull(partner);
    AccessRequestForm.Requested requested = form.requested();
    this.type = requested.type();
    this.requesterUserCode =
        requested.type() == RequestType.MODIFICATION_PROFIL
            ? AccessRequestFormRules.clean(requested.requesterUserCode())
            : null;
    this.profiles = requested.profileSet();
    PartnerIdentity identity = form.partner();
    this.partnerName = identity.name().strip();
    this.partnerAddress = AccessRequestFormRules.clean(identity.address());
    this.partnerPostalCode =
        identity.postalCode() == null
            ? null
            : AccessRequestFormRules.postalCode(identity.postalCode());
    this.partnerPhone =
        identity.phone() == null ? null : AccessRequestFormRules.phone(identity.phone());
    this.educationNumber = AccessRequestFormRules.clean(identity.educationNumber());
    this.neq = identity.neq() == null ? null : AccessRequestFormRules.neq(identity.neq());
    AccessRequestForm.Requester requester = form.requester();
    this.civility = requester.civility();
    this.lastName = requester.lastName().strip();
    this.firstName = requester.firstName().strip();
    this.partialSin = AccessRequestFormRules.partialSin(requester.partialSin());
    this.phone = AccessRequestFormRules.phone(requester.phone());
    this.phoneExtension = AccessRequestFormRules.clean(requester.phoneExtension());
    this.fax = requester.fax() == null ? null : AccessRequestFormRules.phone(requester.fax());
    this.email = requester.email().strip();
    this.declarationDate = requester.declarationDate();
    AccessRequestForm.Approval approval = form.approval();
    this.approverLastName = approval.lastName().strip();
    this.approverFirstName = approval.firstName().strip();
    this.approverEmail = approval.email().strip();
    this.approverPhone = AccessRequestFormRules.phone(approval.phone());
    this.approverExtension = AccessRequestFormRules.clean(approval.extension());
    this.approverRole = approval.role();
    this.requestedExpiry = approval.requestedExpiry();
    this.comments = AccessRequestFormRules.clean(approval.comments());
    this.boardResolution = approval.boardResolution();
    this.channel = channel;
    this.submittedBy = submittedBy;
    this.receivedAt = receivedAt;
    this.state = AccessRequestState.EN_ATTENTE;
  }

  /** The form as received and stored (its declaration was accepted, or it would not be here). */
  public AccessRequestForm form() {
    return new AccessRequestForm(
        new AccessRequestForm.Requested(type, requesterUserCode, getProfiles()),
        new PartnerIdentity(
            partnerName, partnerAddress, partnerPostalCode, partnerPhone, educationNumber, neq),
        new AccessRequestForm.Requester(
            civility,
            lastName,
            firstName,
            partialSin,
            phone,
            phoneExtension,
            fax,
            email,
            true,
            declarationDate),
        new AccessRequestForm.Approval(
            approverLastName,
            approverFirstName,
            approverEmail,
            approverPhone,
            approverExtension,
            approverRole,
            requestedExpiry,
            comments,
            boardResolution));
  }

  void approve(long agentId, Instant at, long accountId) {
    this.state = AccessRequestState.APPROUVEE;
    this.decidedBy = agentId;
    this.decidedAt = at;
    this.accountId = accountId;
  }

  void reject(long agentId, Instant at, String reason) {
    this.state = AccessRequestState.REFUSEE;
    this.decidedBy = agentId;
    this.decidedAt = at;
    this.rejectionReason = reason;
  }

  public Long getId() {
    return id;
  }

  public Partner getPartner() {
    return partner;
  }

  public RequestType getType() {
    return type;
  }

  public String getRequesterUserCode() {
    return requesterUserCode;
  }

  public String getPartnerName() {
    return partnerName;
  }

  public String getPartnerAddress() {
    return partnerAddress;
  }

  public String getPartnerPostalCode() {
    return partnerPostalCode;
  }

  public String getPartnerPhone() {
    return partnerPhone;
  }

  public String getEducationNumber() {
    return educationNumber;
  }

  public String getNeq() {
    return neq;
  }

  public Civility getCivility() {
    return civility;
  }

  public String getLastName() {
    return lastName;
  }

  public String getFirstName() {
    return firstName;
  }

  public String getPartialSin() {
    return partialSin;
  }

  public String getPhone() {
    return phone;
  }

  public String getPhoneExtension() {
    return phoneExtension;
  }

  public String getFax() {
    return fax;
  }

  public String getEmail() {
    return email;
  }

  public Set<Profile> getProfiles() {
    return profiles.isEmpty() ? EnumSet.noneOf(Profile.class) : EnumSet.copyOf(profiles);
  }

  public LocalDate getDeclarationDate() {
    return declarationDate;
  }

  public String getApproverLastName() {
    return approverLastName;
  }

  public String getApproverFirstName() {
    return approverFirstName;
  }

  public String getApproverEmail() {
    return approverEmail;
  }

  public String getApproverPhone() {
    return approverPhone;
  }

  public String getApproverExtension() {
    return approverExtension;
  }

  public ApproverRole getApproverRole() {
    return approverRole;
  }

  public LocalDate getRequestedExpiry() {
    return requestedExpiry;
  }

  public String getComments() {
    return comments;
  }

  public boolean isBoardResolution() {
    return boardResolution;
  }

  public RequestChannel getChannel() {
    return channel;
  }

  public AccessRequestState getState() {
    return state;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }

  public Long getSubmittedBy() {
    return submittedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public Long getDecidedBy() {
    return decidedBy;
  }

  public String getRejectionReason() {
    return rejectionReason;
  }

  public Long getAccountId() {
    return accountId;
  }
}
