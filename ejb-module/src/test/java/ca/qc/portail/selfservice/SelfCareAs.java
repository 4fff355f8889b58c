package ca.qc.portail.selfservice;

import ca.qc.portail.account.DeactivationReason;
import ca.qc.portail.account.DeactivationViolation;
import ca.qc.portail.account.UserAccount;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.List;

/**
 * Test-only facade: runs {@link SelfCare} for a chosen account, in a transaction. {@link
 * SelfService} takes the account from the container principal, and a container test cannot sign in
 * (a {@code @RunAs} identity is a role, not an account id), so the tests exercise the rules one
 * level below, exactly as {@link SelfService} calls them.
 */
@Stateless
public class SelfCareAs {

  @Inject private SelfCare care;
  @PersistenceContext private EntityManager em;

  public PasswordChange changePassword(
      long accountId, String current, String newPassword, String confirmation) {
    return care.changePassword(accountId, current, newPassword, confirmation, "192.0.2.10");
  }

  public void checkAccess(long accountId) {
    care.checkAccess(accountId, "192.0.2.10", "Test");
  }

  public List<DeactivationViolation> checkDeactivation(
      long accountId, String password, DeactivationReason reason, String otherReason) {
    return care.checkDeactivation(accountId, password, reason, otherReason, "192.0.2.10");
  }

  public List<DeactivationViolation> deactivate(
      long accountId, String password, DeactivationReason reason, String otherReason) {
    return care.deactivate(accountId, password, reason, otherReason, "192.0.2.10");
  }

  public void preferLanguage(long accountId, String tag) {
    care.preferLanguage(accountId, tag, "192.0.2.10");
  }

  /** Makes the account's password a temporary one, as central issues it (R-C4, R-P4). */
  public void makeTemporary(long accountId) {
    UserAccount account = em.find(UserAccount.class, accountId);
    account.setPassword(account.getPasswordHash(), account.getPasswordChangedAt(), true);
  }

  /** Moves the last password change back, as if made {@code days} ago (R-P3). */
  public void passwordChangedAgo(long accountId, int days) {
    UserAccount account = em.find(UserAccount.class, accountId);
    account.setPassword(
        account.getPasswordHash(),
        account.getPasswordChangedAt().minus(Duration.ofDays(days)),
        account.isPasswordTemporary());
  }
}
