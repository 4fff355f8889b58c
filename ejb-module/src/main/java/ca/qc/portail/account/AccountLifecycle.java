package ca.qc.portail.account;

import ca.qc.portail.audit.AuditAction;
import ca.qc.portail.audit.AuditEvent;
import ca.qc.portail.audit.AuditLog;
import ca.qc.portail.audit.AuditOutcome;
import ca.qc.portail.audit.AuditRecord;
import ca.qc.portail.audit.Phrase;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * State changes made by the system on schedule, a chunk of accounts at a time and set-based: the
 * chunk's rows are locked in one statement, every account is re-checked against the rule (the same
 * methods as for a single account), the due ones change in one UPDATE per reason and their audit
 * records are written in one batch, all in the chunk's transaction. So a restarted job, a second
 * instance or a concurrent officer action never applies a change twice, and a page holding an older
 * copy of a changed account fails on its version.
 */
@Stateless
@PermitAll
public class AccountLifecycle {

  /** Reason recorded when the expiry job expires an account (R-J1). */
  public static final String EXPIRY_REASON = "EXPIRY_DATE_REACHED";

  @Inject private Accounts accounts;
  @Inject private AuditLog audit;
  @Inject private OfficerCoverage coverage;
  @Inject private Clock clock;

  /**
   * R-J1: makes Expiré each given account whose expiry date is on or before {@code runDate} and
   * that is still Actif or Verrouillé, then R-D3. Returns how many were changed.
   */
  public int expire(List<Long> accountIds, LocalDate runDate, String jobReference) {
    return change(
        accountIds,
        AccountState.EXPIRE,
        AuditAction.ACCOUNT_EXPIRED,
        row ->
            isDueForExpiry(row.state(), row.expiryDate(), runDate)
                ? Optional.of(EXPIRY_REASON)
                : Optional.empty(),
        (row, reason) -> Phrase.of("EXPIRED_ON", row.expiryDate(), jobReference));
  }

  /**
   * R-J2: makes Inactif each given account that {@link InactivityRule} says is due on {@code
   * runDate} (reason "Inactivité" or "Expiration"), then R-D3. Returns how many were changed.
   */
  public int inactivate(List<Long> accountIds, LocalDate runDate, String jobReference) {
    return change(
        accountIds,
        AccountState.INACTIF,
        AuditAction.ACCOUNT_INACTIVATED,
        row ->
            InactivityRule.reason(
                row.state(),
                row.lastAccessAt(),
                row.createdAt(),
                row.expiryDate(),
                runDate,
                clock.getZone()),
        (row, reason) -> Phrase.of("INACTIVATED", Phrase.reason(reason), jobReference));
  }

  /**
   * Locks the accounts, changes those for which {@code rule} gives a reason to {@code target} with
   * that reason, audits each change with {@code detail}, then R-D3 once per partner whose officer
   * changed (for the partner's last changed officer, as one account at a time in identifier order
   * would). Returns how many accounts changed.
   */
  private int change(
      List<Long> accountIds,
      AccountState target,
      AuditAction action,
      Function<StateRow, Optional<String>> rule,
      BiFunction<StateRow, String, String> detail) {
    Instant now = clock.instant();
    List<StateRow> due = new ArrayList<>();
    Map<String, List<Long>> idsByReason = new LinkedHashMap<>();
    List<AuditRecord> records = new ArrayList<>();
    for (StateRow row : accounts.lockStates(accountIds)) {
      Optional<String> reason = rule.apply(row);
      if (reason.isEmpty()) {
        continue;
      }
      due.add(row);
      idsByReason.computeIfAbsent(reason.get(), r -> new ArrayList<>()).add(row.id());
      records.add(
          AuditRecord.of(action, AuditOutcome.SUCCESS)
              .on(row.id(), row.partnerId())
              .phrase(detail.apply(row, reason.get())));
    }
    idsByReason.forEach(
        (reason, ids) -> {
          int updated = accounts.changeStates(ids, target, reason, AuditEvent.SYSTEM, now);
          if (updated != ids.size()) {
            // The rows are locked since they were read: only a bug can get here.
            throw new IllegalStateException(updated + " accounts changed instead of " + ids.size());
          }
        });
    Collection<Long> lastOfficers = lastOfficerOfEachPartner(due);
    audit.writeAll(records);
    for (long officer : lastOfficers) {
      coverage.alertCentralIfUncovered(
          accounts.find(officer).orElseThrow(),
          target == AccountState.EXPIRE ? OfficerLoss.EXPIRY : OfficerLoss.INACTIVITY);
    }
    return due.size();
  }

  /** Of the changed accounts, the last security officer of each partner, in identifier order. */
  private Collection<Long> lastOfficerOfEachPartner(List<StateRow> changed) {
    Set<Long> officers =
        accounts.securityOfficersAmong(changed.stream().map(StateRow::id).toList());
    Map<Long, Long> lastOfficerOfPartner = new LinkedHashMap<>();
    for (StateRow row : changed) {
      if (row.partnerId() != null && officers.contains(row.id())) {
        lastOfficerOfPartner.put(row.partnerId(), row.id());
      }
    }
    return lastOfficerOfPartner.values();
  }

  /**
   * R-J1's rule: an Actif or Verrouillé account whose expiry date is reached on {@code runDate}.
   */
  static boolean isDueForExpiry(AccountState state, LocalDate expiryDate, LocalDate runDate) {
    return (state == AccountState.ACTIF || state == AccountState.VERROUILLE)
        && UserAccount.isPastExpiry(expiryDate, runDate);
  }

  static boolean isDueForExpiry(UserAccount account, LocalDate runDate) {
    return isDueForExpiry(account.getState(), account.getExpiryDate(), runDate);
  }
}
