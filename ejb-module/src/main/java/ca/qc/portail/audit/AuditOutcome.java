package ca.qc.portail.audit;

/** Whether the audited transaction did what was asked. */
public enum AuditOutcome {
  SUCCESS,
  FAILURE,
  REFUSED
}
