package ca.qc.portail.account;

import ca.qc.portail.notification.MailTemplates;
import ca.qc.portail.notification.Outbox;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * The e-mails about a change to a partner's account: one to its owner, one to each other Actif
 * security officer of its partner, who sees the person's name and only the first three characters
 * of the user code (seed 001). Queued in the caller's transaction, so they leave only if the change
 * commits.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class AccountMail {

  @Inject private Outbox outbox;
  @Inject private Accounts accounts;

  /**
   * Template {@code key.owner} (with {@code ownerArguments}) to the owner, and {@code key.officer}
   * to the officers, with the owner's full name as {0} and the user code's first three characters
   * as {1}.
   */
  public void toOwnerAndOfficers(UserAccount account, String key, Object... ownerArguments) {
    outbox.enqueue(
        MailTemplates.email(
            account.getEmail(), account.getPreferredLanguage(), key + ".owner", ownerArguments));
    toOfficers(account, key);
  }

  /** Template {@code key.officer} to the partner's other Actif officers; see above. */
  public void toOfficers(UserAccount account, String key) {
    if (account.getPartner() == null) {
      return;
    }
    String shortCode = SelfDeactivationRules.firstThree(account.loginName());
    for (UserAccount officer : accounts.activeOfficersOf(account.partnerId(), account.getId())) {
      outbox.enqueue(
          MailTemplates.email(
              officer.getEmail(),
              officer.getPreferredLanguage(),
              key + ".officer",
              account.fullName(),
              shortCode));
    }
  }
}
