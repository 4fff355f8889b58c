package ca.qc.portail.accessrequest;

import ca.qc.portail.partner.Partner;
import java.io.Serializable;

/**
 * Section 1 of form 2490, *Renseignements sur l'identité du partenaire*: as typed on a paper form
 * (R-C2), or taken from the partner itself for the PDF and an officer's online request (R-S8).
 */
public record PartnerIdentity(
    String name,
    String address,
    String postalCode,
    String phone,
    String educationNumber,
    String neq)
    implements Serializable {

  public static PartnerIdentity of(Partner partner) {
    return new PartnerIdentity(
        partner.getName(),
        partner.getAddress(),
        partner.getPostalCode(),
        partner.getPhone(),
        partner.getEducationNumber(),
        partner.getNeq());
  }
}
