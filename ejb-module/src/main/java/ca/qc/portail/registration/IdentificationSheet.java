package ca.qc.portail.registration;

import java.io.Serializable;

/**
 * What *Votre fiche d'identification* shows, read-only (R-A7): the data central entered when it
 * issued the code. The partial SIN is already formatted ("999 222").
 */
public record IdentificationSheet(
    String firstName, String lastName, String partialSin, String email, String partnerName)
    implements Serializable {

  public String fullName() {
    return firstName + " " + lastName;
  }
}
