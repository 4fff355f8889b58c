package ca.qc.portail.partner;

import java.io.Serializable;

/**
 * What central types for a partner (R-C1): the fields of form 2490, section 1 (*Nom ou raison
 * sociale, Adresse, Code postal, Téléphone, Numéro du ministère de l'Éducation, NEQ*) and the
 * non-profit flag. Checked by {@link PartnerRules} before anything is stored.
 */
public record PartnerData(
    String name,
    String address,
    String postalCode,
    String phone,
    String neq,
    String educationNumber,
    boolean nonProfit)
    implements Serializable {}
