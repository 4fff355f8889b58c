package ca.qc.portail.account;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

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
   * The given accounts' state columns, each row locked for update until the end of the transaction
   * (in identifier order, so two jobs locking overlapping chunks never deadlock). One statement for
   * the chunk; no entity is loaded.
   */
  public List<StateRow> lockStates(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT id, partner_id, state, expiry_date, last_access_at, created_at"
                    + " FROM user_account WHERE id IN ("
                    + idList(ids)
                    + ") ORDER BY id FOR UPDATE")
            .getResultList();
    return rows.stream().map(StateRow::of).toList();
  }

  /**
   * {@link UserAccount#changeState} for many accounts in one statement: the same columns (state,
   * reason, author, time, no lock end, the sessions ended) and a new version, so a page holding an
   * older copy of one of these accounts fails on its version instead of overwriting the change.
   * Returns the row count.
   */
  public int changeStates(
      List<Long> ids, AccountState state, String reason, String author, Instant at) {
    if (ids.isEmpty()) {
      return 0;
    }
    if (state == AccountState.VERROUILLE) {
      throw new IllegalArgumentException("A lock has an end: use UserAccount.lockUntil");
    }
    return em.createQuery(
            "UPDATE UserAccount a SET a.state = :state, a.stateReason = :reason,"
                + " a.stateChangedBy = :author, a.stateChangedAt = :at, a.lockedUntil = NULL,"
                + " a.sessionGeneration = a.sessionGeneration + 1, a.version = a.version + 1"
                + " WHERE a.id IN :ids")
        .setParameter("state", state)
        .setParameter("reason", reason)
        .setParameter("author", author)
        .setParameter("at", at)
        .setParameter("ids", ids)
        .executeUpdate();
  }

  /**
   * Those of the given accounts that hold a security officer profile (principal or auxiliary): one
   * look-up of the profiles' primary key, without reading the accounts.
   */
  public Set<Long> securityOfficersAmong(List<Long> ids) {
    if (ids.isEmpty()) {
      return Set.of();
    }
    String officerProfiles =
        Profile.securityOfficers().stream()
            .map(p -> "'" + p.name() + "'")
            .collect(Collectors.joining(","));
    Set<Long> officers = new HashSet<>();
    for (Object id :
        em.createNativeQuery(
                "SELECT DISTINCT account_id FROM account_profile WHERE account_id IN ("
                    + idList(ids)
                    + ") AND profile IN ("
                    + officerProfiles
                    + ")")
            .getResultList()) {
      officers.add(((Number) id).longValue());
    }
    return officers;
  }

  /** Identifiers as an SQL list; they are numbers, so nothing can be injected. */
  private static String idList(List<Long> ids) {
    StringBuilder sql = new StringBuilder(ids.size() * 8);
    for (Long id : ids) {
      if (sql.length() > 0) {
        sql.append(',');
      }
      sql.append(id.longValue());
    }
    return sql.toString();
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

  /**
   * The accounts of the given partners that {@link #partnersDueANotice} counts, by partner, then
   * expiry date and name: only the columns of the notice, in one query for all the partners.
   */
  public List<NoticeLine> dueANotice(List<Long> partnerIds, LocalDate from, LocalDate to) {
    if (partnerIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT NEW ca.qc.portail.account.NoticeLine(a.id, p.id, a.firstName, a.lastName,"
                + " a.userCode, a.expiryDate) FROM UserAccount a JOIN a.partner p"
                + " WHERE p.id IN :partners"
                + " AND a.state IN :states AND a.expiryDate BETWEEN :from AND :to"
                + " AND NOT EXISTS (SELECT n.id FROM ExpiryNotice n WHERE n.accountId = a.id"
                + " AND n.expiryDate = a.expiryDate)"
                + " ORDER BY p.id, a.expiryDate, a.lastName, a.firstName, a.id",
            NoticeLine.class)
        .setParameter("partners", partnerIds)
        .setParameter("states", List.of(AccountState.ACTIF, AccountState.VERROUILLE))
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }

  /**
   * The Actif security officers (principal and auxiliary) of the given partners, by partner then
   * identifier: partner, e-mail and language only, in one query for all the partners.
   */
  public List<OfficerContact> activeOfficersOf(List<Long> partnerIds) {
    if (partnerIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT DISTINCT NEW ca.qc.portail.account.OfficerContact(p.id, a.id, a.email,"
                + " a.preferredLanguage) FROM UserAccount a JOIN a.partner p JOIN a.profiles r"
                + " WHERE p.id IN :partners AND a.state = :active AND r IN :officers"
                + " ORDER BY p.id, a.id",
            OfficerContact.class)
        .setParameter("partners", partnerIds)
        .setParameter("active", AccountState.ACTIF)
        .setParameter("officers", Profile.securityOfficers())
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
        .setParameter("officers", Profile.securityOfficers())
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
