package ca.qc.portail.administration;

/**
 * Why an action on a security file is refused, with the form field it concerns and the key of its
 * text in the web module's {@code messages_*.properties}.
 */
public enum FileViolation {
  REASON_MISSING(Field.REASON, "file.reason.required"),
  /** *Autre raison* chosen without a text. */
  OTHER_REASON_MISSING(Field.OTHER_REASON, "file.otherReason.required"),
  OTHER_REASON_TOO_LONG(Field.OTHER_REASON, "file.otherReason.tooLong"),
  DATE_MISSING(Field.DATE, "file.date.required"),
  /** R-S7: the new date must be after today. */
  DATE_NOT_AFTER_TODAY(Field.DATE, "file.date.notAfterToday"),
  /** R-S7: at most one year after today. */
  DATE_BEYOND_ONE_YEAR(Field.DATE, "file.date.beyondOneYear"),
  DATE_UNCHANGED(Field.DATE, "file.date.unchanged"),
  /** R-S7: an officer may shorten, never extend, their own validity. */
  OWN_EXTENSION(Field.DATE, "file.date.ownExtension"),
  /** R-S7: an Expiré account may be extended only during the 12 weeks after its expiry date. */
  EXPIRED_TOO_LONG(Field.DATE, "file.date.expiredTooLong"),
  /** R-S4, R-S7: nothing of an Inactif account is changed but by a reactivation. */
  INACTIVE(Field.NONE, "file.inactive"),
  /** R-S5, R-S6: an officer neither reactivates nor deactivates their own account here. */
  OWN_ACCOUNT(Field.NONE, "file.ownAccount"),
  /** R-S5: only an account the system deactivated after failed logins (or a current lock). */
  NOT_REACTIVATABLE(Field.NONE, "file.reactivation.notAfterFailedLogins"),
  /** R-S5: its expiry date must be after today. */
  EXPIRY_PASSED(Field.NONE, "file.reactivation.expiryPassed"),
  /** R-S5: inactive for more than 3 months. */
  INACTIVE_TOO_LONG(Field.NONE, "file.reactivation.inactiveTooLong"),
  /** Already Inactif: nothing to deactivate. */
  ALREADY_INACTIVE(Field.NONE, "file.deactivation.alreadyInactive"),
  /** R-C4: a person who has not registered yet has no password to replace. */
  NOT_REGISTERED(Field.NONE, "file.notRegistered"),
  /**
   * R-C4: an Actif account gets a temporary password alone, its validity untouched; reactivating
   * with a new date is for an account that is not Actif (issue 13, point 5).
   */
  ALREADY_ACTIVE(Field.NONE, "file.alreadyActive"),
  /** R-C4: a temporary password alone is for an Actif account; another is reactivated. */
  NOT_ACTIVE(Field.NONE, "file.notActive"),
  LAST_NAME_INVALID(Field.LAST_NAME, "file.lastName.invalid"),
  FIRST_NAME_INVALID(Field.FIRST_NAME, "file.firstName.invalid"),
  /** Finding #13 of issue 12: a control or invisible format character. */
  LAST_NAME_CONTROL_CHARACTERS(Field.LAST_NAME, "file.lastName.controlCharacters"),
  FIRST_NAME_CONTROL_CHARACTERS(Field.FIRST_NAME, "file.firstName.controlCharacters"),
  OTHER_REASON_CONTROL_CHARACTERS(Field.OTHER_REASON, "file.otherReason.controlCharacters"),
  EMAIL_INVALID(Field.EMAIL, "file.email.invalid"),
  EMAIL_TAKEN(Field.EMAIL, "file.email.taken"),
  PHONE_INVALID(Field.PHONE, "file.phone.invalid"),
  SIN_INVALID(Field.SIN, "file.sin.invalid");

  /** The form field a violation is shown next to; {@link #NONE}: the page's messages. */
  public enum Field {
    REASON,
    OTHER_REASON,
    DATE,
    LAST_NAME,
    FIRST_NAME,
    EMAIL,
    PHONE,
    SIN,
    NONE
  }

  private final Field field;
  private final String messageKey;

  FileViolation(Field field, String messageKey) {
    this.field = field;
    this.messageKey = messageKey;
  }

  public Field field() {
    return field;
  }

  public String messageKey() {
    return messageKey;
  }
}
