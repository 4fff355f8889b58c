package ca.qc.portail.audit;

import java.io.Serializable;
import java.time.Instant;

/**
 * One audit record as central's search shows it (R-C7), with the names of the account and partner
 * it is about. Action and outcome are kept as stored, so records of any version read back.
 */
public record AuditEntry(
    long id,
    Instant occurredAt,
    String actor,
    Long actorAccountId,
    String address,
    String action,
    String outcome,
    Long targetAccountId,
    String targetUserCode,
    String targetName,
    Long partnerId,
    String partnerName,
    String detail)
    implements Serializable {}
