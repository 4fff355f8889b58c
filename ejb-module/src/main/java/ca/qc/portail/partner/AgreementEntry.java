package ca.qc.portail.partner;

import java.io.Serializable;

/** An agreement as central edits it (R-C1). */
public record AgreementEntry(long id, AgreementData data) implements Serializable {}
