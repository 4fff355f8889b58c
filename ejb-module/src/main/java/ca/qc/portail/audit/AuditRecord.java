package ca.qc.portail.audit;

/** What an audit record will say; built by the caller, written by {@link AuditLog#write}. */
public final class AuditRecord {
  final AuditAction action;
  final AuditOutcome outcome;
  String actor = AuditEvent.SYSTEM;
  Long actorAccountId;
  String address;
  Long targetAccountId;
  Long partnerId;
  String detail;

  private AuditRecord(AuditAction action, AuditOutcome outcome) {
    this.action = action;
    this.outcome = outcome;
  }

  public static AuditRecord of(AuditAction action, AuditOutcome outcome) {
    return new AuditRecord(action, outcome);
  }

  /** Who acted: a person's login name and account, or {@link AuditEvent#SYSTEM} by default. */
  public AuditRecord by(String actor, Long actorAccountId) {
    this.actor = actor;
    this.actorAccountId = actorAccountId;
    return this;
  }

  /** The client address the act came from; none for the system. */
  public AuditRecord from(String address) {
    this.address = address;
    return this;
  }

  public AuditRecord on(Long targetAccountId, Long partnerId) {
    this.targetAccountId = targetAccountId;
    this.partnerId = partnerId;
    return this;
  }

  /** What happened, already a stored {@link Phrase} (built ahead by {@link Phrase#of}). */
  public AuditRecord phrase(String stored) {
    this.detail = stored;
    return this;
  }

  /**
   * What happened, as a code the reader's language renders ({@link Phrase}): {@code
   * LOGIN_SUCCEEDED} or a code with its values.
   */
  public AuditRecord detail(String code, Object... values) {
    this.detail = Phrase.of(code, values);
    return this;
  }
}
