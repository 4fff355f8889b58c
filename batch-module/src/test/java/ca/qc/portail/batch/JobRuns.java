package ca.qc.portail.batch;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import java.time.LocalDate;
import java.util.Properties;

/** Starts jobs through JobOperator and waits for their end, for the container tests. */
public final class JobRuns {
  private JobRuns() {}

  public static long start(String job, LocalDate runDate, int chunkSize, Integer failAtItem) {
    Properties parameters = new Properties();
    parameters.setProperty("runDate", runDate.toString());
    parameters.setProperty("chunkSize", String.valueOf(chunkSize));
    if (failAtItem != null) {
      parameters.setProperty("failAtItem", failAtItem.toString());
    }
    return BatchRuntime.getJobOperator().start(job, parameters);
  }

  /** A start as the JobScheduler makes it: with the minute its schedule fired for. */
  public static long startScheduled(String job, LocalDate runDate, java.time.Instant minute) {
    Properties parameters = new Properties();
    parameters.setProperty("runDate", runDate.toString());
    parameters.setProperty("chunkSize", "1000");
    parameters.setProperty(
        ca.qc.portail.batch.locking.JobLockStep.SCHEDULED_FOR, minute.toString());
    return BatchRuntime.getJobOperator().start(job, parameters);
  }

  public static JobExecution await(long execution) throws InterruptedException {
    JobOperator operator = BatchRuntime.getJobOperator();
    for (int i = 0; i < 1200; i++) {
      JobExecution e = operator.getJobExecution(execution);
      BatchStatus status = e.getBatchStatus();
      if (status == BatchStatus.COMPLETED
          || status == BatchStatus.FAILED
          || status == BatchStatus.STOPPED
          || status == BatchStatus.ABANDONED) {
        return e;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("execution " + execution + " did not finish in 120 s");
  }

  /** Restarts as the console does: the original parameters, less failAtItem. */
  public static long restart(long execution) {
    JobOperator operator = BatchRuntime.getJobOperator();
    return operator.restart(
        execution,
        ca.qc.portail.batch.operations.Operations.restartParameters(
            operator.getJobExecution(execution).getJobParameters()));
  }

  public static JobExecution run(String job, LocalDate runDate) throws InterruptedException {
    return await(start(job, runDate, 100, null));
  }
}
