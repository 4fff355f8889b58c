package ca.qc.portail.administration;

import ca.qc.portail.audit.AuditCriteria;
import ca.qc.portail.audit.AuditEntry;
import ca.qc.portail.partner.AgreementData;
import ca.qc.portail.partner.PartnerChange;
import ca.qc.portail.partner.PartnerData;
import ca.qc.portail.partner.PartnerDetail;
import ca.qc.portail.partner.PartnerSummary;
import ca.qc.portail.security.Callers;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The central security group's console (R-C1, R-C7, R-D3) for the signed-in caller, who is always
 * the container's principal, never an identifier from the request.
 *
 * <p>Two walls, both on the server and both audited ({@code ACCESS_REFUSED}) before {@link
 * AccessRefusedException} is thrown: {@link Callers} lets in signed-in callers only, and {@link
 * CentralDesk} Actif holders of the AGENT_CENTRAL role only. Neither is {@code @RolesAllowed},
 * because the container would then refuse before any record could be written.
 */
@Stateless
@PermitAll
public class CentralConsole {

  @Inject private Callers callers;
  @Inject private CentralDesk desk;

  /** Refuses (audited) anyone but a central agent; {@code page} names the page in the audit. */
  public void checkAccess(String page, String clientAddress) {
    desk.checkAccess(callerId(clientAddress), clientAddress, page);
  }

  public CentralOverview overview(String clientAddress) {
    return desk.overview(callerId(clientAddress), clientAddress);
  }

  public long partnerCount(String clientAddress, String filter, boolean withoutOfficerOnly) {
    return desk.partnerCount(callerId(clientAddress), clientAddress, filter, withoutOfficerOnly);
  }

  public List<PartnerSummary> partnerPage(
      String clientAddress,
      String filter,
      boolean withoutOfficerOnly,
      int first,
      int size,
      String sortField,
      boolean ascending) {
    return desk.partnerPage(
        callerId(clientAddress),
        clientAddress,
        filter,
        withoutOfficerOnly,
        first,
        size,
        sortField,
        ascending);
  }

  public Optional<PartnerDetail> partner(String clientAddress, long partnerId) {
    return desk.partner(callerId(clientAddress), clientAddress, partnerId);
  }

  public PartnerChange createPartner(String clientAddress, PartnerData data) {
    return desk.createPartner(callerId(clientAddress), clientAddress, data);
  }

  public Optional<PartnerChange> updatePartner(
      String clientAddress, long partnerId, PartnerData data) {
    return desk.updatePartner(callerId(clientAddress), clientAddress, partnerId, data);
  }

  public Optional<PartnerChange> addAgreement(
      String clientAddress, long partnerId, AgreementData data) {
    return desk.addAgreement(callerId(clientAddress), clientAddress, partnerId, data);
  }

  public Optional<PartnerChange> updateAgreement(
      String clientAddress, long partnerId, long agreementId, AgreementData data) {
    return desk.updateAgreement(
        callerId(clientAddress), clientAddress, partnerId, agreementId, data);
  }

  public long auditCount(String clientAddress, AuditCriteria criteria) {
    return desk.auditCount(callerId(clientAddress), clientAddress, criteria);
  }

  public List<AuditEntry> auditPage(
      String clientAddress,
      AuditCriteria criteria,
      int first,
      int size,
      String sortField,
      boolean ascending) {
    return desk.auditPage(
        callerId(clientAddress), clientAddress, criteria, first, size, sortField, ascending);
  }

  /** Streams the matching audit records to {@code sink}; see {@link CentralDesk#exportAudit}. */
  public long exportAudit(String clientAddress, AuditCriteria criteria, Consumer<AuditEntry> sink) {
    return desk.exportAudit(callerId(clientAddress), clientAddress, criteria, sink);
  }

  /** The ministry's time zone (setting {@code app.timezone}). */
  public ZoneId zone() {
    return desk.zone();
  }

  private long callerId(String clientAddress) {
    return callers.signedIn("Console du Groupe central de la sécurité", clientAddress);
  }
}
