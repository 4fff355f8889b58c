package ca.qc.portail.account;

import ca.qc.portail.audit.AuditAction;
import ca.qc.portail.audit.AuditEvent;
import ca.qc.portail.audit.AuditLog;
import ca.qc.portail.audit.AuditOutcome;
import ca.qc.portail.audit.AuditRecord;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * State changes made by the system on schedule. Each change is re-checked under a row lock, so a
 * restarted job, a second instance or a concurrent officer action never applies it twice.
 */
@Stateless
@PermitAll
public class AccountLifecycle {

  /** Reason recorded when the expiry job expires an account (R-J1). */
  public static final String EXPIRY_REASON = "Date d'expiration atteinte";

  @PersistenceContext private EntityManager em;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  /**
   * R-J1: makes Expiré each given account whose expiry date is on or before {@code runDate} and
   * that is still Actif or Verrouillé. Returns how many were changed.
   */
  public int expire(List<Long> accountIds, LocalDate runDate, String jobReference) {
    int changed = 0;
    for (Long id : accountIds) {
      UserAccount account = em.find(UserAccount.class, id, LockModeType.PESSIMISTIC_WRITE);
      if (account == null || !isDueForExpiry(account, runDate)) {
        continue;
      }
      account.changeState(AccountState.EXPIRE, EXPIRY_REASON, AuditEvent.SYSTEM, clock.instant());
      audit.write(
          AuditRecord.of(AuditAction.ACCOUNT_EXPIRED, AuditOutcome.SUCCESS)
              .on(account.getId(), account.partnerId())
              .detail("Expiration au " + account.getExpiryDate() + " (" + jobReference + ")"));
      changed++;
    }
    return changed;
  }

  static boolean isDueForExpiry(UserAccount account, LocalDate runDate) {
    return (account.getState() == AccountState.ACTIF
            || account.getState() == AccountState.VERROUILLE)
        && account.isPastExpiry(runDate);
  }
}
