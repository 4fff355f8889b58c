package ca.qc.portail.authentication;

import ca.qc.portail.account.AccountMail;
import ca.qc.portail.account.AccountState;
import ca.qc.portail.account.Accounts;
import ca.qc.portail.account.OfficerCoverage;
import ca.qc.portail.account.OfficerLoss;
import ca.qc.portail.account.UserAccount;
import ca.qc.portail.audit.AuditAction;
import ca.qc.portail.audit.AuditEvent;
import ca.qc.portail.audit.AuditLog;
import ca.qc.portail.audit.AuditOutcome;
import ca.qc.portail.audit.AuditRecord;
import ca.qc.portail.notification.MailTemplates;
import ca.qc.portail.notification.Outbox;
import ca.qc.portail.security.Callers;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The failed-login counter (R-L2, R-L3): incremented, checked and acted on in {@link #record} only.
 *
 * <p>The increment is one UPDATE in the database, which holds the row until the transaction ends,
 * so concurrent attempts — in this instance or another cluster member — are counted one after the
 * other, each seeing its own count: exactly one of them reaches the threshold and locks.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class FailedLogins {

  /**
   * Reasons recorded on the account as codes ({@link ca.qc.portail.audit.Phrase}), shown in its
   * security file in the reader's language: "%d tentatives de connexion infructueuses", "3 essais
   * infructueux" (seed 001).
   */
  public static final String LOCK_REASON = "FAILED_LOGINS_LOCKED|%d";

  public static final String DEACTIVATION_REASON = "FAILED_LOGINS";

  /** The reason recorded when wrong e-mailed codes lock or deactivate (finding #4 of issue 12). */
  public static final String WRONG_CODES_REASON = "WRONG_CODES|%d";

  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

  @PersistenceContext private EntityManager em;
  @Inject private LockoutPolicy policy;
  @Inject private Accounts accounts;
  @Inject private Outbox outbox;
  @Inject private AccountMail mail;
  @Inject private AuditLog audit;
  @Inject private Callers callers;
  @Inject private OfficerCoverage coverage;
  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "APP_BASE_URL", defaultValue = "http://localhost:8080")
  String baseUrl;

  @Inject
  @ConfigProperty(
      name = "support.antifraudUrl",
      defaultValue = "https://antifraudcentre-centreantifraude.ca")
  String antifraudUrl;

  /**
   * Counts one failed login on {@code account} and applies what the count calls for; a lock or
   * deactivation is recorded with the caller's client address.
   */
  public void record(UserAccount account) {
    Instant now = clock.instant();
    em.createQuery(
            "UPDATE UserAccount a SET a.failedLoginCount = CASE WHEN a.state = :locked AND"
                + " a.lockedUntil <= :now THEN 1 ELSE a.failedLoginCount + 1 END,"
                + " a.version = a.version + 1 WHERE a.id = :id")
        .setParameter("locked", AccountState.VERROUILLE)
        .setParameter("now", now)
        .setParameter("id", account.getId())
        .executeUpdate();
    Object[] row =
        em.createQuery(
                "SELECT a.failedLoginCount, a.state, a.lockedUntil FROM UserAccount a WHERE a.id = :id",
                Object[].class)
            .setParameter("id", account.getId())
            .getSingleResult();
    int count = (Integer) row[0];
    AccountState state = (AccountState) row[1];
    Instant lockedUntil = (Instant) row[2];
    if (state == AccountState.INACTIF
        || state == AccountState.EXPIRE
        || (state == AccountState.VERROUILLE && lockedUntil != null && lockedUntil.isAfter(now))) {
      return;
    }
    if (count == policy.threshold()) {
      lockOrDeactivate(account, now, policy.threshold(), LOCK_REASON, DEACTIVATION_REASON);
    } else if (policy.failureMail()) {
      outbox.enqueue(
          MailTemplates.email(
              account.getEmail(),
              account.getPreferredLanguage(),
              "loginFailure",
              account.getEmail(),
              UTC.format(now),
              antifraudUrl));
    }
  }

  /**
   * Counts one wrong e-mailed code (R-L4) on {@code account}, across its logins (finding #4 of
   * issue 12): typing the password again starts a new login but not a new allowance. The {@code
   * ceiling}-th wrong code since the last accepted one locks or deactivates the account as failed
   * passwords do (R-L3), audited, and starts the count again. Returns whether it did. One UPDATE,
   * as in {@link #record}, so concurrent codes are counted one after the other.
   */
  public boolean recordWrongCode(UserAccount account, int ceiling) {
    em.createQuery(
            "UPDATE UserAccount a SET a.wrongCodeCount = a.wrongCodeCount + 1,"
                + " a.version = a.version + 1 WHERE a.id = :id")
        .setParameter("id", account.getId())
        .executeUpdate();
    int count =
        em.createQuery("SELECT a.wrongCodeCount FROM UserAccount a WHERE a.id = :id", Integer.class)
            .setParameter("id", account.getId())
            .getSingleResult();
    if (count < ceiling) {
      return false;
    }
    lockOrDeactivate(account, clock.instant(), count, WRONG_CODES_REASON, WRONG_CODES_REASON);
    return true;
  }

  private void lockOrDeactivate(
      UserAccount account, Instant now, int failures, String lockReason, String deactivation) {
    if (policy.mode() == LockoutPolicy.Mode.TEMPORARY) {
      lock(account, now, failures, lockReason.formatted(failures));
    } else {
      deactivate(account, now, deactivation.formatted(failures), failures);
    }
  }

  private void lock(UserAccount account, Instant now, int failures, String reason) {
    Instant until = now.plus(policy.duration());
    changeState(account, AccountState.VERROUILLE, until, reason, now);
    audit.write(
        AuditRecord.of(AuditAction.ACCOUNT_LOCKED, AuditOutcome.SUCCESS)
            .from(callers.current().address())
            .on(account.getId(), account.partnerId())
            .detail("LOCKED_UNTIL", until, failures));
    outbox.enqueue(
        MailTemplates.email(
            account.getEmail(),
            account.getPreferredLanguage(),
            "accountLocked",
            account.getEmail(),
            policy.duration().toMinutes(),
            failures,
            antifraudUrl,
            baseUrl + "/mot-de-passe-oublie.xhtml"));
  }

  private void deactivate(UserAccount account, Instant now, String reason, int failures) {
    changeState(account, AccountState.INACTIF, null, reason, now);
    audit.write(
        AuditRecord.of(AuditAction.ACCOUNT_DEACTIVATED, AuditOutcome.SUCCESS)
            .from(callers.current().address())
            .on(account.getId(), account.partnerId())
            .detail("DEACTIVATED_AFTER_FAILURES", failures));
    mail.toOwnerAndOfficers(account, "failedLoginsDeactivated");
    coverage.alertCentralIfUncovered(account, OfficerLoss.FAILED_LOGINS);
  }

  /** Officers see only the first three characters of a user code (seed 001). */
  static String firstThree(String userCode) {
    return userCode.length() <= 3 ? userCode : userCode.substring(0, 3);
  }

  private void changeState(
      UserAccount account, AccountState state, Instant lockedUntil, String reason, Instant now) {
    // A null parameter would be bound untyped (PostgreSQL refuses it for a timestamp): NULL is
    // written as a literal instead.
    var update =
        em.createQuery(
                "UPDATE UserAccount a SET a.state = :state, a.lockedUntil = "
                    + (lockedUntil == null ? "NULL" : ":until")
                    + ", a.stateReason = :reason, a.stateChangedBy = :by, a.stateChangedAt = :now,"
                    + " a.wrongCodeCount = 0, a.sessionGeneration = a.sessionGeneration + 1,"
                    + " a.version = a.version + 1"
                    + " WHERE a.id = :id")
            .setParameter("state", state)
            .setParameter("reason", reason)
            .setParameter("by", AuditEvent.SYSTEM)
            .setParameter("now", now)
            .setParameter("id", account.getId());
    if (lockedUntil != null) {
      update.setParameter("until", lockedUntil);
    }
    update.executeUpdate();
  }
}
