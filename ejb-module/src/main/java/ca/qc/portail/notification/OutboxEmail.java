package ca.qc.portail.notification;

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
import java.util.Arrays;
import java.util.List;

/** One e-mail waiting in, or sent from, the outbox (R-J6). */
@Entity
@Table(name = "outbox_email")
public class OutboxEmail {

  @Id
  @SequenceGenerator(
      name = "outbox_email_seq",
      sequenceName = "outbox_email_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_email_seq")
  private Long id;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /** Comma-separated addresses. */
  @Column(nullable = false, length = 2000)
  private String recipients;

  @Column(nullable = false, length = 300)
  private String subject;

  @Column(name = "body_text", nullable = false, length = 20000)
  private String bodyText;

  @Column(name = "body_html", length = 40000)
  private String bodyHtml;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private OutboxState state;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "claimed_until")
  private Instant claimedUntil;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(name = "last_error", length = 1000)
  private String lastError;

  protected OutboxEmail() {}

  OutboxEmail(Email email, Instant now) {
    this.createdAt = now;
    this.recipients = String.join(",", email.to());
    this.subject = email.subject();
    this.bodyText = email.text();
    this.bodyHtml = email.html();
    this.state = OutboxState.EN_ATTENTE;
    this.nextAttemptAt = now;
  }

  public Email toEmail() {
    return new Email(Arrays.asList(recipients.split(",")), subject, bodyText, bodyHtml);
  }

  public Long getId() {
    return id;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public List<String> getRecipients() {
    return Arrays.asList(recipients.split(","));
  }

  public String getSubject() {
    return subject;
  }

  public OutboxState getState() {
    return state;
  }

  public int getAttempts() {
    return attempts;
  }

  public Instant getNextAttemptAt() {
    return nextAttemptAt;
  }

  public Instant getSentAt() {
    return sentAt;
  }

  public String getLastError() {
    return lastError;
  }
}
