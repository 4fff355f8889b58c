package ca.qc.portail.exchange;

/**
 * A project's entry as staff type it (R-E1): code and name, the optional consent text (R-E7), the
 * single-download flag (R-E8), per-member quotas (R-E6), expiry in days (R-E5), and whether the
 * depositor gets a receipt when a recipient has downloaded a document.
 */
public record ProjectData(
    String code,
    String name,
    String consentText,
    boolean singleDownload,
    int downloadQuota,
    int uploadQuota,
    int expiryDays,
    boolean receiptOnDownload) {}
