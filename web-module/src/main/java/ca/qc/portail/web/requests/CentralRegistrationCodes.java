package ca.qc.portail.web.requests;

import ca.qc.portail.registration.CodeRefusal;
import ca.qc.portail.registration.PendingRegistration;
import ca.qc.portail.registration.PendingRegistrations;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * R-C3: central finds a person's registration code, extends it once by 2 business days after the
 * partial SIN check (R-A5), or lifts its suspension (R-A6). Refusals are shown at the row.
 */
@Named
@ViewScoped
public class CentralRegistrationCodes implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private PendingRegistrations codes;

  private String query;
  private List<PendingRegistration> results = List.of();
  private final Map<Long, String> sins = new HashMap<>();
  private boolean searched;

  public void open() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces.isPostback()) {
      return;
    }
    try {
      codes.checkAccess();
    } catch (AccessRefusedException e) {
      faces.getExternalContext().responseSendError(HttpServletResponse.SC_FORBIDDEN, null);
      faces.responseComplete();
    }
  }

  public void search() {
    results = codes.search(query);
    searched = true;
  }

  public void extend(long accountId) {
    done(codes.extend(accountId, sins.get(accountId)), "codes.extended");
  }

  public void liftSuspension(long accountId) {
    done(codes.liftSuspension(accountId), "codes.lifted");
  }

  private void done(Optional<CodeRefusal> refusal, String successKey) {
    if (refusal.isPresent()) {
      Pages.message(null, FacesMessage.SEVERITY_ERROR, refusal.get().messageKey());
      FacesContext.getCurrentInstance().validationFailed();
    } else {
      Pages.message(null, FacesMessage.SEVERITY_INFO, successKey);
    }
    sins.clear();
    results = codes.search(query);
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  public List<PendingRegistration> getResults() {
    return results;
  }

  public Map<Long, String> getSins() {
    return sins;
  }

  public boolean isSearched() {
    return searched;
  }
}
