package ca.qc.portail.partner;

import java.io.Serializable;
import java.time.LocalDate;

/** What central types for an agreement (R-C1); checked by {@link PartnerRules}. */
public record AgreementData(
    String number, MeasureFamily family, String measure, LocalDate startDate, LocalDate endDate)
    implements Serializable {}
