package ca.qc.portail.authentication;

import ca.qc.portail.account.AccountState;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Whether a signed-in session may go on (finding #3 of issue 12): its account is still Actif and
 * has had no change of state or password since the session began ({@link
 * SignedInUser#sessionGeneration()}). The account's row is the only state read, so a deactivation,
 * lock, expiry, password change or reset on any cluster member ends the account's sessions on every
 * member at their next request. One primary-key read without a transaction, cheap enough for each
 * request of a signed-in page.
 */
@Stateless
@PermitAll
public class SessionValidity {

  @PersistenceContext private EntityManager em;

  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public boolean stillValid(SignedInUser user) {
    return em.createQuery(
            "SELECT a.sessionGeneration FROM UserAccount a WHERE a.id = :id AND a.state = :actif",
            Long.class)
        .setParameter("id", user.accountId())
        .setParameter("actif", AccountState.ACTIF)
        .getResultStream()
        .findFirst()
        .filter(generation -> generation == user.sessionGeneration())
        .isPresent();
  }
}
