package ca.qc.portail.account;

/** State of a user account (the seeds' *État* column). */
public enum AccountState {
  ACTIF,
  /** Temporarily locked after failed logins (R-L3, TEMPORARY mode). */
  VERROUILLE,
  /** Expiry date reached; still extendable for 12 weeks (R-S7). */
  EXPIRE,
  /** Deactivated, always with a recorded reason, date and author. */
  INACTIF
}
