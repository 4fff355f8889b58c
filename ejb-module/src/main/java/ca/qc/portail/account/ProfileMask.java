package ca.qc.portail.account;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * The profiles of an account as one number, one bit per profile: {@code user_account.profile_mask}
 * (migration V50), kept by {@link UserAccount} whenever its profiles change, so the *Liste des
 * personnes autorisées* (R-S2) filters and sorts on the profile column without a subquery per row.
 */
public final class ProfileMask {
  private ProfileMask() {}

  public static int bit(Profile profile) {
    return switch (profile) {
      case RESPONSABLE_PRINCIPAL -> 1;
      case RESPONSABLE_AUXILIAIRE -> 2;
      case UTILISATEUR_INDIVIDUS -> 4;
      case EXTRACTION_INDIVIDUS -> 8;
      case UTILISATEUR_ENTREPRISE -> 16;
    };
  }

  public static int of(Collection<Profile> profiles) {
    int mask = 0;
    for (Profile profile : profiles) {
      mask |= bit(profile);
    }
    return mask;
  }

  public static Set<Profile> profiles(int mask) {
    Set<Profile> profiles = EnumSet.noneOf(Profile.class);
    for (Profile profile : Profile.values()) {
      if ((mask & bit(profile)) != 0) {
        profiles.add(profile);
      }
    }
    return profiles;
  }
}
