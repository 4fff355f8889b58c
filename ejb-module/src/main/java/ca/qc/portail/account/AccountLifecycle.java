package ca.qc.portail.account;

import ca.qc.portail.audit.AuditAction;
import ca.qc.portail.audit.AuditEvent;
import ca.qc.portail.audit.AuditLog;
import ca.qc.portail.audit.AuditOutcome;
import ca.qc.portail.audit.AuditRecord;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * State changes made by the system on schedule. Each chunk of accounts is locked and every account
 * re-checked against the rule before it changes, so a restarted job, a second instance or a
 * concurrent officer action never applies a change twice.
 */
@Stateless
@PermitAll
public class AccountLifecycle {

  /** Reason recorded when the expiry job expires an account (R-J1). */
  public static final String EXPIRY_REASON = "Date d'expiration atteinte";

  @Inject private Accounts accounts;
  @Inject private AuditLog audit;
  @Inject private OfficerCoverage coverage;
  @Inject private Clock clock;

  /**
   * R-J1: makes Expiré each given account whose expiry date is on or before {@code runDate} and
   * that is still Actif or Verrouillé, then R-D3. Returns how many were changed.
   */
  public int expire(List<Long> accountIds, LocalDate runDate, String jobReference) {
    int changed = 0;
    for (UserAccount account : accounts.lockAll(accountIds)) {
      if (!isDueForExpiry(account, runDate)) {
        continue;
      }
      account.changeState(AccountState.EXPIRE, EXPIRY_REASON, AuditEvent.SYSTEM, clock.instant());
      audit.write(
          AuditRecord.of(AuditAction.ACCOUNT_EXPIRED, AuditOutcome.SUCCESS)
              .on(account.getId(), account.partnerId())
              .detail("Expiration au " + account.getExpiryDate() + " (" + jobReference + ")"));
      coverage.alertCentralIfLastOfficerLeft(account);
      changed++;
    }
    return changed;
  }

  /**
   * R-J2: makes Inactif each given account that {@link InactivityRule} says is due on {@code
   * runDate} (reason "Inactivité" or "Expiration"), then R-D3. Returns how many were changed.
   */
  public int inactivate(List<Long> accountIds, LocalDate runDate, String jobReference) {
    int changed = 0;
    for (UserAccount account : accounts.lockAll(accountIds)) {
      Optional<String> reason = InactivityRule.reason(account, runDate, clock.getZone());
      if (reason.isEmpty()) {
        continue;
      }
      account.changeState(AccountState.INACTIF, reason.get(), AuditEvent.SYSTEM, clock.instant());
      audit.write(
          AuditRecord.of(AuditAction.ACCOUNT_INACTIVATED, AuditOutcome.SUCCESS)
              .on(account.getId(), account.partnerId())
              .detail("Inactif : " + reason.get() + " (" + jobReference + ")"));
      coverage.alertCentralIfLastOfficerLeft(account);
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
