package ca.qc.portail.account;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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

  public boolean loginTaken(String login) {
    return findByLogin(login).isPresent();
  }
}
