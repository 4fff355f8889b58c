package ca.qc.portail.exchange;

/** Why a project's entry or membership was refused (R-E1). */
public enum ProjectViolation {
  CODE_REQUIRED,
  CODE_FORMAT,
  CODE_TAKEN,
  NAME_REQUIRED,
  NAME_TOO_LONG,
  /** Finding #13 of issue 12: a control or invisible format character. */
  NAME_CONTROL_CHARACTERS,
  CONSENT_TOO_LONG,
  CONSENT_CONTROL_CHARACTERS,
  QUOTA_INVALID,
  EXPIRY_INVALID,
  /** A member must be an Actif account of the project's partner, with a profile. */
  MEMBER_NOT_OF_PARTNER,
  /** A responsable must be Actif ministry staff (PERSONNEL). */
  RESPONSABLE_NOT_STAFF
}
