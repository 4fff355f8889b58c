package ca.qc.portail.administration;

/** R-C5: the personal data central may correct in a security file. */
public record PersonalData(
    String lastName, String firstName, String phone, String email, String partialSin) {}
