package ca.qc.portail.accessrequest;

import static ca.qc.portail.accessrequest.ApproverRole.GESTIONNAIRE;
import static ca.qc.portail.accessrequest.ApproverRole.PRESIDENT_CA;
import static ca.qc.portail.accessrequest.ApproverRole.RESPONSABLE_SECURITE;
import static ca.qc.portail.account.Profile.EXTRACTION_INDIVIDUS;
import static ca.qc.portail.account.Profile.RESPONSABLE_AUXILIAIRE;
import static ca.qc.portail.account.Profile.RESPONSABLE_PRINCIPAL;
import static ca.qc.portail.account.Profile.UTILISATEUR_ENTREPRISE;
import static ca.qc.portail.account.Profile.UTILISATEUR_INDIVIDUS;
import static org.assertj.core.api.Assertions.assertThat;

import ca.qc.portail.account.Profile;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** R-A2 and R-A3: the signatory matrix of seed 002, every branch. */
class SignatoryMatrixTest {

  /** A for-profit partner with an Actif officer, not its first request, signer not an officer. */
  private static final SignatoryMatrix.Signing ORDINARY =
      new SignatoryMatrix.Signing(false, false, true, false, false);

  private static final SignatoryMatrix.Signing SIGNED_BY_ACTIVE_OFFICER =
      new SignatoryMatrix.Signing(false, false, true, false, true);

  private static List<String> keys(
      Set<Profile> profiles, ApproverRole signer, SignatoryMatrix.Signing facts) {
    return SignatoryMatrix.check(profiles, signer, facts).stream()
        .map(RequestViolation::messageKey)
        .toList();
  }

  @ParameterizedTest
  @EnumSource(
      value = ApproverRole.class,
      names = {"GESTIONNAIRE", "PRESIDENT_CA"})
  @DisplayName("R-A2: a security officer profile is signed by a manager or the board chair")
  void officerProfileByDirection(ApproverRole signer) {
    assertThat(keys(Set.of(RESPONSABLE_PRINCIPAL), signer, ORDINARY)).isEmpty();
    assertThat(keys(Set.of(RESPONSABLE_AUXILIAIRE), signer, ORDINARY)).isEmpty();
  }

  @Test
  @DisplayName("R-A2: a security officer may not sign for a security officer profile")
  void officerProfileNotByOfficer() {
    assertThat(keys(Set.of(RESPONSABLE_AUXILIAIRE), RESPONSABLE_SECURITE, SIGNED_BY_ACTIVE_OFFICER))
        .containsExactly("request.matrix.officer");
  }

  @ParameterizedTest
  @EnumSource(
      value = ApproverRole.class,
      names = {"GESTIONNAIRE", "PRESIDENT_CA"})
  @DisplayName("R-A2: Entreprise is signed by a manager or the board chair (for-profit partner)")
  void entrepriseByDirection(ApproverRole signer) {
    assertThat(keys(Set.of(UTILISATEUR_ENTREPRISE), signer, ORDINARY)).isEmpty();
  }

  @Test
  @DisplayName("R-A2: a security officer may not sign for Entreprise")
  void entrepriseNotByOfficer() {
    assertThat(keys(Set.of(UTILISATEUR_ENTREPRISE), RESPONSABLE_SECURITE, SIGNED_BY_ACTIVE_OFFICER))
        .containsExactly("request.matrix.entreprise");
  }

  @Test
  @DisplayName("R-A2: Entreprise at a non-profit partner needs the board resolution")
  void entrepriseNonProfitNeedsResolution() {
    SignatoryMatrix.Signing without = new SignatoryMatrix.Signing(true, false, true, false, false);
    SignatoryMatrix.Signing with = new SignatoryMatrix.Signing(true, true, true, false, false);

    assertThat(SignatoryMatrix.check(Set.of(UTILISATEUR_ENTREPRISE), GESTIONNAIRE, without))
        .containsExactly(new RequestViolation("boardResolution", "request.matrix.boardResolution"));
    assertThat(keys(Set.of(UTILISATEUR_ENTREPRISE), PRESIDENT_CA, with)).isEmpty();
    assertThat(keys(Set.of(UTILISATEUR_INDIVIDUS), GESTIONNAIRE, without))
        .as("the resolution is for Entreprise only")
        .isEmpty();
  }

  @Test
  @DisplayName("R-A2: Individus (with or without extraction) by a manager or an Actif officer")
  void individusByManagerOrActiveOfficer() {
    assertThat(keys(Set.of(UTILISATEUR_INDIVIDUS), GESTIONNAIRE, ORDINARY)).isEmpty();
    assertThat(
            keys(
                Set.of(UTILISATEUR_INDIVIDUS, EXTRACTION_INDIVIDUS),
                RESPONSABLE_SECURITE,
                SIGNED_BY_ACTIVE_OFFICER))
        .isEmpty();
  }

  @Test
  @DisplayName("R-A2: the board chair may not sign for Individus")
  void individusNotByBoardChair() {
    assertThat(keys(Set.of(UTILISATEUR_INDIVIDUS), PRESIDENT_CA, ORDINARY))
        .containsExactly("request.matrix.individus");
  }

  @Test
  @DisplayName("R-A2: a signing officer must have an Actif account with an officer profile")
  void signingOfficerMustBeActive() {
    assertThat(SignatoryMatrix.check(Set.of(UTILISATEUR_INDIVIDUS), RESPONSABLE_SECURITE, ORDINARY))
        .containsExactly(new RequestViolation("approverEmail", "request.matrix.signerNotOfficer"));
  }

  @Test
  @DisplayName("R-A2: several profiles need a signer allowed for all of them")
  void severalProfilesNeedSignerForAll() {
    assertThat(keys(Set.of(UTILISATEUR_INDIVIDUS, RESPONSABLE_PRINCIPAL), GESTIONNAIRE, ORDINARY))
        .isEmpty();
    assertThat(
            keys(
                Set.of(UTILISATEUR_INDIVIDUS, RESPONSABLE_PRINCIPAL),
                RESPONSABLE_SECURITE,
                SIGNED_BY_ACTIVE_OFFICER))
        .containsExactly("request.matrix.officer");
    assertThat(keys(Set.of(UTILISATEUR_INDIVIDUS, UTILISATEUR_ENTREPRISE), PRESIDENT_CA, ORDINARY))
        .containsExactly("request.matrix.individus");
    assertThat(
            keys(
                Set.of(UTILISATEUR_INDIVIDUS, UTILISATEUR_ENTREPRISE),
                RESPONSABLE_SECURITE,
                SIGNED_BY_ACTIVE_OFFICER))
        .containsExactly("request.matrix.entreprise");
  }

  @Test
  @DisplayName("R-A3: without an Actif officer, only a manager signs")
  void withoutOfficerOnlyManager() {
    SignatoryMatrix.Signing noOfficer =
        new SignatoryMatrix.Signing(false, false, false, false, false);

    assertThat(keys(Set.of(UTILISATEUR_INDIVIDUS), GESTIONNAIRE, noOfficer)).isEmpty();
    assertThat(keys(Set.of(UTILISATEUR_ENTREPRISE), PRESIDENT_CA, noOfficer))
        .containsExactly("request.matrix.managerRequired");
    assertThat(keys(Set.of(UTILISATEUR_INDIVIDUS), RESPONSABLE_SECURITE, noOfficer))
        .containsExactly("request.matrix.managerRequired");
  }

  @Test
  @DisplayName("R-A3: the first request of a partner without officer names a principal officer")
  void firstRequestNamesPrincipal() {
    SignatoryMatrix.Signing first = new SignatoryMatrix.Signing(false, false, false, true, false);

    assertThat(SignatoryMatrix.check(Set.of(UTILISATEUR_INDIVIDUS), GESTIONNAIRE, first))
        .containsExactly(new RequestViolation("profiles", "request.matrix.firstPrincipal"));
    assertThat(keys(Set.of(RESPONSABLE_AUXILIAIRE), GESTIONNAIRE, first))
        .containsExactly("request.matrix.firstPrincipal");
    assertThat(keys(Set.of(RESPONSABLE_PRINCIPAL, UTILISATEUR_INDIVIDUS), GESTIONNAIRE, first))
        .isEmpty();
  }

  @Test
  @DisplayName("R-A3: a later request while no officer is Actif need not name a principal")
  void laterRequestWithoutOfficer() {
    SignatoryMatrix.Signing later = new SignatoryMatrix.Signing(false, false, false, false, false);

    assertThat(keys(Set.of(RESPONSABLE_AUXILIAIRE), GESTIONNAIRE, later)).isEmpty();
  }

  @Test
  @DisplayName("Nothing to say without a signer or profiles: the form rules report those")
  void missingInputsLeftToFormRules() {
    assertThat(SignatoryMatrix.check(Set.of(), GESTIONNAIRE, ORDINARY)).isEmpty();
    assertThat(SignatoryMatrix.check(Set.of(UTILISATEUR_INDIVIDUS), null, ORDINARY)).isEmpty();
  }

  @Test
  @DisplayName("R-A2: the allowed signers per profile, as in seed 002's table")
  void allowedSigners() {
    assertThat(SignatoryMatrix.allowedFor(RESPONSABLE_PRINCIPAL))
        .containsExactlyInAnyOrder(GESTIONNAIRE, PRESIDENT_CA);
    assertThat(SignatoryMatrix.allowedFor(UTILISATEUR_ENTREPRISE))
        .containsExactlyInAnyOrder(GESTIONNAIRE, PRESIDENT_CA);
    assertThat(SignatoryMatrix.allowedFor(EXTRACTION_INDIVIDUS))
        .containsExactlyInAnyOrder(GESTIONNAIRE, RESPONSABLE_SECURITE);
  }
}
