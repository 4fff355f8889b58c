package ca.qc.portail.accessrequest;

import ca.qc.portail.account.Profile;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * One line of central's queue (R-C2): who asks for what, from which partner, and the service level
 * (R-A4: {@value AccessRequestQueue#SERVICE_LEVEL_BUSINESS_DAYS} business days from receipt).
 */
public record QueuedRequest(
    long id,
    RequestType type,
    String partnerName,
    String requesterName,
    String email,
    Set<Profile> profiles,
    ApproverRole approverRole,
    RequestChannel channel,
    AccessRequestState state,
    Instant receivedAt,
    LocalDate dueDate,
    boolean overdue)
    implements Serializable {}
