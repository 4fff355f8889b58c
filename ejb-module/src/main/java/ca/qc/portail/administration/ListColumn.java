package ca.qc.portail.administration;

/**
 * The columns of the list (R-S2) a page may sort and filter on, with their view attributes (names:
 * their accent- and case-folded keys, {@link ca.qc.portail.account.SearchKey}).
 */
public enum ListColumn {
  USER_CODE("userCodeKey"),
  LAST_NAME("lastNameKey"),
  FIRST_NAME("firstNameKey"),
  EMAIL("emailKey"),
  STATE("state"),
  PROFILE("profileMask"),
  EXPIRY_DATE("expiryDate"),
  /** Central's list only (R-C4–R-C6). */
  PARTNER("partnerName");

  private final String attribute;

  ListColumn(String attribute) {
    this.attribute = attribute;
  }

  String attribute() {
    return attribute;
  }
}
