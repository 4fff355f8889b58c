package ca.qc.portail.exchange;

/** Where an upload stands (R-E9); only a finished one becomes a document anyone sees. */
public enum UploadState {
  /** Receiving bytes, possibly after a break. */
  OUVERT,
  /** Every declared byte received and the document deposited. */
  TERMINE,
  /** Cancelled by its owner (*Annuler*). */
  ANNULE,
  /** Refused while receiving (size limit); its parts are deleted. */
  REFUSE,
  /** Left unfinished for more than a day; its parts deleted by the expiry. */
  ABANDONNE
}
