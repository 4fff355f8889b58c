package ca.qc.portail.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** R-S2: the profile bits the list sorts and filters on follow the account's profiles. */
class ProfileMaskTest {

  private static UserAccount account() {
    return new UserAccount(
        null, "a@b.example", "A", "B", "123456", LocalDate.of(2027, 1, 1), Instant.EPOCH);
  }

  @Test
  void rS2_eachProfileHasItsOwnBitAndTheMaskGivesTheProfilesBack() {
    Set<Integer> bits = new java.util.HashSet<>();
    for (Profile profile : Profile.values()) {
      assertThat(Integer.bitCount(ProfileMask.bit(profile))).isEqualTo(1);
      assertThat(bits.add(ProfileMask.bit(profile))).isTrue();
      assertThat(ProfileMask.profiles(ProfileMask.bit(profile))).containsExactly(profile);
    }
    Set<Profile> all = EnumSet.allOf(Profile.class);
    assertThat(ProfileMask.profiles(ProfileMask.of(all))).isEqualTo(all);
    assertThat(ProfileMask.of(Set.of())).isZero();
  }

  @Test
  void rS2_grantingAndReplacingProfilesKeepsTheMaskInStep() {
    UserAccount account = account();
    assertThat(account.profileMask()).isZero();

    account.grant(Profile.RESPONSABLE_AUXILIAIRE);
    account.grant(Profile.UTILISATEUR_INDIVIDUS);
    assertThat(ProfileMask.profiles(account.profileMask()))
        .isEqualTo(account.getProfiles())
        .containsExactlyInAnyOrder(Profile.RESPONSABLE_AUXILIAIRE, Profile.UTILISATEUR_INDIVIDUS);

    account.replaceProfiles(EnumSet.of(Profile.UTILISATEUR_ENTREPRISE));
    assertThat(account.profileMask()).isEqualTo(ProfileMask.bit(Profile.UTILISATEUR_ENTREPRISE));

    account.replaceProfiles(EnumSet.noneOf(Profile.class));
    assertThat(account.profileMask()).isZero();
  }
}
