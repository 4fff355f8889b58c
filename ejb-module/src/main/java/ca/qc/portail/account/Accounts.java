package ca.qc.portail.account;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
  /**
   * Reads the account again under a row lock, for a change that must not fail on the account's
   * version when the same person does two things at once (two logins ending together).
   */
  public void lockForUpdate(UserAccount account) {
    em.refresh(account, LockModeType.PESSIMISTIC_WRITE);
  }

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

  /**
   * Identifiers of the accounts the inactivity job must make Inactif on {@code runDate} (R-J2, see
   * {@link InactivityRule}), after {@code afterId}, in identifier order.
   */
  public List<Long> dueForInactivity(LocalDate runDate, ZoneId zone, long afterId, int max) {
    return em.createQuery(
            "SELECT a.id FROM UserAccount a WHERE a.id > :after AND ((a.state = :active AND"
                + " ((a.lastAccessAt IS NOT NULL AND a.lastAccessAt < :unusedSince)"
                + " OR (a.lastAccessAt IS NULL AND a.createdAt < :unusedSince)))"
                + " OR (a.state = :expired AND a.expiryDate < :expiredBefore)) ORDER BY a.id",
            Long.class)
        .setParameter("after", afterId)
        .setParameter("active", AccountState.ACTIF)
        .setParameter("unusedSince", InactivityRule.unusedSince(runDate, zone))
        .setParameter("expired", AccountState.EXPIRE)
        .setParameter("expiredBefore", InactivityRule.expiredBefore(runDate))
        .setMaxResults(max)
        .getResultList();
  }

  /**
   * The given accounts, locked for update until the end of the transaction, with their profiles and
   * roles read in two queries (not one per account).
   */
  public List<UserAccount> lockAll(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT a FROM UserAccount a WHERE a.id IN :ids ORDER BY a.id", UserAccount.class)
        .setParameter("ids", ids)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .setHint("eclipselink.batch.type", "IN")
        .setHint("eclipselink.batch", "a.profiles")
        .setHint("eclipselink.batch", "a.internalRoles")
        .getResultList();
  }

  /**
   * Partners with at least one Actif or Verrouillé account whose expiry date is between {@code
   * from} and {@code to} and whose officers have not been notified of that date yet (R-J3), after
   * {@code afterPartnerId}, in identifier order.
   */
  public List<Long> partnersDueANotice(LocalDate from, LocalDate to, long afterPartnerId, int max) {
    return em.createQuery(
            "SELECT DISTINCT a.partner.id FROM UserAccount a WHERE a.partner.id > :after"
                + " AND a.state IN :states AND a.expiryDate BETWEEN :from AND :to"
                + " AND NOT EXISTS (SELECT n.id FROM ExpiryNotice n WHERE n.accountId = a.id"
                + " AND n.expiryDate = a.expiryDate) ORDER BY a.partner.id",
            Long.class)
        .setParameter("after", afterPartnerId)
        .setParameter("states", List.of(AccountState.ACTIF, AccountState.VERROUILLE))
        .setParameter("from", from)
        .setParameter("to", to)
        .setMaxResults(max)
        .getResultList();
  }

  /** The partner's accounts of {@link #partnersDueANotice}, by expiry date then name. */
  public List<UserAccount> dueANotice(long partnerId, LocalDate from, LocalDate to) {
    return em.createQuery(
            "SELECT a FROM UserAccount a WHERE a.partner.id = :partner"
                + " AND a.state IN :states AND a.expiryDate BETWEEN :from AND :to"
                + " AND NOT EXISTS (SELECT n.id FROM ExpiryNotice n WHERE n.accountId = a.id"
                + " AND n.expiryDate = a.expiryDate)"
                + " ORDER BY a.expiryDate, a.lastName, a.firstName, a.id",
            UserAccount.class)
        .setParameter("partner", partnerId)
        .setParameter("states", List.of(AccountState.ACTIF, AccountState.VERROUILLE))
        .setParameter("from", from)
        .setParameter("to", to)
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
