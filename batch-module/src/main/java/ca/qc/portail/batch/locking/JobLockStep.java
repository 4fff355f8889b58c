package ca.qc.portail.batch.locking;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
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
  private static final Logger LOG = Logger.getLogger(JobLockStep.class.getName());

  @Inject private JobLocks locks;
  @Inject private JobContext job;

  @Override
  public String process() {
    if (locks.acquire(job.getJobName(), job.getExecutionId())) {
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
}
