package ca.qc.portail.exchange;

/**
 * A project as one of its participants sees it (R-E1, R-E5, R-E7, R-E8): its label, how the caller
 * takes part, whether the consent text must be confirmed (again) before any download link, the
 * single-download flag, its expiry period, and the largest document accepted.
 */
public record ProjectView(
    long id,
    String label,
    ParticipantRole role,
    String consentText,
    int consentVersion,
    boolean consentNeeded,
    boolean singleDownload,
    int expiryDays,
    long maxBytes) {}
