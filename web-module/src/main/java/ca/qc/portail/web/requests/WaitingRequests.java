package ca.qc.portail.web.requests;

import ca.qc.portail.accessrequest.AccessRequestQueue;
import ca.qc.portail.accessrequest.QueuedRequest;
import ca.qc.portail.security.AccessRefusedException;
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
public class WaitingRequests implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private AccessRequestQueue queue;

  private List<QueuedRequest> waiting;

  public void open() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      waiting = queue.waiting();
    } catch (AccessRefusedException e) {
      faces.getExternalContext().responseSendError(HttpServletResponse.SC_FORBIDDEN, null);
      faces.responseComplete();
    }
  }

  public List<QueuedRequest> getWaiting() {
    return waiting;
  }
}
