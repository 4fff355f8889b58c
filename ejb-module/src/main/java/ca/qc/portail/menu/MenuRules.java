package ca.qc.portail.menu;

import ca.qc.portail.account.InternalRole;
import ca.qc.portail.account.Profile;
import ca.qc.portail.partner.MeasureFamily;
import java.util.EnumSet;
import java.util.Set;

/** R-M1: the sections a person sees, from their profiles, roles and their partner's agreements. */
public final class MenuRules {
  private MenuRules() {}

  public static Set<MenuSection> sections(
      Set<Profile> profiles, Set<InternalRole> roles, Set<MeasureFamily> partnerFamilies) {
    return sections(profiles, roles, partnerFamilies, false);
  }

  /** The same, for someone who takes part in at least one exchange project or not (R-E1). */
  public static Set<MenuSection> sections(
      Set<Profile> profiles,
      Set<InternalRole> roles,
      Set<MeasureFamily> partnerFamilies,
      boolean exchangeParticipant) {
    Set<MenuSection> sections = EnumSet.noneOf(MenuSection.class);
    boolean individus = profiles.contains(Profile.UTILISATEUR_INDIVIDUS);
    if (individus && partnerFamilies.contains(MeasureFamily.FORMATION)) {
      sections.add(MenuSection.FORMATION);
    }
    if (individus && partnerFamilies.contains(MeasureFamily.EMPLOYABILITE)) {
      sections.add(MenuSection.EMPLOYABILITE);
    }
    if (profiles.contains(Profile.UTILISATEUR_ENTREPRISE)
        && partnerFamilies.contains(MeasureFamily.FACTURATION)) {
      sections.add(MenuSection.FACTURATION);
    }
    if (profiles.stream().anyMatch(Profile::isSecurityOfficer)) {
      sections.add(MenuSection.ADMINISTRATION_SECURITE);
    }
    // Every signed-in person changes their own password there, ministry agents too (R-C8);
    // *Désactiver votre code d'utilisateur* in it is partner users' only.
    sections.add(MenuSection.GESTION_AUTHENTIFICATION);
    // Staff reach the projects' administration there even before they take part in one (R-E1).
    if (exchangeParticipant || roles.contains(InternalRole.PERSONNEL)) {
      sections.add(MenuSection.ECHANGE_SECURISE);
    }
    if (roles.contains(InternalRole.AGENT_CENTRAL)) {
      sections.add(MenuSection.CENTRAL);
    }
    if (roles.contains(InternalRole.OPERATEUR)) {
      sections.add(MenuSection.OPERATIONS);
    }
    sections.add(MenuSection.FERMETURE_SESSION);
    return sections;
  }
}
