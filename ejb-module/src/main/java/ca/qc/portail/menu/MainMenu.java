package ca.qc.portail.menu;

import ca.qc.portail.exchange.ExchangeProjects;
import ca.qc.portail.partner.AgreementView;
import ca.qc.portail.partner.MeasureFamily;
import ca.qc.portail.partner.PartnerDirectory;
import ca.qc.portail.security.Caller;
import ca.qc.portail.security.Callers;
import ca.qc.portail.security.Requires;
import ca.qc.portail.security.Standing;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;

/**
 * The signed-in caller's menu (R-M1) and the pages behind its measure sections. The caller comes
 * from {@link Callers}, never from an identifier in the request.
 */
@Stateless
@Requires(value = Standing.SIGNED_IN, operation = "Menu principal")
public class MainMenu {

  private static final String AGREEMENTS = "Liste des contrats/ententes";

  @Inject private Callers callers;
  @Inject private PartnerDirectory partners;
  @Inject private ExchangeProjects exchange;

  public Set<MenuSection> sections() {
    return sectionsOf(callers.current());
  }

  /**
   * *Liste des contrats/ententes* of a measure section: the caller's partner's agreements of that
   * family, refused (and audited) when the menu does not show the section to the caller.
   */
  @Requires(value = Standing.SIGNED_IN, operation = AGREEMENTS)
  public List<AgreementView> agreements(MenuSection section) {
    Caller caller = callers.current();
    MeasureFamily family = section == null ? null : section.family().orElse(null);
    if (family == null || !sectionsOf(caller).contains(section)) {
      throw callers.refuse(caller, AGREEMENTS, "section " + section + " absente du menu");
    }
    return partners.agreementsOf(caller.partnerId(), family);
  }

  private Set<MenuSection> sectionsOf(Caller caller) {
    Set<MeasureFamily> families =
        caller.partnerId() == null ? Set.of() : partners.familiesOf(caller.partnerId());
    return MenuRules.sections(caller.profiles(), caller.roles(), families, exchange.takesPart());
  }
}
