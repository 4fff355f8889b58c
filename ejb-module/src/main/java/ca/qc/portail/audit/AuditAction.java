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
  ACCESS_REQUEST_SUBMITTED,
  ACCESS_REQUEST_APPROVED,
  ACCESS_REQUEST_REJECTED,
  ACTIVATION_LINK_SENT,
  PROFILES_CHANGED,
  REGISTRATION_CODE_EXTENDED,
  REGISTRATION_CODE_UNSUSPENDED,
  /** R-S5, R-C4: an Inactif account made Actif again, or a lock lifted early. */
  ACCOUNT_REACTIVATED,
  /** R-S7, R-C4: a new expiry date. */
  VALIDITY_CHANGED,
  /** R-C4: a temporary password issued by central. */
  TEMPORARY_PASSWORD_ISSUED,
  /** R-C5: personal data corrected by central. */
  PERSONAL_DATA_CORRECTED,
  JOB_STARTED,
  JOB_ENDED,
  LANGUAGE_CHOSEN,
  /** R-C1: central created a partner (FAILURE: the entry was refused, nothing stored). */
  PARTNER_CREATED,
  PARTNER_UPDATED,
  AGREEMENT_ADDED,
  AGREEMENT_UPDATED,
  /** R-C7: central exported the audit trail as CSV. */
  AUDIT_EXPORTED,
  /** R-J2: an account made Inactif by the inactivity job. */
  ACCOUNT_INACTIVATED,
  /** R-J3: a partner's officers were sent the expiry notice. */
  EXPIRY_NOTICE_SENT,
  /** R-J4: a registration code passed its validity. */
  REGISTRATION_CODE_EXPIRED,
  /** R-J7: the daily report was e-mailed to a central agent. */
  DAILY_REPORT_SENT,
  /** An operator's action on the operations console (start, stop, restart, abandon, retry…). */
  OPERATOR_ACTION,
  /** R-E1: staff created an exchange project (FAILURE: the entry was refused, nothing stored). */
  EXCHANGE_PROJECT_CREATED,
  EXCHANGE_PROJECT_UPDATED,
  /** R-E1: a project's members and responsables changed. */
  EXCHANGE_PARTICIPANTS_CHANGED,
  /** R-E3, R-E9: a document deposited (FAILURE: refused by the rules or the size limit). */
  DOCUMENT_DEPOSITED,
  /** R-E9: a download started (a ticket that range requests then serve). */
  DOCUMENT_DOWNLOAD_STARTED,
  /** R-E8, R-E9: a download complete, its last byte sent. */
  DOCUMENT_DOWNLOADED,
  /** R-E3: the depositor withdrew a document. */
  DOCUMENT_WITHDRAWN,
  /** R-E5, R-J5: a document's content and data key deleted (expired or withdrawn). */
  DOCUMENT_CONTENT_DELETED,
  /** R-E9: stored content failed its authentication or its SHA-256 while being read. */
  DOCUMENT_INTEGRITY_FAILED,
  /** R-E7: a person confirmed a version of a project's consent text. */
  EXCHANGE_CONSENT_GIVEN,
  /** R-E9: the parts of an abandoned, cancelled or refused upload deleted. */
  UPLOAD_PARTS_DELETED,
  /**
   * Finding #12 of issue 12: a client address reached a throttling ceiling (failed logins, wrong
   * codes, or audited refusals without a session).
   */
  ADDRESS_THROTTLED,
  /** An authenticator app enrolled (or its enrolment refused), issue 12 deliver 2. */
  AUTHENTICATOR_ENROLLED,
  /** R-C8: central changed a ministry agent's roles (or was refused). */
  AGENT_ROLES_CHANGED
}
