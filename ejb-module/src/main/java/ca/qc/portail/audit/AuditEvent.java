package ca.qc.portail.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One audit record. Immutable: it has no setters and is never merged or removed. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

  /** The author shown for changes made by scheduled jobs. */
  public static final String SYSTEM = "Système";

  @Id
  @SequenceGenerator(
      name = "audit_event_seq",
      sequenceName = "audit_event_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
  private Long id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(nullable = false, length = 200, updatable = false)
  private String actor;

  @Column(name = "actor_account_id", updatable = false)
  private Long actorAccountId;

  @Column(name = "client_address", length = 64, updatable = false)
  private String address;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 60, updatable = false)
  private AuditAction action;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20, updatable = false)
  private AuditOutcome outcome;

  @Column(name = "target_account_id", updatable = false)
  private Long targetAccountId;

  @Column(name = "partner_id", updatable = false)
  private Long partnerId;

  @Column(length = 1000, updatable = false)
  private String detail;

  protected AuditEvent() {}

  AuditEvent(
      Instant occurredAt,
      String actor,
      Long actorAccountId,
      String address,
      AuditAction action,
      AuditOutcome outcome,
      Long targetAccountId,
      Long partnerId,
      String detail) {
    this.occurredAt = occurredAt;
    this.actor = truncate(actor, 200);
    this.actorAccountId = actorAccountId;
    this.address = truncate(address, 64);
    this.action = action;
    this.outcome = outcome;
    this.targetAccountId = targetAccountId;
    this.partnerId = partnerId;
    this.detail = truncate(detail, 1000);
  }

  private static String truncate(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }

  public Long getId() {
    return id;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  public Long getActorAccountId() {
    return actorAccountId;
  }

  public String getAddress() {
    return address;
  }

  public AuditAction getAction() {
    return action;
  }

  public AuditOutcome getOutcome() {
    return outcome;
  }

  public Long getTargetAccountId() {
    return targetAccountId;
  }

  public Long getPartnerId() {
    return partnerId;
  }

  public String getDetail() {
    return detail;
  }
}
