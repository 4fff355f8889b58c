package ca.qc.portail.web.requests;

import ca.qc.portail.accessrequest.AccessRequestQueue;
import ca.qc.portail.accessrequest.Submission;
import ca.qc.portail.security.AccessRefusedException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;

/**
 * R-C2: central enters a form 2490 received by post; section 1's NEQ names the partner. The same
 * checks as an officer's online request apply.
 */
@Named
@ViewScoped
public class PaperAccessRequest implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private AccessRequestQueue queue;
  @Inject private RequestDates dates;

  private Form2490Fields fields;

  public void open() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces.isPostback() && fields != null) {
      return;
    }
    try {
      queue.checkAccess();
      fields = new Form2490Fields(dates.today());
    } catch (AccessRefusedException e) {
      faces.getExternalContext().responseSendError(HttpServletResponse.SC_FORBIDDEN, null);
      faces.responseComplete();
    }
  }

  /** *Enregistrer la demande*: to the queue, or every violation at its field. */
  public String save() {
    Submission result = queue.enter(fields.toForm());
    if (!result.succeeded()) {
      Form2490Fields.show(result.violations());
      return null;
    }
    return "/app/central/demande?faces-redirect=true&id=" + result.requestId() + "&saisie=true";
  }

  public Form2490Fields getFields() {
    return fields;
  }
}
