package ca.qc.portail.accessrequest;

/** Where a request stands in central's queue (R-C2). */
public enum AccessRequestState {
  EN_ATTENTE,
  APPROUVEE,
  REFUSEE
}
