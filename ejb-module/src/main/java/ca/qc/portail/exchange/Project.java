package ca.qc.portail.exchange;

import ca.qc.portail.partner.Partner;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A project of the exchange (R-E1): one partner, its members and responsables ({@link
 * Participant}), an optional consent text (R-E7) whose version grows with each change, the
 * single-download flag (R-E8), the per-member quotas (R-E6) and its own expiry period (R-E5).
 */
@Entity
@Table(name = "exchange_project")
public class Project {

  @Id
  @SequenceGenerator(
      name = "exchange_project_seq",
      sequenceName = "exchange_project_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "exchange_project_seq")
  private Long id;

  @Column(nullable = false, length = 30)
  private String code;

  @Column(nullable = false, length = 200)
  private String name;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "partner_id")
  private Partner partner;

  @Column(name = "consent_text", length = 10000)
  private String consentText;

  @Column(name = "consent_version", nullable = false)
  private int consentVersion;

  @Column(name = "single_download", nullable = false)
  private boolean singleDownload;

  @Column(name = "download_quota", nullable = false)
  private int downloadQuota;

  @Column(name = "upload_quota", nullable = false)
  private int uploadQuota;

  @Column(name = "expiry_days", nullable = false)
  private int expiryDays;

  @Column(name = "receipt_on_download", nullable = false)
  private boolean receiptOnDownload;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  protected Project() {}

  public Project(Partner partner, ProjectData data, Instant createdAt) {
    this.partner = partner;
    this.createdAt = createdAt;
    apply(data);
  }

  /** Takes the entry's values; a consent text that changed gets a new version (R-E7). */
  void apply(ProjectData data) {
    this.code = data.code();
    this.name = data.name();
    String text = data.consentText();
    if (!Objects.equals(text, consentText)) {
      consentVersion = text == null ? consentVersion : consentVersion + 1;
      consentText = text;
    }
    this.singleDownload = data.singleDownload();
    this.downloadQuota = data.downloadQuota();
    this.uploadQuota = data.uploadQuota();
    this.expiryDays = data.expiryDays();
    this.receiptOnDownload = data.receiptOnDownload();
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public Partner getPartner() {
    return partner;
  }

  public String getConsentText() {
    return consentText;
  }

  public int getConsentVersion() {
    return consentVersion;
  }

  public boolean isSingleDownload() {
    return singleDownload;
  }

  public int getDownloadQuota() {
    return downloadQuota;
  }

  public int getUploadQuota() {
    return uploadQuota;
  }

  public int getExpiryDays() {
    return expiryDays;
  }

  public boolean isReceiptOnDownload() {
    return receiptOnDownload;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  /** "PROJET001 - Projet 001", as the guide shows it (seed 000). */
  public String label() {
    return ExchangeRules.projectLabel(code, name);
  }
}
