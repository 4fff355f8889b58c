package ca.qc.portail.exchange;

/**
 * A download started (R-E9): what the range requests that serve it need — the file's name, size and
 * SHA-256 (shown to recipients, checked again when the whole file is sent) — and whether it must be
 * delivered as a password-protected ZIP (R-E10), its password checked already.
 */
public record DownloadTicket(
    long id, long documentId, String fileName, long size, String sha256, boolean zipProtected) {}
