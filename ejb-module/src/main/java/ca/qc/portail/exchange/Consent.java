package ca.qc.portail.exchange;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** R-E7: a person confirmed having read a version of a project's consent text, at that time. */
@Entity
@Table(name = "exchange_consent")
public class Consent {

  @Id
  @SequenceGenerator(
      name = "exchange_consent_seq",
      sequenceName = "exchange_consent_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "exchange_consent_seq")
  private Long id;

  @Column(name = "project_id", nullable = false)
  private long projectId;

  @Column(name = "account_id", nullable = false)
  private long accountId;

  @Column(name = "consent_version", nullable = false)
  private int consentVersion;

  @Column(name = "consented_at", nullable = false)
  private Instant consentedAt;

  protected Consent() {}

  public Consent(long projectId, long accountId, int consentVersion, Instant consentedAt) {
    this.projectId = projectId;
    this.accountId = accountId;
    this.consentVersion = consentVersion;
    this.consentedAt = consentedAt;
  }

  public long getProjectId() {
    return projectId;
  }

  public long getAccountId() {
    return accountId;
  }

  public int getConsentVersion() {
    return consentVersion;
  }

  public Instant getConsentedAt() {
    return consentedAt;
  }
}
