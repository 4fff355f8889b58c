package ca.qc.portail.web.dev;

import ca.qc.portail.notification.CapturedMailbox.CapturedEmail;
import ca.qc.portail.notification.MailTransport;
import ca.qc.portail.web.security.TrustedProxies;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.util.List;

/**
 * The developer's mailbox ({@code /dev/courriels.xhtml}): the e-mails the embedded default captured
 * instead of sending. Exists only while e-mails are captured (never with an SMTP server) and only
 * for a browser on the same machine; anyone else gets "not found".
 */
@Named
@RequestScoped
public class DevMailbox {

  @Inject private MailTransport transport;

  private List<CapturedEmail> emails = List.of();

  public void load() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
    if (!transport.isCapturing()
        || !InetAddress.getByName(TrustedProxies.configured().clientAddress(request))
            .isLoopbackAddress()) {
      faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
      faces.responseComplete();
      return;
    }
    emails = transport.capturedMailbox().orElseThrow().list();
  }

  public List<CapturedEmail> getEmails() {
    return emails;
  }
}
