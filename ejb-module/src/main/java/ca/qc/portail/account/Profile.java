package ca.qc.portail.account;

/** Profiles a partner user may hold (form 2490, *Profil demandé*). */
public enum Profile {
  RESPONSABLE_PRINCIPAL,
  RESPONSABLE_AUXILIAIRE,
  UTILISATEUR_INDIVIDUS,
  /** Only together with {@link #UTILISATEUR_INDIVIDUS}: may extract data (employability only). */
  EXTRACTION_INDIVIDUS,
  UTILISATEUR_ENTREPRISE;

  public boolean isSecurityOfficer() {
    return this == RESPONSABLE_PRINCIPAL || this == RESPONSABLE_AUXILIAIRE;
  }

  /** The profiles for which {@link #isSecurityOfficer} holds, for queries. */
  public static java.util.List<Profile> securityOfficers() {
    return java.util.Arrays.stream(values()).filter(Profile::isSecurityOfficer).toList();
  }
}
