package ca.qc.portail.account;

import java.time.LocalDate;

/**
 * An account listed in an expiry notice (R-J3): who, which code, which date. (Wrapper types: the
 * JPQL constructor expression passes the mapped types.)
 */
public record NoticeLine(
    Long accountId,
    Long partnerId,
    String firstName,
    String lastName,
    String userCode,
    LocalDate expiryDate) {

  /** The line of the e-mail: "- Prénom Nom (code) : 2031-03-24". */
  String text() {
    return "- "
        + firstName
        + " "
        + lastName
        + " ("
        + (userCode == null ? "—" : userCode)
        + ") : "
        + expiryDate;
  }
}
