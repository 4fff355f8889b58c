package ca.qc.portail.administration;

import ca.qc.portail.account.AccountState;
import ca.qc.portail.account.DeactivationReason;
import ca.qc.portail.account.UserAccount;
import ca.qc.portail.authentication.FailedLogins;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Test-only facade: runs {@link AccountAdministration} as a chosen acting account, in a
 * transaction. {@link SecurityFiles} takes the actor from the container principal, which a
 * container test cannot have, so tests exercise the rules one level below, as {@link SecurityFiles}
 * calls them; an anonymous call goes through {@link SecurityFiles} itself.
 */
@Stateless
public class AdministrationAs {

  static final String ADDRESS = "192.0.2.20";

  @Inject private AccountAdministration administration;
  @PersistenceContext private EntityManager em;

  public List<ListedPerson> list(long actor, ListQuery query) {
    return administration.list(actor, query, ADDRESS);
  }

  public long count(long actor, Map<ListColumn, String> filters) {
    return administration.count(actor, filters, ADDRESS);
  }

  public SecurityFile file(long actor, long account) {
    return administration.file(actor, account, ADDRESS);
  }

  public List<FileViolation> deactivate(
      long actor, long account, DeactivationReason reason, String other) {
    return administration.deactivate(actor, account, reason, other, ADDRESS);
  }

  public List<FileViolation> reactivate(
      long actor, long account, ReactivationReason reason, String other, LocalDate newExpiry) {
    return administration.reactivate(actor, account, reason, other, newExpiry, ADDRESS);
  }

  public List<FileViolation> changeValidity(long actor, long account, LocalDate newExpiry) {
    return administration.changeValidity(actor, account, newExpiry, ADDRESS);
  }

  public List<FileViolation> reactivateWithTemporaryPassword(
      long actor, long account, LocalDate newExpiry) {
    return administration.reactivateWithTemporaryPassword(actor, account, newExpiry, ADDRESS);
  }

  public List<FileViolation> correctPersonalData(long actor, long account, PersonalData data) {
    return administration.correctPersonalData(actor, account, data, ADDRESS);
  }

  /** Makes the account Inactif after failed logins (R-L3, 2008), {@code daysAgo} days ago. */
  public void deactivatedByFailedLogins(long account, int daysAgo) {
    em.find(UserAccount.class, account)
        .changeState(
            AccountState.INACTIF,
            FailedLogins.DEACTIVATION_REASON,
            null,
            Instant.now().minus(Duration.ofDays(daysAgo)));
  }

  /** Makes the account Inactif by an officer's reason. */
  public void deactivatedByReason(long account, String reason, String author) {
    em.find(UserAccount.class, account)
        .changeState(AccountState.INACTIF, reason, author, Instant.now());
  }

  /** Locks the account for {@code minutes} more (R-L3, TEMPORARY). */
  public void lock(long account, int minutes) {
    em.find(UserAccount.class, account)
        .lockUntil(
            Instant.now().plus(Duration.ofMinutes(minutes)),
            "5 tentatives de connexion infructueuses",
            Instant.now());
  }

  /** Makes the account Expiré on {@code expiry} (R-J1). */
  public void expired(long account, LocalDate expiry) {
    UserAccount a = em.find(UserAccount.class, account);
    a.changeExpiryDate(expiry);
    a.changeState(AccountState.EXPIRE, "Expiration", "Système", Instant.now());
  }

  public void suspendRegistrationCodes(long account) {
    em.createNativeQuery("UPDATE registration_code SET state = 'SUSPENDU' WHERE account_id = ?1")
        .setParameter(1, account)
        .executeUpdate();
  }

  public void rename(long account, String lastName, String firstName) {
    UserAccount a = em.find(UserAccount.class, account);
    a.correctIdentity(lastName, firstName, null, a.getPartialSin());
  }

  /** ACCESS_REFUSED records of anonymous callers (R-S1). */
  public long anonymousRefusals() {
    return em.createQuery(
            "SELECT COUNT(e) FROM AuditEvent e WHERE e.action = :action AND e.actor = 'anonyme'",
            Long.class)
        .setParameter("action", ca.qc.portail.audit.AuditAction.ACCESS_REFUSED)
        .getSingleResult();
  }
}
