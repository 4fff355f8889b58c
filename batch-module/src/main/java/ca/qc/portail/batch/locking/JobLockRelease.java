package ca.qc.portail.batch.locking;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Frees the job's lock at the end of the execution that holds it, whatever the outcome. */
@Named("jobLockRelease")
@Dependent
public class JobLockRelease extends AbstractJobListener {

  @Inject private JobLocks locks;
  @Inject private JobContext job;

  @Override
  public void afterJob() {
    locks.release(job.getJobName(), job.getExecutionId());
  }
}
