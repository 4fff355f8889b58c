package ca.qc.portail.batch.operations;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One execution of a job as the console shows it (read from {@code JobOperator}).
 *
 * @param stale STARTED, but no live lock of this execution: left by a crashed instance
 */
public record ExecutionView(
    long executionId,
    long instanceId,
    String jobName,
    String status,
    String exitStatus,
    Instant start,
    Instant end,
    Map<String, String> parameters,
    List<StepView> steps,
    boolean stale)
    implements java.io.Serializable {

  public Duration duration() {
    return start == null ? null : Duration.between(start, end == null ? Instant.now() : end);
  }

  public boolean restartable() {
    return "FAILED".equals(status) || "STOPPED".equals(status);
  }

  public boolean running() {
    return "STARTED".equals(status) || "STARTING".equals(status);
  }

  public boolean abandonable() {
    return "FAILED".equals(status) || "STOPPED".equals(status);
  }
}
