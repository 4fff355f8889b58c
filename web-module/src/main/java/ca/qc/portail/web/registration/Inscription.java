package ca.qc.portail.web.registration;

import ca.qc.portail.password.UserCodeViolation;
import ca.qc.portail.registration.IdentificationSheet;
import ca.qc.portail.registration.Registration;
import ca.qc.portail.registration.RegistrationViolations;
import ca.qc.portail.web.password.PasswordForms;
import ca.qc.portail.web.support.Pages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * *Inscription*, then *Votre fiche d'identification*, then *Enregistrement fait avec succès* (R-A6,
 * R-A7), in one view: the verified registration code and partial SIN stay in this view on the
 * server, never in an address, and are forgotten once the registration is done.
 */
@Named
@ViewScoped
public class Inscription implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The steps of the flow, in order. */
  public enum Step {
    CODE,
    SHEET,
    DONE
  }

  @Inject private Registration registration;

  private Step step = Step.CODE;
  private String code;
  private String partialSin;
  private IdentificationSheet sheet;
  private String userCode;
  private String password;
  private String confirmation;

  /**
   * *Continuer*: the sheet when the code and partial SIN pass, else one generic message (R-A6).
   * What was right stays typed (issue 13, point 6): a right code with a wrong partial SIN keeps the
   * code and clears the SIN; otherwise the code is cleared and the SIN, which cannot be checked
   * without a code, is kept.
   */
  public void verify() {
    Registration.Verification result = registration.attempt(code, partialSin);
    Optional<IdentificationSheet> found = result.sheet();
    if (found.isEmpty()) {
      if (result.codeRight()) {
        partialSin = null;
      } else {
        code = null;
      }
      message();
      return;
    }
    sheet = found.get();
    step = Step.SHEET;
  }

  /** *Enregistrer*: every violation at its field, or the success page. */
  public void save() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      RegistrationViolations violations =
          registration.register(code, partialSin, userCode, password, confirmation);
      for (UserCodeViolation violation : violations.userCode()) {
        faces.addMessage(
            "fiche:codeUtilisateur",
            new FacesMessage(
                FacesMessage.SEVERITY_ERROR,
                Pages.format(violation.messageKey(), violation.arguments()),
                null));
      }
      PasswordForms.show(
          violations.password(),
          registration.passwordPolicy(),
          "fiche:nouveau",
          "fiche:confirmation");
      if (!violations.isEmpty()) {
        faces.validationFailed();
        return;
      }
      step = Step.DONE;
      code = null;
      partialSin = null;
      sheet = null;
    } catch (Registration.InvalidRegistration e) {
      step = Step.CODE;
      sheet = null;
      refuse();
    } finally {
      password = null;
      confirmation = null;
    }
  }

  private void refuse() {
    code = null;
    partialSin = null;
    message();
  }

  private void message() {
    Pages.message(null, FacesMessage.SEVERITY_ERROR, "inscription.refused");
    FacesContext.getCurrentInstance().validationFailed();
  }

  /**
   * Whether the page is shown again with the code kept and the partial SIN to retype: the SIN field
   * then takes the focus.
   */
  public boolean isSinToRetype() {
    return step == Step.CODE && code != null && partialSin == null;
  }

  /** The criteria of the deployment's password policy (R-P1), as the page lists them. */
  public List<String> getCriteria() {
    return PasswordForms.criteria(registration.passwordPolicy());
  }

  public String getTitle() {
    return Pages.text(
        switch (step) {
          case CODE -> "inscription.title";
          case SHEET -> "sheet.title";
          case DONE -> "registered.title";
        });
  }

  public Step getStep() {
    return step;
  }

  public IdentificationSheet getSheet() {
    return sheet;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getPartialSin() {
    return partialSin;
  }

  public void setPartialSin(String partialSin) {
    this.partialSin = partialSin;
  }

  public String getUserCode() {
    return userCode;
  }

  public void setUserCode(String userCode) {
    this.userCode = userCode;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getConfirmation() {
    return confirmation;
  }

  public void setConfirmation(String confirmation) {
    this.confirmation = confirmation;
  }
}
