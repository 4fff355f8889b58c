package ca.qc.portail.exchange;

/** A partner a new project may be for (R-E1), as the administration form lists it. */
public record PartnerChoice(long id, String name) {}
