package ca.qc.portail.batch.operations;

import ca.qc.portail.batch.locking.JobLocks;
import jakarta.annotation.security.PermitAll;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Executions left STARTED by an instance that died: every live execution holds its job's lock and
 * renews its lease after each chunk, so a STARTED execution (older than a minute) without a live
 * lease of its own is stale. Called by {@link Operations}, which checks the operator's role and
 * audits.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StaleExecutions {

  /** A STARTED execution younger than this is never taken for a crashed one. */
  static final Duration GRACE = Duration.ofMinutes(1);

  @Inject private JobLocks locks;
  @Inject private BatchRepository repository;
  @Inject private Clock clock;

  public boolean isStale(JobExecution execution) {
    if (execution.getBatchStatus() != BatchStatus.STARTED) {
      return false;
    }
    Instant now = clock.instant();
    if (execution.getStartTime() != null
        && execution.getStartTime().toInstant().isAfter(now.minus(GRACE))) {
      return false;
    }
    return locks
        .held(execution.getJobName())
        .map(lock -> !lock.heldBy(execution.getExecutionId(), now))
        .orElse(true);
  }

  /**
   * Marks a stale execution FAILED and frees its job's lock if it still names it, so it can be
   * restarted or abandoned; false when it is not stale.
   */
  public boolean markFailed(long executionId) {
    JobExecution execution = BatchRuntime.getJobOperator().getJobExecution(executionId);
    if (!isStale(execution)) {
      return false;
    }
    repository.markFailed(executionId, "FAILED: instance arrêtée (marquée par l'opérateur)");
    locks.release(execution.getJobName(), executionId);
    return true;
  }
}
