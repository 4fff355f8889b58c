package ca.qc.portail.accessrequest;

import ca.qc.portail.partner.Partner;
import java.io.Serializable;

/** Section 1 of form 2490: the partner's identity, as pre-filled on the PDF and the online form. */
public record PartnerIdentity(
    long partnerId,
    String name,
    String address,
    String postalCode,
    String phone,
    String educationNumber,
    String neq,
    boolean nonProfit)
    implements Serializable {

  public static PartnerIdentity of(Partner partner) {
    return new PartnerIdentity(
        partner.getId(),
        partner.getName(),
        partner.getAddress(),
        partner.getPostalCode(),
        partner.getPhone(),
        partner.getEducationNumber(),
        partner.getNeq(),
        partner.isNonProfit());
  }
}
