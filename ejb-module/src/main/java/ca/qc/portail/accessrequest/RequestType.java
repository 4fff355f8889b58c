package ca.qc.portail.accessrequest;

/** What form 2490 asks for (its two boxes at the top). */
public enum RequestType {
  /** *Demande de code d'enregistrement*: a new person. */
  NOUVEL_ACCES,
  /**
   * *Modification au profil autorisé*: the requester already has a user code, named on the form.
   */
  MODIFICATION_PROFIL
}
