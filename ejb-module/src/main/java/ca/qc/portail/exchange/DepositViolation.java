package ca.qc.portail.exchange;

/** Why a deposit was refused before any byte was sent (R-E3, R-E6, R-E10). */
public enum DepositViolation {
  FILE_REQUIRED,
  FILE_NAME_TOO_LONG,
  /** Over {@code documents.maxBytes} ("2 Go maximum"). */
  FILE_TOO_LARGE,
  RECIPIENT_REQUIRED,
  /** A recipient who is not among those the depositor may send to in this project. */
  RECIPIENT_NOT_ALLOWED,
  /** "Note aux destinataires": at most 500 characters. */
  NOTE_TOO_LONG,
  /** Finding #13 of issue 12: a control or invisible format character in the note. */
  NOTE_CONTROL_CHARACTERS,
  /** "Téléversements effectués: N / N". */
  UPLOAD_QUOTA_REACHED,
  ZIP_PASSWORD_TOO_SHORT
}
