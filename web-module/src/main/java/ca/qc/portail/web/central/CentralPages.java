package ca.qc.portail.web.central;

import ca.qc.portail.administration.CentralConsole;
import ca.qc.portail.security.AccessRefusedException;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** What every central page does on opening: the server-side check, 403 when refused. */
final class CentralPages {
  private CentralPages() {}

  /** False (and a 403 sent) when the console refuses the caller; the refusal is audited. */
  static boolean open(CentralConsole console) throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces.isPostback()) {
      return true;
    }
    try {
      console.checkAccess();
      return true;
    } catch (AccessRefusedException e) {
      forbidden();
      return false;
    }
  }

  static void forbidden() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getExternalContext().responseSendError(HttpServletResponse.SC_FORBIDDEN, null);
    faces.responseComplete();
  }
}
