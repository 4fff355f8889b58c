package ca.qc.portail.accessrequest;

import ca.qc.portail.registration.Onboarding;
import ca.qc.portail.registration.RegistrationMode;
import ca.qc.portail.security.Callers;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Access requests for the signed-in caller (R-S8 for officers, R-C2 and R-A4 for central). The
 * caller is always the container's principal, never an identifier from the request; the rules, role
 * and scope checks included, are in {@link AccessRequestDesk}.
 */
@Stateless
@PermitAll
public class AccessRequests {

  @Inject private Callers callers;
  @Inject private AccessRequestDesk desk;
  @Inject private Onboarding onboarding;
  @Inject private Clock clock;

  public PartnerIdentity sectionOne(String clientAddress) {
    return desk.sectionOne(callerId(clientAddress), clientAddress);
  }

  public Submission submit(long partnerId, AccessRequestForm form, String clientAddress) {
    return desk.submit(callerId(clientAddress), partnerId, form, clientAddress);
  }

  public Submission enter(AccessRequestForm form, String clientAddress) {
    return desk.enter(callerId(clientAddress), form, clientAddress);
  }

  public List<QueuedRequest> queue(String clientAddress) {
    return desk.queue(callerId(clientAddress), clientAddress);
  }

  public RequestDetail detail(long requestId, String clientAddress) {
    return desk.detail(callerId(clientAddress), requestId, clientAddress);
  }

  public List<RequestViolation> approve(long requestId, String clientAddress) {
    return desk.approve(callerId(clientAddress), requestId, clientAddress);
  }

  public List<RequestViolation> reject(long requestId, String reason, String clientAddress) {
    return desk.reject(callerId(clientAddress), requestId, reason, clientAddress);
  }

  /** Today in the ministry's time zone: the date a new form's declaration is pre-filled with. */
  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /** R-A8: what an approval sends, for the page to say it. */
  public RegistrationMode registrationMode() {
    return onboarding.mode();
  }

  private long callerId(String clientAddress) {
    return callers.signedIn("Demandes d'accès", clientAddress);
  }
}
