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
   * Alerts central when the partner of {@code changed} has no Actif officer left, naming how {@code
   * changed} went; returns whether it did.
   */
  public boolean alertCentralIfUncovered(UserAccount changed, OfficerLoss loss) {
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
              MailTemplates.text(agent.getPreferredLanguage(), loss.mailKey()),
              SelfDeactivationRules.firstThree(changed.loginName()),
              partner.getName()));
    }
    audit.write(
        AuditRecord.of(AuditAction.CENTRAL_ALERTED, AuditOutcome.SUCCESS)
            .on(changed.getId(), partner.getId())
            .detail("NO_ACTIVE_OFFICER"));
    return true;
  }
}
