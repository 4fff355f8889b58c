package ca.qc.portail.exchange;

/** How a person takes part in a project (R-E1). */
public enum ParticipantRole {
  /** An Actif account of the project's partner. */
  MEMBRE,
  /** Ministry staff (PERSONNEL) answering for the project. */
  RESPONSABLE
}
