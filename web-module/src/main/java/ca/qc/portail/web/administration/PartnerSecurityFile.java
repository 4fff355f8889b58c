package ca.qc.portail.web.administration;

import ca.qc.portail.account.Profile;
import ca.qc.portail.administration.SecurityFiles;
import ca.qc.portail.security.AccessRefusedException;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * *Dossier de sécurité de l'organisme* (R-S1, R-S2) and central's account search (R-C4–R-C6): the
 * lazy list of authorised persons, its filters' choices, and the labels of its cells.
 */
@Named
@ViewScoped
public class PartnerSecurityFile implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private SecurityFiles files;

  private AuthorisedPersonsModel persons;

  @PostConstruct
  void init() {
    persons = new AuthorisedPersonsModel(files);
  }

  /** Refuses (403) a caller who is neither an officer nor central; the EJB audits it. */
  public void open() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces.isPostback()) {
      return;
    }
    try {
      files.count(Map.of());
    } catch (AccessRefusedException e) {
      faces.getExternalContext().responseSendError(HttpServletResponse.SC_FORBIDDEN, null);
      faces.responseComplete();
    }
  }

  public AuthorisedPersonsModel getPersons() {
    return persons;
  }

  public List<String> getStates() {
    return List.of("ACTIF", "VERROUILLE", "EXPIRE", "INACTIF", "SUSPENDU");
  }

  public Profile[] getProfileChoices() {
    return Profile.values();
  }
}
