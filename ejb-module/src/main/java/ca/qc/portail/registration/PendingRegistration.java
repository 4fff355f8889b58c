package ca.qc.portail.registration;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A person who has not chosen a user code yet, with the latest registration code issued to them
 * (R-C3): what central sees before extending the code or lifting its suspension.
 */
public record PendingRegistration(
    long accountId,
    String firstName,
    String lastName,
    String email,
    String partnerName,
    RegistrationCodeState state,
    Instant issuedAt,
    LocalDate validUntil,
    boolean extended,
    int mismatchCount)
    implements Serializable {

  public String fullName() {
    return firstName + " " + lastName;
  }

  /** R-A5: the one extension is still possible (and not while suspended or used). */
  public boolean extendable() {
    return !extended
        && (state == RegistrationCodeState.ACTIF || state == RegistrationCodeState.EXPIRE);
  }

  public boolean suspended() {
    return state == RegistrationCodeState.SUSPENDU;
  }
}
