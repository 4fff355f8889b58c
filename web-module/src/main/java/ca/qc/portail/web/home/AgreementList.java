package ca.qc.portail.web.home;

import ca.qc.portail.menu.MainMenu;
import ca.qc.portail.menu.MenuSection;
import ca.qc.portail.partner.AgreementView;
import ca.qc.portail.security.AccessRefusedException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * *Liste des contrats/ententes* of one measure section (R-M1). The section comes from the address;
 * the service refuses it when the caller's menu does not show it.
 */
@Named
@ViewScoped
public class AgreementList implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private MainMenu menu;

  private String section;
  private MenuSection resolved;
  private List<AgreementView> agreements = List.of();

  public void load() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      resolved = MenuSection.valueOf(section == null ? "" : section);
      agreements = menu.agreements(resolved);
    } catch (IllegalArgumentException | AccessRefusedException e) {
      faces.getExternalContext().responseSendError(HttpServletResponse.SC_FORBIDDEN, null);
      faces.responseComplete();
    }
  }

  public String getSection() {
    return section;
  }

  public void setSection(String section) {
    this.section = section;
  }

  public String getTitleKey() {
    return "menu.section." + resolved;
  }

  public List<AgreementView> getAgreements() {
    return agreements;
  }
}
