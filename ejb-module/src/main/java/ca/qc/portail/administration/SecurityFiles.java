package ca.qc.portail.administration;

import ca.qc.portail.account.DeactivationReason;
import ca.qc.portail.security.Callers;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * *Administration de la sécurité* (R-S1–R-S7) and central's account administration (R-C4–R-C6) for
 * the signed-in caller. The caller is always the container's principal, never an identifier from
 * the request; role and scope are checked in {@link AccountAdministration} at every call.
 *
 * <p>{@code @PermitAll} on purpose: an anonymous caller is audited, then refused, by {@link
 * Callers}.
 */
@Stateless
@PermitAll
public class SecurityFiles {

  @Inject private AccountAdministration administration;
  @Inject private Callers callers;

  /** R-S2 / central's search: one page of the list. */
  public List<ListedPerson> list(ListQuery query, String clientAddress) {
    return administration.list(callerId(clientAddress), query, clientAddress);
  }

  /** R-S2: how many persons the list holds with these filters. */
  public long count(Map<ListColumn, String> filters, String clientAddress) {
    return administration.count(callerId(clientAddress), filters, clientAddress);
  }

  /** R-S3: one security file; {@link SecurityFileNotFoundException} outside the caller's scope. */
  public SecurityFile file(long accountId, String clientAddress) {
    return administration.file(callerId(clientAddress), accountId, clientAddress);
  }

  /** R-S6, R-C6. */
  public List<FileViolation> deactivate(
      long accountId, DeactivationReason reason, String otherReason, String clientAddress) {
    return administration.deactivate(
        callerId(clientAddress), accountId, reason, otherReason, clientAddress);
  }

  /** R-S5. */
  public List<FileViolation> reactivate(
      long accountId,
      ReactivationReason reason,
      String otherReason,
      LocalDate newExpiry,
      String clientAddress) {
    return administration.reactivate(
        callerId(clientAddress), accountId, reason, otherReason, newExpiry, clientAddress);
  }

  /** R-S7. */
  public List<FileViolation> changeValidity(
      long accountId, LocalDate newExpiry, String clientAddress) {
    return administration.changeValidity(
        callerId(clientAddress), accountId, newExpiry, clientAddress);
  }

  /** R-C4. */
  public List<FileViolation> reactivateWithTemporaryPassword(
      long accountId, LocalDate newExpiry, String clientAddress) {
    return administration.reactivateWithTemporaryPassword(
        callerId(clientAddress), accountId, newExpiry, clientAddress);
  }

  /** R-C5. */
  public List<FileViolation> correctPersonalData(
      long accountId, PersonalData data, String clientAddress) {
    return administration.correctPersonalData(
        callerId(clientAddress), accountId, data, clientAddress);
  }

  private long callerId(String clientAddress) {
    return callers.signedIn("Administration de la sécurité", clientAddress);
  }
}
