package ca.qc.portail.account;

/**
 * Security role names, as used in {@code @RolesAllowed} and web.xml. A signed-in account holds
 * {@link #SIGNED_IN} plus one role per profile and per internal role, named as the enum constant.
 */
public final class Roles {
  public static final String SIGNED_IN = "UTILISATEUR";
  public static final String RESPONSABLE_PRINCIPAL = "RESPONSABLE_PRINCIPAL";
  public static final String RESPONSABLE_AUXILIAIRE = "RESPONSABLE_AUXILIAIRE";
  public static final String UTILISATEUR_INDIVIDUS = "UTILISATEUR_INDIVIDUS";
  public static final String EXTRACTION_INDIVIDUS = "EXTRACTION_INDIVIDUS";
  public static final String UTILISATEUR_ENTREPRISE = "UTILISATEUR_ENTREPRISE";
  public static final String AGENT_CENTRAL = "AGENT_CENTRAL";
  public static final String PERSONNEL = "PERSONNEL";
  public static final String OPERATEUR = "OPERATEUR";

  private Roles() {}
}
