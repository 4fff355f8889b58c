package ca.qc.portail.registration;

/** State of a registration code (R-A5, R-A6). */
public enum RegistrationCodeState {
  ACTIF,
  /** After 5 mismatches (R-A6); only central can lift it (R-C3). */
  SUSPENDU,
  /** Its last valid day has passed. */
  EXPIRE,
  /** The person chose a user code and password with it (R-A7). */
  UTILISE
}
