package ca.qc.portail.accessrequest;

/** How central received a request. */
public enum RequestChannel {
  /** Submitted by a security officer on *Formulaire d'inscription* (R-S8). */
  EN_LIGNE,
  /** Received by post and entered by central (R-C2). */
  POSTE
}
