package ca.qc.portail.web.password;

import ca.qc.portail.authentication.PasswordResets;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/**
 * *Mot de passe oublié ?* (R-L8): whatever was typed, back to the login page with the same message.
 */
@Named
@RequestScoped
public class ForgotPassword {

  @Inject private PasswordResets resets;

  private String login;

  public void submit() throws IOException {
    resets.request(login);
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(external.getRequestContextPath() + "/connexion.xhtml?courriel=1");
    FacesContext.getCurrentInstance().responseComplete();
  }

  public String getLogin() {
    return login;
  }

  public void setLogin(String login) {
    this.login = login;
  }
}
