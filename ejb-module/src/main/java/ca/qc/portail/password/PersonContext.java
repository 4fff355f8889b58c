package ca.qc.portail.password;

/**
 * Who is choosing the password: what it must not contain (R-P1). Any value may be {@code null} when
 * not known yet; a user code is {@code null} before the person has chosen one.
 */
public record PersonContext(String userCode, String email, String firstName, String lastName) {}
