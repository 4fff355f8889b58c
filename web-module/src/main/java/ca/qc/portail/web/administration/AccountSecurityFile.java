package ca.qc.portail.web.administration;

import ca.qc.portail.account.DeactivationReason;
import ca.qc.portail.administration.FileViolation;
import ca.qc.portail.administration.PersonalData;
import ca.qc.portail.administration.ReactivationReason;
import ca.qc.portail.administration.SecurityFile;
import ca.qc.portail.administration.SecurityFileRules;
import ca.qc.portail.administration.SecurityFiles;
import ca.qc.portail.security.AccessRefusedException;
import ca.qc.portail.security.OutOfScopeException;
import ca.qc.portail.web.support.Pages;
import ca.qc.portail.web.support.Phrases;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * *Dossier de sécurité d'un code d'utilisateur* (R-S3–R-S7) and central's powers on it (R-C4–R-C6).
 * The account comes from the {@code compte} parameter; the service decides whether the caller may
 * see it ("not found" otherwise, audited) and which sections apply. Each section is its own form.
 */
@Named
@ViewScoped
public class AccountSecurityFile implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private SecurityFiles files;

  private String accountParameter;
  private long accountId;
  private SecurityFile file;

  private DeactivationReason deactivationReason;
  private String deactivationOther;
  private ReactivationReason reactivationReason;
  private String reactivationOther;
  private LocalDate reactivationDate;
  private LocalDate newExpiry;
  private LocalDate centralExpiry;
  private boolean confirmingDeactivation;
  private boolean acted;
  private String lastName;
  private String firstName;
  private String phone;
  private String email;
  private String partialSin;

  /** Loads the file: 404 when absent or outside the caller's scope, 403 for a non-officer. */
  public void open() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces.isPostback()) {
      return;
    }
    try {
      accountId = Long.parseLong(accountParameter == null ? "" : accountParameter.strip());
      load();
    } catch (NumberFormatException | OutOfScopeException e) {
      faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
      faces.responseComplete();
    } catch (AccessRefusedException e) {
      faces.getExternalContext().responseSendError(HttpServletResponse.SC_FORBIDDEN, null);
      faces.responseComplete();
    }
  }

  private void load() {
    file = files.file(accountId);
    lastName = file.lastName();
    firstName = file.firstName();
    phone = file.phone();
    email = file.email();
    partialSin = file.partialSin();
  }

  /**
   * R-S6, R-C6: *Désactiver*, first step (issue 13, point 4): once a reason is given, the page asks
   * to confirm, naming the person and the reason, since only central can undo it. Nothing is
   * changed here; {@link #deactivate} checks everything again.
   */
  public void askDeactivation() {
    List<FileViolation> violations =
        SecurityFileRules.checkDeactivationReason(deactivationReason, deactivationOther);
    if (!violations.isEmpty()) {
      for (FileViolation violation : violations) {
        Pages.message(
            clientId("desactivation", violation.field()),
            FacesMessage.SEVERITY_ERROR,
            violation.messageKey());
      }
      FacesContext.getCurrentInstance().validationFailed();
      return;
    }
    confirmingDeactivation = true;
  }

  /** *Annuler* on the confirmation: back to the reason, nothing changed. */
  public void cancelDeactivation() {
    confirmingDeactivation = false;
  }

  /** R-S6, R-C6: *Désactiver*, confirmed. */
  public void deactivate() {
    confirmingDeactivation = false;
    act(
        "desactivation",
        () -> files.deactivate(accountId, deactivationReason, deactivationOther),
        "file.deactivated");
  }

  /** The confirmation's sentence: whose code, for which reason. */
  public String getDeactivationQuestion() {
    if (file == null || deactivationReason == null) {
      return null;
    }
    String reason =
        deactivationReason == DeactivationReason.AUTRE_RAISON
            ? (deactivationOther == null ? "" : deactivationOther.strip())
            : Pages.text("deactivation.reason." + deactivationReason.name());
    return Pages.format(
        "file.deactivate.confirm", file.firstName() + " " + file.lastName(), reason);
  }

  /** R-S5: *Réactiver* (with the optional new date of seed 001, 8.2 b). */
  public void reactivate() {
    act(
        "reactivation",
        () -> files.reactivate(accountId, reactivationReason, reactivationOther, reactivationDate),
        "file.reactivated");
  }

  /** R-S7: *Modifier la période de validité*. */
  public void changeValidity() {
    act("validite", () -> files.changeValidity(accountId, newExpiry), "file.validityChanged");
  }

  /** R-C4: reactivate with a new date and a temporary password. */
  public void reactivateWithTemporaryPassword() {
    act(
        "reactivation-centrale",
        () -> files.reactivateWithTemporaryPassword(accountId, centralExpiry),
        "file.temporaryPasswordIssued");
  }

  /** R-C4, issue 13 point 5: a temporary password for an Actif person, validity untouched. */
  public void issueTemporaryPassword() {
    act(
        "mot-de-passe-temporaire",
        () -> files.issueTemporaryPassword(accountId),
        "file.temporaryPasswordOnlyIssued");
  }

  /** R-C5: correct the personal data. */
  public void correctPersonalData() {
    act(
        "renseignements",
        () ->
            files.correctPersonalData(
                accountId, new PersonalData(lastName, firstName, phone, email, partialSin)),
        "file.personalDataCorrected");
  }

  private void act(String form, Supplier<List<FileViolation>> action, String doneKey) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      List<FileViolation> violations = action.get();
      if (!violations.isEmpty()) {
        for (FileViolation violation : violations) {
          Pages.message(
              clientId(form, violation.field()),
              FacesMessage.SEVERITY_ERROR,
              violation.messageKey());
        }
        faces.validationFailed();
        return;
      }
      Pages.message(null, FacesMessage.SEVERITY_INFO, doneKey);
      // One message after an action (issue 13, point 4): the file's own notices wait for the next
      // visit, not stacked under the confirmation of what was just done.
      acted = true;
      clearInputs();
      load();
    } catch (OutOfScopeException e) {
      Pages.message(null, FacesMessage.SEVERITY_ERROR, "file.notFound");
      file = null;
    } catch (AccessRefusedException e) {
      Pages.message(null, FacesMessage.SEVERITY_ERROR, "file.refused");
    }
  }

  private static String clientId(String form, FileViolation.Field field) {
    String id =
        switch (field) {
          case REASON -> "raison";
          case OTHER_REASON -> "autreRaison";
          case DATE -> "nouvelleDate";
          case LAST_NAME -> "nom";
          case FIRST_NAME -> "prenom";
          case EMAIL -> "courriel";
          case PHONE -> "telephone";
          case SIN -> "nas";
          case NONE -> null;
        };
    return id == null ? null : form + ":" + id;
  }

  private void clearInputs() {
    deactivationReason = null;
    deactivationOther = null;
    reactivationReason = null;
    reactivationOther = null;
    reactivationDate = null;
    newExpiry = null;
    centralExpiry = null;
  }

  public String profiles() {
    return file.profiles().stream()
        .sorted()
        .map(p -> Pages.text("profile." + p.name()))
        .collect(Collectors.joining(", "));
  }

  /** R-S3: "Le code a été désactivé le … par … pour la raison suivante : …". */
  public String getHistoryLine() {
    if (file == null || file.history() == null) {
      return null;
    }
    // Author and reason are stored as codes (issue 13, point 2): rendered in the page's language.
    Phrases phrases = Phrases.in(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    return Pages.format(
        file.history().equals("DEACTIVATED")
            ? "file.history.deactivated"
            : "file.history.reactivated",
        file.historyDate().toString(),
        phrases.author(file.historyAuthor()),
        phrases.stateReason(file.historyReason()));
  }

  public boolean isConfirmingDeactivation() {
    return confirmingDeactivation;
  }

  /** An action was just done on this page: its confirmation is the one message shown. */
  public boolean isActed() {
    return acted;
  }

  public boolean isInactive() {
    return file != null && "INACTIF".equals(file.state());
  }

  public DeactivationReason[] getDeactivationReasons() {
    return DeactivationReason.values();
  }

  public ReactivationReason[] getReactivationReasons() {
    return ReactivationReason.values();
  }

  public SecurityFile getFile() {
    return file;
  }

  public String getAccountParameter() {
    return accountParameter;
  }

  public void setAccountParameter(String accountParameter) {
    this.accountParameter = accountParameter;
  }

  public DeactivationReason getDeactivationReason() {
    return deactivationReason;
  }

  public void setDeactivationReason(DeactivationReason deactivationReason) {
    this.deactivationReason = deactivationReason;
  }

  public String getDeactivationOther() {
    return deactivationOther;
  }

  public void setDeactivationOther(String deactivationOther) {
    this.deactivationOther = deactivationOther;
  }

  public ReactivationReason getReactivationReason() {
    return reactivationReason;
  }

  public void setReactivationReason(ReactivationReason reactivationReason) {
    this.reactivationReason = reactivationReason;
  }

  public String getReactivationOther() {
    return reactivationOther;
  }

  public void setReactivationOther(String reactivationOther) {
    this.reactivationOther = reactivationOther;
  }

  public LocalDate getReactivationDate() {
    return reactivationDate;
  }

  public void setReactivationDate(LocalDate reactivationDate) {
    this.reactivationDate = reactivationDate;
  }

  public LocalDate getNewExpiry() {
    return newExpiry;
  }

  public void setNewExpiry(LocalDate newExpiry) {
    this.newExpiry = newExpiry;
  }

  public LocalDate getCentralExpiry() {
    return centralExpiry;
  }

  public void setCentralExpiry(LocalDate centralExpiry) {
    this.centralExpiry = centralExpiry;
  }

  public String getLastName() {
    return lastName;
  }

  public void setLastName(String lastName) {
    this.lastName = lastName;
  }

  public String getFirstName() {
    return firstName;
  }

  public void setFirstName(String firstName) {
    this.firstName = firstName;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPartialSin() {
    return partialSin;
  }

  public void setPartialSin(String partialSin) {
    this.partialSin = partialSin;
  }
}
