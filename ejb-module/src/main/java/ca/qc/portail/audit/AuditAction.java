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
  /** R-J2: an account made Inactif by the inactivity job. */
  ACCOUNT_INACTIVATED,
  /** R-J3: a partner's officers were sent the expiry notice. */
  EXPIRY_NOTICE_SENT,
  /** R-J4: a registration code passed its validity. */
  REGISTRATION_CODE_EXPIRED,
  /** R-J7: the daily report was e-mailed to a central agent. */
  DAILY_REPORT_SENT,
  /** An operator's action on the operations console (start, stop, restart, abandon, retry…). */
  OPERATOR_ACTION
}
