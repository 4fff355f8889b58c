package ca.qc.portail.web.central;

import ca.qc.portail.account.InternalRole;
import ca.qc.portail.administration.AgentRow;
import ca.qc.portail.administration.AgentViolation;
import ca.qc.portail.administration.MinistryAgents;
import ca.qc.portail.security.AccessRefusedException;
import ca.qc.portail.web.support.Pages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * *Agents du ministère* (R-C8), in central's console: the list of ministry agents, the creation
 * form, each agent's roles, deactivation (after a confirmation) and reactivation. Every rule and
 * refusal is the service's ({@link MinistryAgents}); refusals are shown at their field or at the
 * top of the page.
 */
@Named
@ViewScoped
public class AgentAccounts implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The roles central gives, in the order the page lists them. */
  public static final List<String> ROLES =
      List.of(
          InternalRole.AGENT_CENTRAL.name(),
          InternalRole.PERSONNEL.name(),
          InternalRole.OPERATEUR.name());

  @Inject private MinistryAgents agents;

  private List<AgentRow> rows = List.of();
  private final Map<Long, List<String>> roles = new HashMap<>();
  private String lastName;
  private String firstName;
  private String email;
  private List<String> newRoles = new ArrayList<>();
  private AgentRow deactivating;

  public void open() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces.isPostback()) {
      return;
    }
    try {
      agents.checkAccess();
      reload();
    } catch (AccessRefusedException e) {
      faces.getExternalContext().responseSendError(HttpServletResponse.SC_FORBIDDEN, null);
      faces.responseComplete();
    }
  }

  public void create() {
    MinistryAgents.Creation creation = agents.create(lastName, firstName, email, toRoles(newRoles));
    if (!creation.succeeded()) {
      show(creation.violations(), true);
      return;
    }
    Pages.message(null, FacesMessage.SEVERITY_INFO, "agents.created");
    lastName = null;
    firstName = null;
    email = null;
    newRoles = new ArrayList<>();
    reload();
  }

  public void changeRoles(long accountId) {
    done(agents.changeRoles(accountId, toRoles(roles.get(accountId))), "agents.rolesChanged");
  }

  /** *Désactiver*: asks for a confirmation first. */
  public void askDeactivation(AgentRow row) {
    deactivating = row;
  }

  public void cancelDeactivation() {
    deactivating = null;
  }

  public void deactivate() {
    if (deactivating == null) {
      return;
    }
    long id = deactivating.id();
    deactivating = null;
    done(agents.deactivate(id), "agents.deactivated");
  }

  public void reactivate(long accountId) {
    done(agents.reactivate(accountId), "agents.reactivated");
  }

  private void done(List<AgentViolation> violations, String successKey) {
    if (violations.isEmpty()) {
      Pages.message(null, FacesMessage.SEVERITY_INFO, successKey);
    } else {
      show(violations, false);
    }
    reload();
  }

  /** Each refusal at its field of the creation form, or at the top of the page. */
  private void show(List<AgentViolation> violations, boolean creation) {
    for (AgentViolation violation : violations) {
      String field =
          switch (violation.field()) {
            case LAST_NAME -> "creation:nom";
            case FIRST_NAME -> "creation:prenom";
            case EMAIL -> "creation:courriel";
            case ROLES -> creation ? "creation:roles" : null;
            case NONE -> null;
          };
      Pages.message(field, FacesMessage.SEVERITY_ERROR, violation.messageKey());
    }
    FacesContext.getCurrentInstance().validationFailed();
  }

  private void reload() {
    rows = agents.list();
    roles.clear();
    for (AgentRow row : rows) {
      roles.put(row.id(), new ArrayList<>(row.roles().stream().map(Enum::name).sorted().toList()));
    }
  }

  private static Set<InternalRole> toRoles(List<String> names) {
    Set<InternalRole> set = EnumSet.noneOf(InternalRole.class);
    if (names != null) {
      for (String name : names) {
        if (ROLES.contains(name)) {
          set.add(InternalRole.valueOf(name));
        }
      }
    }
    return set;
  }

  public List<String> getRoleNames() {
    return ROLES;
  }

  public List<AgentRow> getRows() {
    return rows;
  }

  public Map<Long, List<String>> getRoles() {
    return roles;
  }

  public AgentRow getDeactivating() {
    return deactivating;
  }

  public String getLastName() {
    return lastName;
  }

  public void setLastName(String lastName) {
    this.lastName = lastName;
  }

  public String getFirstName() {
    return firstName;
  }

  public void setFirstName(String firstName) {
    this.firstName = firstName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public List<String> getNewRoles() {
    return newRoles;
  }

  public void setNewRoles(List<String> newRoles) {
    this.newRoles = newRoles;
  }
}
