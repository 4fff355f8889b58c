package ca.qc.portail.account;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Repository of user accounts. Queries only; state changes belong to the services. */
@Stateless
@PermitAll
public class Accounts {

  @PersistenceContext private EntityManager em;

  public Optional<UserAccount> find(long id) {
    return Optional.ofNullable(em.find(UserAccount.class, id));
  }

  /** The account whose user code or e-mail is the given login, case-insensitively (R-L1). */
  public Optional<UserAccount> findByLogin(String login) {
    String key = UserAccount.keyOf(login);
    return em.createQuery(
            "SELECT a FROM UserAccount a WHERE a.userCodeKey = :key OR a.emailKey = :key",
            UserAccount.class)
        .setParameter("key", key)
        .getResultStream()
        .findFirst();
  }

  public void add(UserAccount account) {
    em.persist(account);
  }

  /**
   * Identifiers of the accounts the expiry job must expire on {@code runDate} (R-J1), after {@code
   * afterId}, in identifier order so a restarted job resumes where it stopped.
   */
  public List<Long> dueForExpiry(LocalDate runDate, long afterId, int max) {
    return em.createQuery(
            "SELECT a.id FROM UserAccount a WHERE a.state IN :states AND a.expiryDate <= :day"
                + " AND a.id > :after ORDER BY a.id",
            Long.class)
        .setParameter("states", List.of(AccountState.ACTIF, AccountState.VERROUILLE))
        .setParameter("day", runDate)
        .setParameter("after", afterId)
        .setMaxResults(max)
        .getResultList();
  }

  public boolean anyWithRole(InternalRole role) {
    return !em.createQuery(
            "SELECT a.id FROM UserAccount a WHERE :role MEMBER OF a.internalRoles", Long.class)
        .setParameter("role", role)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** The partner's Actif security officers (principal and auxiliary), but {@code excludedId}. */
  public List<UserAccount> activeOfficersOf(long partnerId, long excludedId) {
    return em.createQuery(
            "SELECT DISTINCT a FROM UserAccount a JOIN a.profiles p WHERE a.partner.id = :partner"
                + " AND a.state = :active AND a.id <> :excluded AND p IN :officers",
            UserAccount.class)
        .setParameter("partner", partnerId)
        .setParameter("active", AccountState.ACTIF)
        .setParameter("excluded", excludedId)
        .setParameter(
            "officers", List.of(Profile.RESPONSABLE_PRINCIPAL, Profile.RESPONSABLE_AUXILIAIRE))
        .getResultList();
  }

  /** Actif accounts holding an internal role, e.g. the central security group's agents. */
  public List<UserAccount> activeWithRole(InternalRole role) {
    return em.createQuery(
            "SELECT a FROM UserAccount a WHERE :role MEMBER OF a.internalRoles AND a.state = :active",
            UserAccount.class)
        .setParameter("role", role)
        .setParameter("active", AccountState.ACTIF)
        .getResultList();
  }

  /** The account's password hashes, most recent first, the current one included (R-P1). */
  public List<String> passwordHistory(UserAccount account) {
    List<String> hashes = new java.util.ArrayList<>();
    if (account.getPasswordHash() != null) {
      hashes.add(account.getPasswordHash());
    }
    hashes.addAll(
        em.createQuery(
                "SELECT h.passwordHash FROM PasswordHistory h WHERE h.accountId = :id"
                    + " ORDER BY h.changedAt DESC",
                String.class)
            .setParameter("id", account.getId())
            .setMaxResults(5)
            .getResultList());
    return hashes;
  }

  /** Replaces the account's password, keeping the previous one in its history (R-P1). */
  public void changePassword(UserAccount account, String newHash, Instant at, boolean temporary) {
    if (account.getPasswordHash() != null) {
      em.persist(
          new PasswordHistory(
              account.getId(),
              account.getPasswordHash(),
              account.getPasswordChangedAt() == null ? at : account.getPasswordChangedAt()));
    }
    account.setPassword(newHash, at, temporary);
  }

  public boolean loginTaken(String login) {
    return findByLogin(login).isPresent();
  }
}
