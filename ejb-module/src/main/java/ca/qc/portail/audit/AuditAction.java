package ca.qc.portail.audit;

/** What an audit record is about. */
public enum AuditAction {
  LOGIN,
  LOGOUT,
  ACCOUNT_EXPIRED,
  ACCOUNT_LOCKED,
  ACCOUNT_DEACTIVATED,
  CENTRAL_ALERTED,
  PASSWORD_RESET_REQUESTED,
  PASSWORD_CHANGED,
  ACCOUNT_CREATED,
  ACCESS_REFUSED,
  REGISTRATION_CODE_ISSUED,
  REGISTRATION_CODE_VERIFIED,
  REGISTRATION_CODE_SUSPENDED,
  ACCOUNT_REGISTERED,
  JOB_STARTED,
  JOB_ENDED,
  /** R-C1: central created a partner (FAILURE: the entry was refused, nothing stored). */
  PARTNER_CREATED,
  PARTNER_UPDATED,
  AGREEMENT_ADDED,
  AGREEMENT_UPDATED,
  /** R-C7: central exported the audit trail as CSV. */
  AUDIT_EXPORTED
}
