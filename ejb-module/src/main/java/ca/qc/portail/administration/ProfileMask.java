package ca.qc.portail.administration;

import ca.qc.portail.account.Profile;
import java.util.EnumSet;
import java.util.Set;

/** The bits of {@code security_file_entry.profile_mask} (migration V20), one per profile. */
final class ProfileMask {
  private ProfileMask() {}

  static int bit(Profile profile) {
    return switch (profile) {
      case RESPONSABLE_PRINCIPAL -> 1;
      case RESPONSABLE_AUXILIAIRE -> 2;
      case UTILISATEUR_INDIVIDUS -> 4;
      case EXTRACTION_INDIVIDUS -> 8;
      case UTILISATEUR_ENTREPRISE -> 16;
    };
  }

  static Set<Profile> profiles(int mask) {
    Set<Profile> profiles = EnumSet.noneOf(Profile.class);
    for (Profile profile : Profile.values()) {
      if ((mask & bit(profile)) != 0) {
        profiles.add(profile);
      }
    }
    return profiles;
  }
}
