package ca.qc.portail.batch.operations;

import java.time.Instant;

/** An outbox e-mail on the console (no body: it may hold personal information). */
public record OutboxView(
    long id,
    Instant createdAt,
    String recipients,
    String subject,
    String state,
    int attempts,
    Instant nextAttemptAt,
    String lastError)
    implements java.io.Serializable {}
