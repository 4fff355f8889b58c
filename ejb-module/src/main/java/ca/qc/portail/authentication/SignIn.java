package ca.qc.portail.authentication;

import ca.qc.portail.account.UserAccount;
import ca.qc.portail.password.PasswordAgeSetting;
import ca.qc.portail.password.PasswordStatus;
import java.time.Instant;

/**
 * The end of a successful login, whichever step ends it: the access is recorded (R-L6) and whether
 * the password must be changed first is told (R-P2, R-P4).
 */
final class SignIn {
  private SignIn() {}

  static SignedInUser complete(UserAccount account, Instant now, PasswordAgeSetting passwordAge) {
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
        // The change page belongs to partner users (R-M1); internal agents are never sent there.
        account.getProfiles().isEmpty()
            ? PasswordStatus.CURRENT
            : passwordAge.statusOf(account.isPasswordTemporary(), account.getPasswordChangedAt()),
        account.getSessionGeneration());
  }
}
