package ca.qc.portail.testing;

import ca.qc.portail.account.AccountState;
import ca.qc.portail.account.InternalRole;
import ca.qc.portail.account.Profile;
import ca.qc.portail.account.SearchKey;
import ca.qc.portail.account.UserAccount;
import ca.qc.portail.audit.AuditAction;
import ca.qc.portail.audit.AuditEvent;
import ca.qc.portail.authentication.FailedLogins;
import ca.qc.portail.notification.Email;
import ca.qc.portail.notification.Outbox;
import ca.qc.portail.notification.OutboxEmail;
import ca.qc.portail.partner.Agreement;
import ca.qc.portail.partner.MeasureFamily;
import ca.qc.portail.partner.Partner;
import ca.qc.portail.password.PasswordHasher;
import ca.qc.portail.registration.RegistrationCode;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Test data for container tests, each call in its own transaction. Names are unique per call, so
 * tests sharing a database never see each other's rows.
 */
@Stateless
public class Fixtures {

  @PersistenceContext private EntityManager em;
  @Inject private PasswordHasher hasher;
  @Inject private Outbox outbox;
  @Resource private SessionContext context;
  @Inject private Clock clock;

  /** Today in the ministry's time zone, as the application's clock says (never the JVM's). */
  public LocalDate today() {
    return LocalDate.now(clock);
  }

  public static String unique(String prefix) {
    return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }

  public long partner(MeasureFamily... families) {
    Partner partner =
        new Partner(
            unique("Partenaire "),
            String.valueOf(1_000_000_000L + ThreadLocalRandom.current().nextLong(8_999_999_999L)),
            false,
            Instant.now());
    int n = 0;
    for (MeasureFamily family : families) {
      partner.addAgreement(
          new Agreement(
              unique("E" + n++ + "-"),
              family,
              family.name().substring(0, 3),
              today().minusMonths(1),
              today().plusMonths(11)));
    }
    em.persist(partner);
    em.flush();
    return partner.getId();
  }

  public String partnerName(long partnerId) {
    return em.find(Partner.class, partnerId).getName();
  }

  /** An account with a user code, the given password, expiry and state. */
  public long account(
      Long partnerId,
      String userCode,
      String password,
      LocalDate expiry,
      AccountState state,
      Profile... profiles) {
    Partner partner = partnerId == null ? null : em.find(Partner.class, partnerId);
    UserAccount account =
        new UserAccount(
            partner, userCode + "@test.example", "Prénom", "Nom", "123456", expiry, Instant.now());
    account.assignUserCode(userCode);
    account.setPassword(hasher.hash(password), Instant.now(), false);
    for (Profile profile : profiles) {
      account.grant(profile);
    }
    if (state != AccountState.ACTIF) {
      account.changeState(state, "Préparé par le test", "Test", Instant.now());
    }
    em.persist(account);
    em.flush();
    return account.getId();
  }

  /**
   * A person approved by central who has not registered yet (R-A5): Actif, no user code, no
   * password. Her e-mail is {@code <unique>@test.example}.
   */
  public long pendingPerson(Long partnerId, String firstName, String lastName, String partialSin) {
    Partner partner = partnerId == null ? null : em.find(Partner.class, partnerId);
    UserAccount account =
        new UserAccount(
            partner,
            unique("p") + "@test.example",
            firstName,
            lastName,
            partialSin,
            today().plusYears(1),
            Instant.now());
    account.grant(Profile.UTILISATEUR_INDIVIDUS);
    em.persist(account);
    em.flush();
    return account.getId();
  }

  /** Makes every registration code of the account past its last valid day (R-A5). */
  public void expireRegistrationCodes(long accountId) {
    em.createNativeQuery(
            "UPDATE registration_code SET valid_until = DATE '2000-01-03' WHERE account_id = ?1")
        .setParameter(1, accountId)
        .executeUpdate();
  }

  /** Makes the account Inactif after failed logins (R-L3, 2008), {@code daysAgo} days ago. */
  public void deactivatedByFailedLogins(long accountId, int daysAgo) {
    em.find(UserAccount.class, accountId)
        .changeState(
            AccountState.INACTIF,
            FailedLogins.DEACTIVATION_REASON,
            null,
            clock.instant().minus(Duration.ofDays(daysAgo)));
  }

  /** Makes the account Inactif by an officer's reason. */
  public void deactivatedByReason(long accountId, String reason, String author) {
    em.find(UserAccount.class, accountId)
        .changeState(AccountState.INACTIF, reason, author, clock.instant());
  }

  /** Locks the account for {@code minutes} more (R-L3, TEMPORARY). */
  public void lock(long accountId, int minutes) {
    Instant now = clock.instant();
    em.find(UserAccount.class, accountId)
        .lockUntil(
            now.plus(Duration.ofMinutes(minutes)), "5 tentatives de connexion infructueuses", now);
  }

  /** Makes the account Expiré on {@code expiry} (R-J1). */
  public void expired(long accountId, LocalDate expiry) {
    UserAccount account = em.find(UserAccount.class, accountId);
    account.changeExpiryDate(expiry);
    account.changeState(AccountState.EXPIRE, "Expiration", "Système", clock.instant());
  }

  /** Suspends every registration code of the account, as five mismatches would (R-A6). */
  public void suspendRegistrationCodes(long accountId) {
    em.createNativeQuery(
            "UPDATE registration_code SET state = 'SUSPENDU', mismatch_count = 5, version = version + 1"
                + " WHERE account_id = ?1")
        .setParameter(1, accountId)
        .executeUpdate();
  }

  public List<RegistrationCode> registrationCodesOf(long accountId) {
    return em.createQuery(
            "SELECT c FROM RegistrationCode c WHERE c.accountId = :id ORDER BY c.id",
            RegistrationCode.class)
        .setParameter("id", accountId)
        .getResultList();
  }

  /** Enqueues an e-mail in a transaction that commits. */
  public void enqueue(Email email) {
    outbox.enqueue(email);
  }

  /** Enqueues an e-mail in a transaction that then rolls back. */
  public void enqueueThenRollBack(Email email) {
    outbox.enqueue(email);
    context.setRollbackOnly();
  }

  /** The texts of the e-mails queued for {@code <userCode>@test.example}, oldest first. */
  public List<String> textsTo(String userCode) {
    return outboxOf(userCode + "@test.example").stream().map(e -> e.toEmail().text()).toList();
  }

  /** R-D3's situation: a central agent, and a partner whose only officer is Actif. */
  public record LoneOfficer(String agentCode, long agent, long partner, String code, long id) {}

  /** A central agent, and a new partner whose one account is an Actif principal officer. */
  public LoneOfficer loneOfficer(String password) {
    String agentCode = unique("agt");
    long agent = agent(agentCode);
    long partner = partner(MeasureFamily.FORMATION);
    String code = unique("seul");
    long id =
        account(
            partner,
            code,
            password,
            today().plusDays(60),
            AccountState.ACTIF,
            Profile.RESPONSABLE_PRINCIPAL);
    return new LoneOfficer(agentCode, agent, partner, code, id);
  }

  public List<OutboxEmail> outboxOf(String recipient) {
    return em.createQuery(
            "SELECT o FROM OutboxEmail o WHERE o.recipients = :to ORDER BY o.id", OutboxEmail.class)
        .setParameter("to", recipient)
        .getResultList();
  }

  /** A central security agent (internal role, no partner). */
  public long agent(String userCode) {
    long id = account(null, userCode, "Agent-Central-1", today().plusYears(1), AccountState.ACTIF);
    em.find(UserAccount.class, id).grant(InternalRole.AGENT_CENTRAL);
    return id;
  }

  /**
   * R-C8: makes every Actif central agent but {@code kept} Inactif for a test of "the last one";
   * returns them for {@link #reactivateCentrals}. Tests of a module run one after the other.
   */
  @SuppressWarnings("unchecked")
  public List<Long> leaveOnlyCentrals(List<Long> kept) {
    List<Long> others =
        ((List<Number>)
                em.createNativeQuery(
                        "SELECT a.id FROM user_account a JOIN account_role r ON r.account_id = a.id"
                            + " WHERE r.role = 'AGENT_CENTRAL' AND a.state = 'ACTIF'")
                    .getResultList())
            .stream().map(Number::longValue).filter(id -> !kept.contains(id)).toList();
    others.forEach(
        id ->
            em.find(UserAccount.class, id)
                .changeState(AccountState.INACTIF, "Test", "Test", Instant.now()));
    return others;
  }

  public void reactivateCentrals(List<Long> ids) {
    ids.forEach(
        id ->
            em.find(UserAccount.class, id)
                .changeState(AccountState.ACTIF, null, null, Instant.now()));
  }

  /** The stored (encrypted) authenticator secret of an account, as the database holds it. */
  public String storedTotpSecret(long accountId) {
    return reload(accountId).getTotpSecret();
  }

  public List<AuditEvent> auditOf(long accountId, AuditAction action) {
    return auditOf(accountId).stream().filter(e -> e.getAction() == action).toList();
  }

  /** Makes every reset link of the account expired, as if 60 minutes had passed (R-L8). */
  public void expireResetLinks(long accountId) {
    em.createNativeQuery(
            "UPDATE password_reset SET expires_at = requested_at - INTERVAL '1 minute'"
                + " WHERE account_id = ?1")
        .setParameter(1, accountId)
        .executeUpdate();
  }

  public void storeHash(long accountId, String hash) {
    em.find(UserAccount.class, accountId).upgradePasswordHash(hash);
  }

  /** Makes the account's password a temporary one, as central issues it (R-C4, R-P4). */
  public void makePasswordTemporary(long accountId) {
    UserAccount account = em.find(UserAccount.class, accountId);
    account.setPassword(account.getPasswordHash(), account.getPasswordChangedAt(), true);
  }

  /** Moves the last password change back, as if made {@code days} ago (R-P2, R-P3). */
  public void passwordChangedAgo(long accountId, int days) {
    UserAccount account = em.find(UserAccount.class, accountId);
    account.setPassword(
        account.getPasswordHash(),
        account.getPasswordChangedAt().minus(Duration.ofDays(days)),
        account.isPasswordTemporary());
  }

  public UserAccount reload(long accountId) {
    UserAccount account = em.find(UserAccount.class, accountId);
    em.refresh(account);
    em.detach(account);
    return account;
  }

  public List<AuditEvent> auditOf(long accountId) {
    return em.createQuery(
            "SELECT e FROM AuditEvent e WHERE e.targetAccountId = :id ORDER BY e.id",
            AuditEvent.class)
        .setParameter("id", accountId)
        .getResultList();
  }

  /** The records made from a client address, oldest first (finding #12 of issue 12). */
  public List<AuditEvent> auditFrom(String address) {
    return em.createQuery(
            "SELECT e FROM AuditEvent e WHERE e.address = :address ORDER BY e.id", AuditEvent.class)
        .setParameter("address", address)
        .getResultList();
  }

  public long auditCount() {
    return em.createQuery("SELECT COUNT(e) FROM AuditEvent e", Long.class).getSingleResult();
  }

  public long partnerCount() {
    return em.createQuery("SELECT COUNT(p) FROM Partner p", Long.class).getSingleResult();
  }

  public long accountCount() {
    return em.createQuery("SELECT COUNT(a) FROM UserAccount a", Long.class).getSingleResult();
  }

  /** How many refusals the audit holds of callers without a session (« anonyme »). */
  public long anonymousRefusals() {
    return em.createQuery(
            "SELECT COUNT(e) FROM AuditEvent e WHERE e.action = :action AND e.actor = 'anonyme'",
            Long.class)
        .setParameter("action", AuditAction.ACCESS_REFUSED)
        .getSingleResult();
  }

  public AuditEvent lastAudit() {
    return em.createQuery("SELECT e FROM AuditEvent e ORDER BY e.id DESC", AuditEvent.class)
        .setMaxResults(1)
        .getSingleResult();
  }

  /** Tries to alter the audit trail behind the product's back (R-U1). */
  public int tamperWithAudit() {
    return em.createNativeQuery("UPDATE audit_event SET detail = 'modifié'").executeUpdate();
  }

  public List<String> appliedMigrations() {
    @SuppressWarnings("unchecked")
    List<String> versions =
        em.createNativeQuery(
                "SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank")
            .getResultList();
    return versions;
  }

  /** An audit record at a chosen time (the trail is append-only: inserting is allowed). */
  public void auditAt(
      Instant at, String actor, Long actorId, String action, Long target, Long partner) {
    long id =
        ((Number) em.createNativeQuery("SELECT nextval('audit_event_seq')").getSingleResult())
            .longValue();
    // Literal NULLs: PostgreSQL cannot type a null parameter of a native query.
    em.createNativeQuery(
            "INSERT INTO audit_event (id, occurred_at, actor, actor_account_id, client_address,"
                + " action, outcome, target_account_id, partner_id, detail)"
                + " VALUES (?1, ?2, ?3, "
                + orNull(actorId)
                + ", '192.0.2.41', ?5, 'SUCCESS', "
                + orNull(target)
                + ", "
                + orNull(partner)
                + ", ?8)")
        .setParameter(1, id)
        .setParameter(2, OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
        .setParameter(3, actor)
        .setParameter(5, action)
        .setParameter(8, "Préparé par le test " + at)
        .executeUpdate();
  }

  private static String orNull(Long value) {
    return value == null ? "NULL" : value.toString();
  }

  /** Makes an account Inactif behind the services' back (a former central agent). */
  public void makeInactive(long accountId) {
    em.createNativeQuery("UPDATE user_account SET state = 'INACTIF' WHERE id = ?1")
        .setParameter(1, accountId)
        .executeUpdate();
  }

  /** Gives an account a name of its own, so a search by name finds it alone. */
  public void rename(long accountId, String firstName, String lastName) {
    em.createNativeQuery(
            "UPDATE user_account SET first_name = ?1, last_name = ?2, first_name_key = ?3,"
                + " last_name_key = ?4 WHERE id = ?5")
        .setParameter(1, firstName)
        .setParameter(2, lastName)
        .setParameter(3, SearchKey.of(firstName))
        .setParameter(4, SearchKey.of(lastName))
        .setParameter(5, accountId)
        .executeUpdate();
  }
}
