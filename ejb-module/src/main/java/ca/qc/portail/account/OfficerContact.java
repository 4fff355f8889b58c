package ca.qc.portail.account;

/** An Actif security officer of a partner, as an expiry notice (R-J3) addresses them. */
public record OfficerContact(Long partnerId, Long accountId, String email, String language) {}
