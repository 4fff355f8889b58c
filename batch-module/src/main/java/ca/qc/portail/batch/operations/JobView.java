package ca.qc.portail.batch.operations;

import java.time.Instant;
import java.util.List;

/**
 * A job on the console: its schedule setting, next run on this instance, lock holder, and latest
 * executions (most recent first).
 */
public record JobView(
    String name,
    String schedule,
    Instant nextRun,
    String lockHolder,
    Long lockExecution,
    List<ExecutionView> executions)
    implements java.io.Serializable {}
