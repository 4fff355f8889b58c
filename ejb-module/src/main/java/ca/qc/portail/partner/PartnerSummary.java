package ca.qc.portail.partner;

import java.io.Serializable;

/**
 * One row of central's partner list (R-C1); {@code withoutActiveOfficer} is R-D3's flag: no Actif
 * account of the partner holds a security officer profile.
 */
public record PartnerSummary(
    long id,
    String name,
    String neq,
    String postalCode,
    String phone,
    boolean nonProfit,
    boolean withoutActiveOfficer)
    implements Serializable {}
