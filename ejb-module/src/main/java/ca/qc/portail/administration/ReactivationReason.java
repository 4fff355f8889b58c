package ca.qc.portail.administration;

/**
 * *Raison de réactivation* (R-S5; seed 001, 8.2 b). The French label is what the account records
 * and its security file shows; pages show {@code reactivation.reason.NAME} of the web bundles.
 */
public enum ReactivationReason {
  IDENTITE_CONFIRMEE("Identité de l'utilisateur confirmée"),
  ERREUR_DE_SAISIE("Erreur de saisie du mot de passe"),
  /** Requires a text of its own (*Autre raison de réactivation*), recorded instead of the label. */
  AUTRE_RAISON("Autre raison");

  private final String label;

  ReactivationReason(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
