package ca.qc.portail.authentication;

import ca.qc.portail.account.UserAccount;
import ca.qc.portail.password.PasswordAgeSetting;
import java.time.Instant;

/**
 * The end of a successful login, whichever step ends it: the access is recorded (R-L6) and whether
 * the password must be changed first is told (R-P2, R-P4).
 */
final class SignIn {
  private SignIn() {}

  static SignedInUser complete(
      UserAccount account, Instant now, PasswordAgeSetting passwordAge, TotpSetting totp) {
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
        account.getPreferredLanguage(),
        // Every signed-in person, agent or partner user, has the change page (R-C8).
        passwordAge.statusOf(account.isPasswordTemporary(), account.getPasswordChangedAt()),
        account.getSessionGeneration(),
        totp.mustEnrol(account));
  }
}
