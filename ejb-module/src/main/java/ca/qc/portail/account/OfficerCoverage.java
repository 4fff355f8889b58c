package ca.qc.portail.account;

import ca.qc.portail.audit.AuditAction;
import ca.qc.portail.audit.AuditLog;
import ca.qc.portail.audit.AuditOutcome;
import ca.qc.portail.audit.AuditRecord;
import ca.qc.portail.notification.MailTemplates;
import ca.qc.portail.notification.Outbox;
import ca.qc.portail.partner.Partner;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * R-D3: after any deactivation, expiry or inactivation, a partner left without an Actif security
 * officer is reported to the central security group, in the transaction of that change.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class OfficerCoverage {

  @Inject private Accounts accounts;
  @Inject private Outbox outbox;
  @Inject private AuditLog audit;

  /**
   * R-D3 for a scheduled change: alerts central only when {@code changed} was one of its partner's
   * security officers and none is left Actif, so a nightly job reports the loss of the last officer
   * once, not again for every other account of an already uncovered partner.
   */
  public boolean alertCentralIfLastOfficerLeft(UserAccount changed) {
    return changed.getProfiles().stream().anyMatch(Profile::isSecurityOfficer)
        && alertCentralIfUncovered(changed);
  }

  /**
   * Alerts central when the partner of {@code changed} has no Actif officer left; returns whether
   * it did.
   */
  public boolean alertCentralIfUncovered(UserAccount changed) {
    Partner partner = changed.getPartner();
    if (partner == null || !accounts.activeOfficersOf(partner.getId(), changed.getId()).isEmpty()) {
      return false;
    }
    for (UserAccount agent : accounts.activeWithRole(InternalRole.AGENT_CENTRAL)) {
      outbox.enqueue(
          MailTemplates.email(
              agent.getEmail(),
              agent.getPreferredLanguage(),
              "noActiveOfficer",
              partner.getName(),
              partner.getNeq() == null ? "—" : partner.getNeq()));
    }
    audit.write(
        AuditRecord.of(AuditAction.CENTRAL_ALERTED, AuditOutcome.SUCCESS)
            .on(changed.getId(), partner.getId())
            .detail("Aucun responsable de la sécurité actif dans l'organisme"));
    return true;
  }
}
