package ca.qc.portail.administration;

import ca.qc.portail.partner.PartnerSummary;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * What central's dashboard shows: counts behind each of its pages, and R-D3's partners without an
 * Actif security officer (the first {@link CentralConsole#UNCOVERED_SHOWN}; {@code uncoveredCount}
 * is the total).
 */
public record CentralOverview(
    long partners,
    long uncoveredCount,
    List<PartnerSummary> uncovered,
    Map<String, Long> accountsByState,
    Map<String, Long> registrationCodesByState,
    long auditToday)
    implements Serializable {}
