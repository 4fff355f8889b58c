package ca.qc.portail.registration;

import ca.qc.portail.account.Roles;
import ca.qc.portail.menu.AccessRefusedException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * Central's registration codes page (R-C3) for the signed-in caller, taken from the container's
 * principal; the rules and the role check are in {@link RegistrationCodeDesk}.
 */
@Stateless
@RolesAllowed(Roles.SIGNED_IN)
public class RegistrationCodeService {

  @Resource private SessionContext context;
  @Inject private RegistrationCodeDesk desk;

  public List<PendingRegistration> search(String query, String clientAddress) {
    return desk.search(callerId(), query, clientAddress);
  }

  public Optional<PendingRegistration> of(long accountId, String clientAddress) {
    return desk.of(callerId(), accountId, clientAddress);
  }

  public Optional<CodeRefusal> extend(long accountId, String partialSin, String clientAddress) {
    return desk.extend(callerId(), accountId, partialSin, clientAddress);
  }

  public Optional<CodeRefusal> liftSuspension(long accountId, String clientAddress) {
    return desk.liftSuspension(callerId(), accountId, clientAddress);
  }

  private long callerId() {
    try {
      return Long.parseLong(context.getCallerPrincipal().getName());
    } catch (NumberFormatException e) {
      throw new AccessRefusedException("Unknown caller");
    }
  }
}
