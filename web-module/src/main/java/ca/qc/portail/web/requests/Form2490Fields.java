package ca.qc.portail.web.requests;

import ca.qc.portail.accessrequest.AccessRequestForm;
import ca.qc.portail.accessrequest.ApproverRole;
import ca.qc.portail.accessrequest.Civility;
import ca.qc.portail.accessrequest.PartnerIdentity;
import ca.qc.portail.accessrequest.RequestType;
import ca.qc.portail.accessrequest.RequestViolation;
import ca.qc.portail.account.Profile;
import ca.qc.portail.web.support.Pages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The inputs of form 2490 on a page (the fragment {@code WEB-INF/includes/formulaire-2490.xhtml}),
 * turned into an {@link AccessRequestForm} for the service, whose violations come back at their
 * fields. Nothing here decides what is valid: the rules are the service's.
 */
public class Form2490Fields implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The form id the fragment is included in: field ids are {@code demande:<field>}. */
  public static final String FORM_ID = "demande";

  private RequestType type = RequestType.NOUVEL_ACCES;
  private String requesterUserCode;
  private String partnerName;
  private String partnerAddress;
  private String partnerPostalCode;
  private String partnerPhone;
  private String educationNumber;
  private String neq;
  private Civility civility;
  private String lastName;
  private String firstName;
  private String partialSin;
  private String phone;
  private String phoneExtension;
  private String fax;
  private String email;
  private String officerProfile;
  private boolean individus;
  private String extraction = "SANS";
  private boolean entreprise;
  private boolean declarationAccepted;
  private LocalDate declarationDate;
  private String approverLastName;
  private String approverFirstName;
  private String approverEmail;
  private String approverPhone;
  private String approverExtension;
  private ApproverRole approverRole;
  private LocalDate requestedExpiry;
  private String comments;
  private boolean boardResolution;

  public Form2490Fields(LocalDate today) {
    this.declarationDate = today;
  }

  /** The form with section 1 from {@code partner} (the officer's page shows it read-only). */
  public void sectionOne(PartnerIdentity partner) {
    partnerName = partner.name();
    partnerAddress = partner.address();
    partnerPostalCode = partner.postalCode();
    partnerPhone = partner.phone();
    educationNumber = partner.educationNumber();
    neq = partner.neq();
  }

  public AccessRequestForm toForm() {
    Set<Profile> profiles = EnumSet.noneOf(Profile.class);
    if ("RESPONSABLE_PRINCIPAL".equals(officerProfile)) {
      profiles.add(Profile.RESPONSABLE_PRINCIPAL);
    } else if ("RESPONSABLE_AUXILIAIRE".equals(officerProfile)) {
      profiles.add(Profile.RESPONSABLE_AUXILIAIRE);
    }
    if (individus) {
      profiles.add(Profile.UTILISATEUR_INDIVIDUS);
      if ("AVEC".equals(extraction)) {
        profiles.add(Profile.EXTRACTION_INDIVIDUS);
      }
    }
    if (entreprise) {
      profiles.add(Profile.UTILISATEUR_ENTREPRISE);
    }
    return new AccessRequestForm(
        new AccessRequestForm.Requested(type, requesterUserCode, profiles),
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
            declarationAccepted,
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

  /** Shows each violation at its field (French or English, from the bundles). */
  public static void show(List<RequestViolation> violations) {
    FacesContext faces = FacesContext.getCurrentInstance();
    for (RequestViolation violation : violations) {
      Pages.message(
          FORM_ID + ":" + violation.field(), FacesMessage.SEVERITY_ERROR, violation.messageKey());
    }
    if (!violations.isEmpty()) {
      Pages.message(null, FacesMessage.SEVERITY_ERROR, "request.refused");
      faces.validationFailed();
    }
  }

  public RequestType getType() {
    return type;
  }

  public void setType(RequestType type) {
    this.type = type;
  }

  public String getRequesterUserCode() {
    return requesterUserCode;
  }

  public void setRequesterUserCode(String requesterUserCode) {
    this.requesterUserCode = requesterUserCode;
  }

  public String getPartnerName() {
    return partnerName;
  }

  public void setPartnerName(String partnerName) {
    this.partnerName = partnerName;
  }

  public String getPartnerAddress() {
    return partnerAddress;
  }

  public void setPartnerAddress(String partnerAddress) {
    this.partnerAddress = partnerAddress;
  }

  public String getPartnerPostalCode() {
    return partnerPostalCode;
  }

  public void setPartnerPostalCode(String partnerPostalCode) {
    this.partnerPostalCode = partnerPostalCode;
  }

  public String getPartnerPhone() {
    return partnerPhone;
  }

  public void setPartnerPhone(String partnerPhone) {
    this.partnerPhone = partnerPhone;
  }

  public String getEducationNumber() {
    return educationNumber;
  }

  public void setEducationNumber(String educationNumber) {
    this.educationNumber = educationNumber;
  }

  public String getNeq() {
    return neq;
  }

  public void setNeq(String neq) {
    this.neq = neq;
  }

  public Civility getCivility() {
    return civility;
  }

  public void setCivility(Civility civility) {
    this.civility = civility;
  }

  public String getLastName() {
    return lastName;
  }

  public void setLastName(String lastName) {
    this.lastName = lastName;
  }

  public String getFirstName() {
    return firstName;
  }

  public void setFirstName(String firstName) {
    this.firstName = firstName;
  }

  public String getPartialSin() {
    return partialSin;
  }

  public void setPartialSin(String partialSin) {
    this.partialSin = partialSin;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getPhoneExtension() {
    return phoneExtension;
  }

  public void setPhoneExtension(String phoneExtension) {
    this.phoneExtension = phoneExtension;
  }

  public String getFax() {
    return fax;
  }

  public void setFax(String fax) {
    this.fax = fax;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getOfficerProfile() {
    return officerProfile;
  }

  public void setOfficerProfile(String officerProfile) {
    this.officerProfile = officerProfile;
  }

  public boolean isIndividus() {
    return individus;
  }

  public void setIndividus(boolean individus) {
    this.individus = individus;
  }

  public String getExtraction() {
    return extraction;
  }

  public void setExtraction(String extraction) {
    this.extraction = extraction;
  }

  public boolean isEntreprise() {
    return entreprise;
  }

  public void setEntreprise(boolean entreprise) {
    this.entreprise = entreprise;
  }

  public boolean isDeclarationAccepted() {
    return declarationAccepted;
  }

  public void setDeclarationAccepted(boolean declarationAccepted) {
    this.declarationAccepted = declarationAccepted;
  }

  public LocalDate getDeclarationDate() {
    return declarationDate;
  }

  public void setDeclarationDate(LocalDate declarationDate) {
    this.declarationDate = declarationDate;
  }

  public String getApproverLastName() {
    return approverLastName;
  }

  public void setApproverLastName(String approverLastName) {
    this.approverLastName = approverLastName;
  }

  public String getApproverFirstName() {
    return approverFirstName;
  }

  public void setApproverFirstName(String approverFirstName) {
    this.approverFirstName = approverFirstName;
  }

  public String getApproverEmail() {
    return approverEmail;
  }

  public void setApproverEmail(String approverEmail) {
    this.approverEmail = approverEmail;
  }

  public String getApproverPhone() {
    return approverPhone;
  }

  public void setApproverPhone(String approverPhone) {
    this.approverPhone = approverPhone;
  }

  public String getApproverExtension() {
    return approverExtension;
  }

  public void setApproverExtension(String approverExtension) {
    this.approverExtension = approverExtension;
  }

  public ApproverRole getApproverRole() {
    return approverRole;
  }

  public void setApproverRole(ApproverRole approverRole) {
    this.approverRole = approverRole;
  }

  public LocalDate getRequestedExpiry() {
    return requestedExpiry;
  }

  public void setRequestedExpiry(LocalDate requestedExpiry) {
    this.requestedExpiry = requestedExpiry;
  }

  public String getComments() {
    return comments;
  }

  public void setComments(String comments) {
    this.comments = comments;
  }

  public boolean isBoardResolution() {
    return boardResolution;
  }

  public void setBoardResolution(boolean boardResolution) {
    this.boardResolution = boardResolution;
  }
}
