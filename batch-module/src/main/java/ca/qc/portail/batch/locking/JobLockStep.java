package ca.qc.portail.batch.locking;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * First step of every scheduled job: takes the job's lock. Its exit status is {@code LOCKED}, or
 * {@code BUSY} when another execution (on any instance) holds it; the job XML then ends the run
 * with exit status BUSY without doing anything.
 */
@Named("jobLock")
@Dependent
public class JobLockStep extends AbstractBatchlet {

  public static final String BUSY = "BUSY";
  public static final String LOCKED = "LOCKED";

  /** Job parameter of a scheduled start: the minute (ISO instant) its schedule fired for. */
  public static final String SCHEDULED_FOR = "scheduledFor";

  private static final Logger LOG = Logger.getLogger(JobLockStep.class.getName());

  @Inject private JobLocks locks;
  @Inject private JobContext job;

  @Override
  public String process() {
    if (locks.acquire(job.getJobName(), job.getExecutionId(), scheduledSlot())) {
      return LOCKED;
    }
    LOG.info(
        () ->
            "Job "
                + job.getJobName()
                + " execution "
                + job.getExecutionId()
                + " not run: another execution holds its lock");
    job.setExitStatus(BUSY);
    return BUSY;
  }

  /**
   * The minute a scheduled start fired for (parameter {@code scheduledFor}, set by the
   * JobScheduler), or null for a start from the console and for a restart, which resumes a run
   * whose minute is already taken.
   */
  private Instant scheduledSlot() {
    JobOperator operator = BatchRuntime.getJobOperator();
    String slot = operator.getParameters(job.getExecutionId()).getProperty(SCHEDULED_FOR);
    if (slot == null
        || operator.getJobExecutions(operator.getJobInstance(job.getExecutionId())).size() > 1) {
      return null;
    }
    return Instant.parse(slot);
  }
}
