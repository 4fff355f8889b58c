package ca.qc.portail.web.requests;

import ca.qc.portail.accessrequest.AccessRequestSubmissions;
import ca.qc.portail.accessrequest.PartnerIdentity;
import ca.qc.portail.accessrequest.SectionOne;
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
 * *Formulaire d'inscription* (R-S8) for a security officer: form 2490 as a PDF with section 1
 * filled in, or the same form submitted online (sections 2 and 3) to central's queue.
 */
@Named
@ViewScoped
public class AccessRequestSubmission implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private AccessRequestSubmissions submissions;
  @Inject private RequestDates dates;

  private SectionOne sectionOne;
  private Form2490Fields fields;
  private boolean done;

  /** Opens the page for officers only (the service checks and audits); others get 403. */
  public void open() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces.isPostback() && sectionOne != null) {
      return;
    }
    try {
      sectionOne = submissions.sectionOne();
      blankForm();
    } catch (AccessRefusedException e) {
      faces.getExternalContext().responseSendError(HttpServletResponse.SC_FORBIDDEN, null);
      faces.responseComplete();
    }
  }

  /** *Transmettre la demande*: every violation at its field, or the confirmation. */
  public void submit() {
    Submission result = submissions.submit(sectionOne.partnerId(), fields.toForm());
    if (!result.succeeded()) {
      Form2490Fields.show(result.violations());
      return;
    }
    done = true;
  }

  /** *Remplir une autre demande*. */
  public void another() {
    done = false;
    blankForm();
  }

  /** A new form, section 1 from the officer's partner, the declaration dated today. */
  private void blankForm() {
    fields = new Form2490Fields(dates.today());
    fields.sectionOne(sectionOne.partner());
  }

  public PartnerIdentity getPartner() {
    return sectionOne == null ? null : sectionOne.partner();
  }

  public Form2490Fields getFields() {
    return fields;
  }

  public boolean isDone() {
    return done;
  }
}
