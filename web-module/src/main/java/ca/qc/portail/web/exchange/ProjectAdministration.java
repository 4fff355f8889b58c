package ca.qc.portail.web.exchange;

import ca.qc.portail.account.InternalRole;
import ca.qc.portail.exchange.ExchangeProjects;
import ca.qc.portail.exchange.ProjectSummary;
import ca.qc.portail.security.AccessRefusedException;
import ca.qc.portail.web.session.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * *Projets d'échange* (R-E1): every project, for staff (who create and edit them) and central (who
 * read them). The service decides; the page only follows.
 */
@Named
@RequestScoped
public class ProjectAdministration {

  @Inject private ExchangeProjects projects;
  @Inject private CurrentUser currentUser;

  private List<ProjectSummary> all;

  public void open() throws IOException {
    try {
      all = projects.all();
    } catch (AccessRefusedException e) {
      forbidden();
    }
  }

  public List<ProjectSummary> getProjects() {
    return all == null ? List.of() : all;
  }

  /** Whether the signed-in person is staff: creates and edits projects. */
  public boolean isStaff() {
    return currentUser.isSignedIn()
        && currentUser.getUser().internalRoles().contains(InternalRole.PERSONNEL);
  }

  static void forbidden() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getExternalContext().responseSendError(HttpServletResponse.SC_FORBIDDEN, null);
    faces.responseComplete();
  }
}
