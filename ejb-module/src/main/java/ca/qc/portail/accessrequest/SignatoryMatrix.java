package ca.qc.portail.accessrequest;

import ca.qc.portail.account.Profile;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Who may sign section 3 of form 2490 (R-A2, seed 002's matrix) and what a partner without an Actif
 * security officer must do (R-A3). Pure: the service gathers the {@link Signing} facts.
 *
 * <ul>
 *   <li>security officer profile ← manager or board chair;
 *   <li>*Entreprise* ← manager or board chair, plus the board resolution for a non-profit partner;
 *   <li>*Individus* (with or without extraction) ← manager or an Actif security officer;
 *   <li>several profiles: the signer must be allowed for every one;
 *   <li>a signing officer has an Actif account with an officer profile at the partner;
 *   <li>no Actif officer at the partner: a manager signs, and the partner's first request names a
 *       principal security officer.
 * </ul>
 */
public final class SignatoryMatrix {

  private static final Set<ApproverRole> DIRECTION =
      EnumSet.of(ApproverRole.GESTIONNAIRE, ApproverRole.PRESIDENT_CA);
  private static final Set<ApproverRole> INDIVIDUS =
      EnumSet.of(ApproverRole.GESTIONNAIRE, ApproverRole.RESPONSABLE_SECURITE);

  private SignatoryMatrix() {}

  /**
   * The facts about the partner and the signer the matrix needs.
   *
   * @param partnerNonProfit the partner is a non-profit organisation (OSBL)
   * @param boardResolution the board's resolution naming the requester is attached
   * @param partnerHasActiveOfficer the partner has at least one Actif security officer
   * @param firstRequest no person and no earlier (not refused) request exist for the partner
   * @param signerIsActiveOfficer the signer is an Actif account of the partner with an officer
   *     profile
   */
  public record Signing(
      boolean partnerNonProfit,
      boolean boardResolution,
      boolean partnerHasActiveOfficer,
      boolean firstRequest,
      boolean signerIsActiveOfficer) {}

  /** The signers allowed for one profile. */
  public static Set<ApproverRole> allowedFor(Profile profile) {
    return switch (profile) {
      case RESPONSABLE_PRINCIPAL, RESPONSABLE_AUXILIAIRE, UTILISATEUR_ENTREPRISE ->
          EnumSet.copyOf(DIRECTION);
      case UTILISATEUR_INDIVIDUS, EXTRACTION_INDIVIDUS -> EnumSet.copyOf(INDIVIDUS);
    };
  }

  /** Every rule of the matrix the request breaks; empty when its signer may approve it. */
  public static List<RequestViolation> check(
      Set<Profile> profiles, ApproverRole signer, Signing facts) {
    List<RequestViolation> violations = new ArrayList<>();
    if (signer == null || profiles.isEmpty()) {
      return violations;
    }
    boolean officer = profiles.stream().anyMatch(Profile::isSecurityOfficer);
    boolean entreprise = profiles.contains(Profile.UTILISATEUR_ENTREPRISE);
    boolean individus =
        profiles.contains(Profile.UTILISATEUR_INDIVIDUS)
            || profiles.contains(Profile.EXTRACTION_INDIVIDUS);
    if (officer && !DIRECTION.contains(signer)) {
      violations.add(RequestViolation.of("approverRole", "request.matrix.officer"));
    }
    if (entreprise && !DIRECTION.contains(signer)) {
      violations.add(RequestViolation.of("approverRole", "request.matrix.entreprise"));
    }
    if (individus && !INDIVIDUS.contains(signer)) {
      violations.add(RequestViolation.of("approverRole", "request.matrix.individus"));
    }
    if (entreprise && facts.partnerNonProfit() && !facts.boardResolution()) {
      violations.add(RequestViolation.of("boardResolution", "request.matrix.boardResolution"));
    }
    if (!facts.partnerHasActiveOfficer()) {
      if (signer != ApproverRole.GESTIONNAIRE) {
        violations.add(RequestViolation.of("approverRole", "request.matrix.managerRequired"));
      }
      if (facts.firstRequest() && !profiles.contains(Profile.RESPONSABLE_PRINCIPAL)) {
        violations.add(RequestViolation.of("profiles", "request.matrix.firstPrincipal"));
      }
    } else if (signer == ApproverRole.RESPONSABLE_SECURITE && !facts.signerIsActiveOfficer()) {
      violations.add(RequestViolation.of("approverEmail", "request.matrix.signerNotOfficer"));
    }
    return violations;
  }
}
