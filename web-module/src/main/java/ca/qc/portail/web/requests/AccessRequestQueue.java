package ca.qc.portail.web.requests;

import ca.qc.portail.accessrequest.AccessRequests;
import ca.qc.portail.accessrequest.QueuedRequest;
import ca.qc.portail.security.AccessRefusedException;
import ca.qc.portail.web.support.Pages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** R-C2: central's queue of access requests, oldest first, with the 10-business-day level. */
@Named
@ViewScoped
public class AccessRequestQueue implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private AccessRequests requests;

  private List<QueuedRequest> waiting;

  public void open() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      waiting = requests.queue(Pages.clientAddress());
    } catch (AccessRefusedException e) {
      faces.getExternalContext().responseSendError(HttpServletResponse.SC_FORBIDDEN, null);
      faces.responseComplete();
    }
  }

  public List<QueuedRequest> getWaiting() {
    return waiting;
  }
}
