package ca.qc.portail.exchange;

import java.time.Instant;

/**
 * A document in *Récupération* or *Transfert* (R-E2, R-E3): name, size ("2,97 Ko"), deposit time
 * ("Mardi 21 novembre 2023 14:20"), days left ("Expire dans N jours"), the note (tooltip), whether
 * the caller never downloaded it (bold), whether they may download it now, and, for its depositor,
 * how many of its recipients completed a download.
 */
public record DocumentRow(
    long id,
    String fileName,
    long sizeBytes,
    String sizeLabel,
    Instant depositedAt,
    String depositedLabel,
    long daysLeft,
    String note,
    String depositorName,
    String sha256,
    boolean neverDownloaded,
    boolean downloadable,
    boolean zipProtected,
    int recipientCount,
    int completedCount) {}
