package ca.qc.portail.account;

/**
 * Why a person deactivates their own user code (R-D1; seed 001, 7.2, *Raison de désactivation*), in
 * the seed's order. The French label is what the account records as its state reason; pages show
 * the translated label {@code deactivation.reason.NAME} of the web bundles.
 */
public enum DeactivationReason {
  ABSENCE_PROLONGEE("Absence prolongée"),
  /** Requires a text of its own, recorded instead of the label. */
  AUTRE_RAISON("Autre raison"),
  CHANGEMENT_DE_FONCTION("Changement de fonction"),
  CONGEDIEMENT("Congédiement"),
  DEPART_VOLONTAIRE("Départ volontaire"),
  FIN_DE_CONTRAT("Fin de contrat"),
  FERMETURE_D_ENTREPRISE("Fermeture d'entreprise"),
  FIN_DE_L_ENTENTE_DE_SERVICE("Fin de l'entente de service");

  private final String label;

  DeactivationReason(String label) {
    this.label = label;
  }

  /** The seed's French label. */
  public String label() {
    return label;
  }
}
