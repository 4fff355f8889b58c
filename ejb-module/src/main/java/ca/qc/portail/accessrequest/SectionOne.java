package ca.qc.portail.accessrequest;

import java.io.Serializable;

/**
 * What an officer's form 2490 opens with (R-S8): section 1 from the officer's own partner, and that
 * partner's identifier, which the online submission names.
 */
public record SectionOne(long partnerId, PartnerIdentity partner) implements Serializable {}
