package ca.qc.portail.web.password;

import ca.qc.portail.authentication.PasswordResets;
import ca.qc.portail.password.PasswordViolation;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * *Mise à jour du mot de passe* (R-L8): reached from the e-mailed link. The link's token is taken
 * out of the address at once (kept in this view on the server), so it stays in no history or
 * referrer.
 */
@Named
@ViewScoped
public class NewPassword implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final String FLASH_KEY = "resetToken";

  @Inject private PasswordResets resets;

  private String token;
  private boolean valid;
  private boolean done;
  private String password;
  private String confirmation;

  public void open() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces.isPostback()) {
      return;
    }
    ExternalContext external = faces.getExternalContext();
    String fromLink = external.getRequestParameterMap().get("jeton");
    if (fromLink != null) {
      external.getFlash().put(FLASH_KEY, fromLink);
      external.redirect(external.getRequestContextPath() + "/nouveau-mot-de-passe.xhtml");
      faces.responseComplete();
      return;
    }
    token = (String) external.getFlash().get(FLASH_KEY);
    valid = token != null && resets.accountOf(token).isPresent();
  }

  public void save() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      List<PasswordViolation> violations = resets.complete(token, password, confirmation);
      PasswordForms.show(
          violations, resets.passwordPolicy(), "reinit:nouveau", "reinit:confirmation");
      if (!violations.isEmpty()) {
        faces.validationFailed();
        return;
      }
      done = true;
      token = null;
    } catch (PasswordResets.InvalidResetLink e) {
      valid = false;
    } finally {
      password = null;
      confirmation = null;
    }
  }

  /** The criteria shown under the form, as the seeds list them, for the deployment's policy. */
  public List<String> getCriteria() {
    return PasswordForms.criteria(resets.passwordPolicy());
  }

  public boolean isValid() {
    return valid;
  }

  public boolean isDone() {
    return done;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getConfirmation() {
    return confirmation;
  }

  public void setConfirmation(String confirmation) {
    this.confirmation = confirmation;
  }
}
