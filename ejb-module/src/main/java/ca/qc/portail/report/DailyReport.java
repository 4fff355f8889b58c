package ca.qc.portail.report;

import java.time.Instant;
import java.util.List;

/**
 * What one daily report says (R-J7). Each list holds at most {@link DailyReports#MAX_LINES} lines;
 * the counts are complete.
 */
public record DailyReport(
    Instant windowStart,
    Instant windowEnd,
    long uncoveredPartnerCount,
    List<String> uncoveredPartners,
    long lockedCount,
    List<String> locked,
    long newlyInactiveCount,
    List<String> newlyInactive) {}
