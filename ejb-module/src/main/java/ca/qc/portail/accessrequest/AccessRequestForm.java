package ca.qc.portail.accessrequest;

import ca.qc.portail.account.Profile;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * Form 2490 as filled in (R-A1), before any check: what a page or central's paper entry hands to
 * the service, section by section as the paper form has them (seed 002). For an officer's online
 * request the service replaces section 1 with the partner's own data.
 *
 * @param requested what is asked: the two boxes at the top, the profiles of section 2, and the
 *     requester's user code (bottom of the form) for a profile change
 * @param partner section 1, *Renseignements sur l'identité du partenaire*
 * @param requester section 2, *Demande d'accès pour un demandeur*: the person and their declaration
 * @param approval section 3, *Approbation du partenaire*: the signatory and what they approve
 */
public record AccessRequestForm(
    Requested requested, PartnerIdentity partner, Requester requester, Approval approval)
    implements Serializable {

  public AccessRequestForm {
    requested = requested == null ? new Requested(null, null, Set.of()) : requested;
    partner = partner == null ? new PartnerIdentity(null, null, null, null, null, null) : partner;
    requester =
        requester == null
            ? new Requester(null, null, null, null, null, null, null, null, false, null)
            : requester;
    approval =
        approval == null
            ? new Approval(null, null, null, null, null, null, null, null, false)
            : approval;
  }

  /** The same form with section 1 replaced by the partner's identity. */
  public AccessRequestForm withPartner(PartnerIdentity identity) {
    return new AccessRequestForm(requested, identity, requester, approval);
  }

  /**
   * What the form asks for: a new access (*Demande de code d'enregistrement*) or a profile change
   * naming the requester's user code, and the profiles (*Profil demandé*).
   */
  public record Requested(RequestType type, String requesterUserCode, Set<Profile> profiles)
      implements Serializable {

    public Requested {
      profiles = profiles == null || profiles.isEmpty() ? Set.of() : Set.copyOf(profiles);
    }

    /** The profiles as an EnumSet, in the form's order. */
    public Set<Profile> profileSet() {
      return profiles.isEmpty() ? EnumSet.noneOf(Profile.class) : EnumSet.copyOf(profiles);
    }
  }

  /**
   * Section 2: *Renseignements sur l'identité du demandeur* and the *Déclaration du demandeur*,
   * accepted and dated.
   */
  public record Requester(
      Civility civility,
      String lastName,
      String firstName,
      String partialSin,
      String phone,
      String phoneExtension,
      String fax,
      String email,
      boolean declarationAccepted,
      LocalDate declarationDate)
      implements Serializable {}

  /**
   * Section 3: *Renseignements sur l'identité de la personne qui approuve*, the requested expiry
   * date, the comments, and the *Déclaration* (the signer's role at the partner; the board's
   * resolution attached for a non-profit partner's *Entreprise* profile).
   */
  public record Approval(
      String lastName,
      String firstName,
      String email,
      String phone,
      String extension,
      ApproverRole role,
      LocalDate requestedExpiry,
      String comments,
      boolean boardResolution)
      implements Serializable {}
}
