package ca.qc.portail.accessrequest;

import ca.qc.portail.account.Profile;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * Form 2490 as filled in (R-A1), before any check: what a page or central's paper entry hands to
 * the service. Section 1 is the partner's identity as the form shows it; for an officer's online
 * request the service replaces it with the partner's own data.
 */
public record AccessRequestForm(
    RequestType type,
    String requesterUserCode,
    // Section 1
    String partnerName,
    String partnerAddress,
    String partnerPostalCode,
    String partnerPhone,
    String educationNumber,
    String neq,
    // Section 2
    Civility civility,
    String lastName,
    String firstName,
    String partialSin,
    String phone,
    String phoneExtension,
    String fax,
    String email,
    Set<Profile> profiles,
    boolean declarationAccepted,
    LocalDate declarationDate,
    // Section 3
    String approverLastName,
    String approverFirstName,
    String approverEmail,
    String approverPhone,
    String approverExtension,
    ApproverRole approverRole,
    LocalDate requestedExpiry,
    String comments,
    boolean boardResolution)
    implements Serializable {

  public AccessRequestForm {
    profiles = profiles == null || profiles.isEmpty() ? Set.of() : Set.copyOf(profiles);
  }

  /** The profiles as an EnumSet, in the form's order. */
  public Set<Profile> profileSet() {
    return profiles.isEmpty() ? EnumSet.noneOf(Profile.class) : EnumSet.copyOf(profiles);
  }

  /** The same form with section 1 replaced by the partner's identity. */
  public AccessRequestForm withSectionOne(PartnerIdentity partner) {
    return new AccessRequestForm(
        type,
        requesterUserCode,
        partner.name(),
        partner.address(),
        partner.postalCode(),
        partner.phone(),
        partner.educationNumber(),
        partner.neq(),
        civility,
        lastName,
        firstName,
        partialSin,
        phone,
        phoneExtension,
        fax,
        email,
        profiles,
        declarationAccepted,
        declarationDate,
        approverLastName,
        approverFirstName,
        approverEmail,
        approverPhone,
        approverExtension,
        approverRole,
        requestedExpiry,
        comments,
        boardResolution);
  }
}
