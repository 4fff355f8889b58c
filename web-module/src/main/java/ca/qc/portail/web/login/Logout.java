package ca.qc.portail.web.login;

import ca.qc.portail.authentication.LoginService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** *Déconnexion* / *Sortir de l'application*: ends the session everywhere (R-L7). */
@Named
@RequestScoped
public class Logout {

  @Inject private LoginService loginService;

  public void signOut() throws IOException, ServletException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    loginService.signedOut();
    request.logout();
    external.invalidateSession();
    external.redirect(external.getRequestContextPath() + "/connexion.xhtml?sortie=1");
    FacesContext.getCurrentInstance().responseComplete();
  }
}
