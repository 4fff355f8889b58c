package ca.qc.portail.registration;

import ca.qc.portail.security.Callers;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * Central's registration codes page (R-C3) for the signed-in caller, taken from the container's
 * principal; the rules and the role check are in {@link RegistrationCodeDesk}.
 */
@Stateless
@PermitAll
public class RegistrationCodeService {

  @Inject private Callers callers;
  @Inject private RegistrationCodeDesk desk;

  public List<PendingRegistration> search(String query, String clientAddress) {
    return desk.search(callerId(clientAddress), query, clientAddress);
  }

  public Optional<PendingRegistration> of(long accountId, String clientAddress) {
    return desk.of(callerId(clientAddress), accountId, clientAddress);
  }

  public Optional<CodeRefusal> extend(long accountId, String partialSin, String clientAddress) {
    return desk.extend(callerId(clientAddress), accountId, partialSin, clientAddress);
  }

  public Optional<CodeRefusal> liftSuspension(long accountId, String clientAddress) {
    return desk.liftSuspension(callerId(clientAddress), accountId, clientAddress);
  }

  private long callerId(String clientAddress) {
    return callers.signedIn("Codes d'enregistrement", clientAddress);
  }
}
