package ca.qc.portail.audit;

/** What an audit record is about. */
public enum AuditAction {
  LOGIN,
  LOGOUT,
  ACCOUNT_EXPIRED,
  ACCOUNT_LOCKED,
  ACCOUNT_DEACTIVATED,
  CENTRAL_ALERTED,
  ACCOUNT_CREATED,
  ACCESS_REFUSED,
  JOB_STARTED,
  JOB_ENDED
}
