package ca.qc.portail.batch.locking;

import jakarta.batch.api.chunk.listener.AbstractChunkListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * After each chunk, renews the job's lock lease (a live execution is never taken for a crashed
 * one); on a chunk's error, records the error message as the exit status shown on the console.
 */
@Named("jobHeartbeat")
@Dependent
public class JobHeartbeat extends AbstractChunkListener {

  @Inject private JobLocks locks;
  @Inject private JobContext job;
  @Inject private StepContext step;

  @Override
  public void afterChunk() {
    locks.renew(job.getJobName(), job.getExecutionId());
  }

  @Override
  public void onError(Exception e) {
    String message = e.getClass().getSimpleName() + ": " + e.getMessage();
    String status = message.length() > 500 ? message.substring(0, 500) : message;
    step.setExitStatus(status);
    job.setExitStatus(status);
  }
}
