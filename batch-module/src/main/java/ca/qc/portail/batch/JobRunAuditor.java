package ca.qc.portail.batch;

import ca.qc.portail.audit.AuditAction;
import ca.qc.portail.audit.AuditLog;
import ca.qc.portail.audit.AuditOutcome;
import ca.qc.portail.audit.AuditRecord;
import jakarta.batch.api.listener.JobListener;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.stream.Collectors;

/** Audits the start and the end of every job run, with each step's counts (R-U1). */
@Named("jobRunAuditor")
@Dependent
public class JobRunAuditor implements JobListener {

  @Inject private JobContext job;
  @Inject private AuditLog audit;

  @Override
  public void beforeJob() {
    audit.writeOnItsOwn(
        AuditRecord.of(AuditAction.JOB_STARTED, AuditOutcome.SUCCESS)
            .detail("JOB_STARTED", job.getJobName(), job.getExecutionId()));
  }

  @Override
  public void afterJob() {
    List<StepExecution> executions =
        BatchRuntime.getJobOperator().getStepExecutions(job.getExecutionId());
    String steps =
        executions.stream().map(JobRunAuditor::describe).collect(Collectors.joining("; "));
    BatchStatus status = outcome(job.getBatchStatus(), executions);
    boolean failed = status == BatchStatus.FAILED;
    audit.writeOnItsOwn(
        AuditRecord.of(AuditAction.JOB_ENDED, failed ? AuditOutcome.FAILURE : AuditOutcome.SUCCESS)
            .detail(
                "JOB_ENDED",
                job.getJobName(),
                job.getExecutionId(),
                "@operations.status." + status,
                steps));
  }

  /**
   * The run's outcome: while its listener runs, a job is still STARTED unless it already failed or
   * is stopping, so the steps' own statuses tell how it ends.
   */
  static BatchStatus outcome(BatchStatus jobStatus, List<StepExecution> steps) {
    if (jobStatus != BatchStatus.STARTED) {
      return jobStatus;
    }
    if (steps.stream().anyMatch(s -> s.getBatchStatus() == BatchStatus.FAILED)) {
      return BatchStatus.FAILED;
    }
    if (steps.stream().anyMatch(s -> s.getBatchStatus() == BatchStatus.STOPPED)) {
      return BatchStatus.STOPPED;
    }
    return BatchStatus.COMPLETED;
  }

  private static String describe(StepExecution step) {
    long read = 0;
    long written = 0;
    for (Metric metric : step.getMetrics()) {
      if (metric.getType() == Metric.MetricType.READ_COUNT) {
        read = metric.getValue();
      } else if (metric.getType() == Metric.MetricType.WRITE_COUNT) {
        written = metric.getValue();
      }
    }
    return step.getStepName() + ": " + read + " → " + written;
  }
}
