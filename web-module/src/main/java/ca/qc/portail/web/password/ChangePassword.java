package ca.qc.portail.web.password;

import ca.qc.portail.security.AccessRefusedException;
import ca.qc.portail.selfservice.PasswordChange;
import ca.qc.portail.selfservice.SelfService;
import ca.qc.portail.web.session.CurrentUser;
import ca.qc.portail.web.support.Pages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * *Modification de votre mot de passe* (R-P1, R-P3, R-P5), from *Gestion de votre
 * authentification*: every unmet criterion is shown at the new-password field at once.
 */
@Named
@ViewScoped
public class ChangePassword implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private SelfService self;
  @Inject private CurrentUser currentUser;

  private boolean done;
  private String current;
  private String password;
  private String confirmation;

  /** Opens the page only for those whose menu shows it (R-M1); others get 403. */
  public void open() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces.isPostback()) {
      return;
    }
    try {
      self.checkPasswordChangeAccess();
    } catch (AccessRefusedException e) {
      faces.getExternalContext().responseSendError(HttpServletResponse.SC_FORBIDDEN, null);
      faces.responseComplete();
    }
  }

  public void save() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      // R-P4: the temporary or expired password typed at login counts as the current one; the
      // page shows it filled in and hidden, and the service checks the stored one is still so.
      PasswordChange result =
          self.changePassword(isForced() ? null : current, password, confirmation);
      if (result.outcome() == PasswordChange.Outcome.WRONG_CURRENT_PASSWORD) {
        Pages.message(
            "changement:actuel",
            FacesMessage.SEVERITY_ERROR,
            PasswordChange.WRONG_CURRENT_PASSWORD_KEY);
      }
      PasswordForms.show(
          result.violations(),
          self.passwordPolicy(),
          "changement:nouveau",
          "changement:confirmation");
      if (!result.succeeded()) {
        faces.validationFailed();
        return;
      }
      done = true;
      currentUser.passwordChanged(result.sessionGeneration());
    } finally {
      current = null;
      password = null;
      confirmation = null;
    }
  }

  /** The criteria shown under the form, as the seeds list them, for the deployment's policy. */
  public List<String> getCriteria() {
    return PasswordForms.criteria(self.passwordPolicy());
  }

  /**
   * Whether this session's login led here because the password is temporary or expired (R-P2,
   * R-P4): the page says so, and the current password is not asked again.
   */
  public boolean isForced() {
    return currentUser.isPasswordChangeRequired();
  }

  /** The key of the message shown when the change is forced. */
  public String getForcedMessageKey() {
    return "selfPassword.forced." + currentUser.getUser().passwordStatus().name();
  }

  public boolean isDone() {
    return done;
  }

  public String getCurrent() {
    return current;
  }

  public void setCurrent(String current) {
    this.current = current;
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
