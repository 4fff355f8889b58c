package ca.qc.portail.authentication;

import ca.qc.portail.account.UserAccount;
import java.time.Instant;

/** The end of a successful login, whichever step ends it: the access is recorded (R-L6). */
final class SignIn {
  private SignIn() {}

  static SignedInUser complete(UserAccount account, Instant now) {
    Instant previousAccess = account.getLastAccessAt();
    account.recordAccess(now);
    return new SignedInUser(
        account.getId(),
        account.loginName(),
        account.getFirstName(),
        account.getLastName(),
        account.partnerId(),
        account.getPartner() == null ? null : account.getPartner().getName(),
        account.getExpiryDate(),
        previousAccess,
        account.getProfiles(),
        account.getInternalRoles(),
        account.getPreferredLanguage());
  }
}
