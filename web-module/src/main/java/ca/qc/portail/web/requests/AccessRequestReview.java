package ca.qc.portail.web.requests;

import ca.qc.portail.accessrequest.AccessRequestQueue;
import ca.qc.portail.accessrequest.RequestDetail;
import ca.qc.portail.accessrequest.RequestViolation;
import ca.qc.portail.registration.RegistrationMode;
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
import java.util.List;

/**
 * R-C2, R-A4: one access request as central reviews it — the form, the service level, what the
 * rules and the signatory matrix say today — with *Approuver* and *Refuser* (reason required).
 */
@Named
@ViewScoped
public class AccessRequestReview implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private AccessRequestQueue queue;

  private Long id;
  private boolean entered;
  private RequestDetail detail;
  private String reason;
  private String outcome;

  /** Loads the request of {@code ?id=}; unknown or refused → 404 (nothing said about it). */
  public void open() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces.isPostback() && detail != null) {
      return;
    }
    if (id == null) {
      faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
      faces.responseComplete();
      return;
    }
    try {
      detail = queue.detail(id);
      if (entered) {
        Pages.message(null, FacesMessage.SEVERITY_INFO, "review.entered");
      }
    } catch (AccessRefusedException e) {
      faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
      faces.responseComplete();
    }
  }

  public void approve() {
    List<RequestViolation> violations = queue.approve(id);
    reload();
    if (!violations.isEmpty()) {
      for (RequestViolation v : violations) {
        Pages.message(null, FacesMessage.SEVERITY_ERROR, v.messageKey());
      }
      FacesContext.getCurrentInstance().validationFailed();
      return;
    }
    outcome =
        queue.registrationMode() == RegistrationMode.CODE
            ? "review.approved.code"
            : "review.approved.link";
  }

  public void reject() {
    List<RequestViolation> violations = queue.reject(id, reason);
    if (!violations.isEmpty()) {
      for (RequestViolation v : violations) {
        Pages.message(
            "reason".equals(v.field()) ? "refus:raison" : null,
            FacesMessage.SEVERITY_ERROR,
            v.messageKey());
      }
      FacesContext.getCurrentInstance().validationFailed();
      return;
    }
    reload();
    reason = null;
    outcome = "review.rejected";
  }

  private void reload() {
    detail = queue.detail(id);
  }

  /** The texts of what the rules say about the request today. */
  public List<String> getProblems() {
    return detail.violations().stream().map(v -> Pages.text(v.messageKey())).distinct().toList();
  }

  public String getOutcome() {
    return outcome;
  }

  public RequestDetail getDetail() {
    return detail;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public boolean isEntered() {
    return entered;
  }

  public void setEntered(boolean entered) {
    this.entered = entered;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
