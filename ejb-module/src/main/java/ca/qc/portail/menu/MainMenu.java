package ca.qc.portail.menu;

import ca.qc.portail.account.Accounts;
import ca.qc.portail.account.Roles;
import ca.qc.portail.account.UserAccount;
import ca.qc.portail.audit.AuditAction;
import ca.qc.portail.audit.AuditLog;
import ca.qc.portail.audit.AuditOutcome;
import ca.qc.portail.audit.AuditRecord;
import ca.qc.portail.exchange.ExchangeProjects;
import ca.qc.portail.partner.AgreementView;
import ca.qc.portail.partner.MeasureFamily;
import ca.qc.portail.partner.PartnerDirectory;
import ca.qc.portail.security.AccessRefusedException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;

/**
 * The signed-in caller's menu and the pages behind its measure sections. The caller is always the
 * container's principal, never an identifier from the request.
 */
@Stateless
@RolesAllowed(Roles.SIGNED_IN)
public class MainMenu {

  @Resource private SessionContext context;
  @Inject private Accounts accounts;
  @Inject private PartnerDirectory partners;
  @Inject private AuditLog audit;
  @Inject private ExchangeProjects exchange;

  public Set<MenuSection> sections() {
    return sectionsOf(caller());
  }

  /**
   * *Liste des contrats/ententes* of a measure section: the caller's partner's agreements of that
   * family, refused (and audited) when the menu does not show the section to the caller.
   */
  public List<AgreementView> agreements(MenuSection section, String clientAddress) {
    UserAccount caller = caller();
    MeasureFamily family = section.family().orElse(null);
    if (family == null || !sectionsOf(caller).contains(section)) {
      audit.write(
          AuditRecord.of(AuditAction.ACCESS_REFUSED, AuditOutcome.REFUSED)
              .by(caller.loginName(), caller.getId())
              .from(clientAddress)
              .on(caller.getId(), caller.partnerId())
              .detail("Liste des contrats/ententes, section " + section));
      throw new AccessRefusedException("Section " + section + " not in the caller's menu");
    }
    return partners.agreementsOf(caller.getPartner().getId(), family);
  }

  private Set<MenuSection> sectionsOf(UserAccount account) {
    Set<MeasureFamily> families =
        account.getPartner() == null ? Set.of() : partners.familiesOf(account.getPartner().getId());
    return MenuRules.sections(
        account.getProfiles(), account.getInternalRoles(), families, exchange.takesPart());
  }

  private UserAccount caller() {
    String name = context.getCallerPrincipal().getName();
    return accounts
        .find(Long.parseLong(name))
        .orElseThrow(() -> new AccessRefusedException("Unknown caller"));
  }
}
