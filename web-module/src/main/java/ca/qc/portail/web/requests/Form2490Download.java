package ca.qc.portail.web.requests;

import ca.qc.portail.accessrequest.AccessRequestSubmissions;
import ca.qc.portail.accessrequest.PartnerIdentity;
import ca.qc.portail.security.AccessRefusedException;
import ca.qc.portail.web.session.Language;
import ca.qc.portail.web.support.SupportContacts;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * R-S8: form 2490 as a PDF, section 1 filled in with the signed-in officer's partner, in the page's
 * language, with the *Nous joindre* postal address (issue 13, points 1 and 2). Under {@code
 * /app/securite/}, so web.xml lets only officers in; the service checks again (and audits).
 */
@WebServlet("/app/securite/formulaire-2490.pdf")
public class Form2490Download extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject private AccessRequestSubmissions submissions;
  @Inject private Language language;
  @Inject private SupportContacts support;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    PartnerIdentity partner;
    try {
      partner = submissions.sectionOne().partner();
    } catch (AccessRefusedException e) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    response.setContentType("application/pdf");
    response.setHeader("Content-Disposition", "attachment; filename=\"formulaire-2490.pdf\"");
    response.setHeader("Cache-Control", "no-store");
    Form2490Pdf.write(
        partner, support.getAddressLines(), language.getLocale(), response.getOutputStream());
  }
}
