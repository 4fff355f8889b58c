package ca.qc.portail.batch.operations;

/** One step of an execution with its counts. */
public record StepView(
    String name,
    String status,
    String exitStatus,
    long read,
    long written,
    long filtered,
    long skipped,
    long commits,
    long rollbacks)
    implements java.io.Serializable {}
