package ca.qc.portail.web.account;

import ca.qc.portail.account.DeactivationReason;
import ca.qc.portail.account.DeactivationViolation;
import ca.qc.portail.security.AccessRefusedException;
import ca.qc.portail.selfservice.SelfService;
import ca.qc.portail.web.support.Pages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * *Désactivation de votre code d'utilisateur* (R-D1): step one checks the password and the reason
 * without changing anything; step two asks for confirmation; *Désactiver* deactivates, ends the
 * session (as {@code Logout} does) and shows the public page {@code /desactive.xhtml}.
 *
 * <p>The password typed at step one stays in this view, on the server, until step two: the service
 * checks it again when deactivating.
 */
@Named
@ViewScoped
public class SelfDeactivation implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private SelfService self;

  private boolean confirming;
  private String password;
  private DeactivationReason reason;
  private String otherReason;

  /** Opens the page only for those whose menu shows it (R-M1); others get 403. */
  public void open() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces.isPostback()) {
      return;
    }
    try {
      self.checkDeactivationAccess();
    } catch (AccessRefusedException e) {
      faces.getExternalContext().responseSendError(HttpServletResponse.SC_FORBIDDEN, null);
      faces.responseComplete();
    }
  }

  /** *Continuer*: shows the confirmation only when the inputs are right. */
  public void proceed() {
    List<DeactivationViolation> violations = self.checkDeactivation(password, reason, otherReason);
    if (violations.isEmpty()) {
      confirming = true;
      return;
    }
    show(violations);
  }

  /** *Désactiver*: deactivates, then ends the session. */
  public void deactivate() throws IOException, ServletException {
    List<DeactivationViolation> violations = self.deactivateSelf(password, reason, otherReason);
    if (!violations.isEmpty()) {
      confirming = false;
      show(violations);
      return;
    }
    password = null;
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    request.logout();
    external.invalidateSession();
    external.redirect(external.getRequestContextPath() + "/desactive.xhtml");
    FacesContext.getCurrentInstance().responseComplete();
  }

  private void show(List<DeactivationViolation> violations) {
    FacesContext faces = FacesContext.getCurrentInstance();
    for (DeactivationViolation violation : violations) {
      String field =
          switch (violation) {
            case WRONG_PASSWORD -> "desactivation:motDePasse";
            case REASON_MISSING -> "desactivation:raison";
            case OTHER_REASON_MISSING, OTHER_REASON_TOO_LONG -> "desactivation:autreRaison";
          };
      String key =
          violation == DeactivationViolation.WRONG_PASSWORD
                  && (password == null || password.isEmpty())
              ? "deactivation.password.required"
              : violation.messageKey();
      Pages.message(field, FacesMessage.SEVERITY_ERROR, key);
    }
    password = null;
    faces.validationFailed();
  }

  public DeactivationReason[] getReasons() {
    return DeactivationReason.values();
  }

  public boolean isConfirming() {
    return confirming;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public DeactivationReason getReason() {
    return reason;
  }

  public void setReason(DeactivationReason reason) {
    this.reason = reason;
  }

  public String getOtherReason() {
    return otherReason;
  }

  public void setOtherReason(String otherReason) {
    this.otherReason = otherReason;
  }
}
