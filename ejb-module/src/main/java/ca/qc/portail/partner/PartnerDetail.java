package ca.qc.portail.partner;

import java.io.Serializable;
import java.util.List;

/** A partner and its agreements, most recent first, as central edits them (R-C1). */
public record PartnerDetail(
    long id, PartnerData data, boolean withoutActiveOfficer, List<AgreementEntry> agreements)
    implements Serializable {}
