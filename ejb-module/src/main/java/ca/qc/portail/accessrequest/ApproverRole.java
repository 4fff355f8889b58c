package ca.qc.portail.accessrequest;

/** Who signs section 3 of form 2490 (seed 002, signatory matrix). */
public enum ApproverRole {
  /** *Membre de la direction* (gestionnaire). */
  GESTIONNAIRE,
  /** *Président du conseil d'administration*. */
  PRESIDENT_CA,
  /** *Responsable de la sécurité*, principal or auxiliary, with an Actif account. */
  RESPONSABLE_SECURITE
}
