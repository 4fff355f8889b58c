package ca.qc.portail.web.exchange;

import ca.qc.portail.exchange.ExchangeProjects;
import ca.qc.portail.exchange.ProjectSummary;
import ca.qc.portail.web.support.Pages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * *Échange sécurisé* (R-E1, seed 000 §2): the guarantee sentence, *Sélectionner un projet* among
 * the projects the caller takes part in, *Continuer* to the project's tabs.
 */
@Named
@ViewScoped
public class ProjectChoice implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private ExchangeProjects projects;

  private List<ProjectSummary> mine;
  private Long project;

  public List<ProjectSummary> getProjects() {
    if (mine == null) {
      mine = projects.mine();
    }
    return mine;
  }

  /** *Continuer*: to the chosen project, which the project page checks again. */
  public String proceed() {
    if (project == null || getProjects().stream().noneMatch(p -> p.id() == project)) {
      Pages.message("choix:projet", FacesMessage.SEVERITY_ERROR, "exchange.choose.required");
      return null;
    }
    return "/app/echange/projet?faces-redirect=true&projet=" + project;
  }

  public Long getProject() {
    return project;
  }

  public void setProject(Long project) {
    this.project = project;
  }
}
