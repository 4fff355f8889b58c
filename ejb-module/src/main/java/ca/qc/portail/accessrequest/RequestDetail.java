package ca.qc.portail.accessrequest;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A request as central reviews it (R-C2): the form as received, where it stands, its service level,
 * and what the form rules and the signatory matrix say about it today ({@code violations}: empty
 * when it may be approved).
 */
public record RequestDetail(
    long id,
    long partnerId,
    AccessRequestForm form,
    boolean partnerNonProfit,
    RequestChannel channel,
    AccessRequestState state,
    Instant receivedAt,
    LocalDate dueDate,
    Instant decidedAt,
    String rejectionReason,
    List<RequestViolation> violations)
    implements Serializable {

  public RequestDetail {
    violations = List.copyOf(violations);
  }

  public boolean waiting() {
    return state == AccessRequestState.EN_ATTENTE;
  }
}
