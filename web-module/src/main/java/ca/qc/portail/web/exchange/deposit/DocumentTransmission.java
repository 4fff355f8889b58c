package ca.qc.portail.web.exchange.deposit;

import ca.qc.portail.exchange.DepositRefusedException;
import ca.qc.portail.exchange.DepositRequest;
import ca.qc.portail.exchange.DepositViolation;
import ca.qc.portail.exchange.ExchangeDocuments;
import ca.qc.portail.exchange.ExchangeRules;
import ca.qc.portail.exchange.ExchangeUploads;
import ca.qc.portail.exchange.ParticipantView;
import ca.qc.portail.exchange.ProjectView;
import ca.qc.portail.exchange.UploadStatus;
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
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * *Transmettre un document* (R-E3, R-E9, R-E10; guide 000, 4.1): the form's *Continuer* checks
 * everything the deposit needs — the file's name and size (the page's script sends them; the bytes
 * follow through {@link TusUploads}), the recipients, the note, the protected ZIP's password — and
 * starts the upload, or answers with a message by each field and nothing stored. *Effacer* clears
 * file, recipients and note.
 *
 * <p>The ZIP password goes to the service once, which keeps only its slow hash; it is dropped from
 * this view as soon as *Continuer* is answered, so the session never holds it.
 */
@Named("transmettre")
@ViewScoped
public class DocumentTransmission implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The form's id in the page; its fields' ids are this, a colon and their own. */
  static final String FORM = "transmettre";

  @Inject private ExchangeUploads uploads;
  @Inject private ExchangeDocuments documents;

  private String fileName;
  private Long fileSize;
  private List<Long> recipients = new ArrayList<>();
  private String note;
  private boolean zip;
  private String zipPassword;
  private String zipConfirmation;
  private String uploadUrl;

  private Long choicesProject;
  private List<ParticipantView> choices;

  /**
   * Opens a page of the form only for a project the caller takes part in; any other is "not found"
   * (audited by the service).
   */
  public void open(Object project) throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces.isPostback()) {
      return;
    }
    try {
      documents.project(projectId(project));
    } catch (AccessRefusedException | IllegalArgumentException e) {
      faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
      faces.responseComplete();
    }
  }

  /** The project's identifier, as the page's script keys an interrupted upload by it. */
  public long project(Object project) {
    return projectId(project);
  }

  /** *Destinataire(s)*: whom the caller may send to in this project (read once per view). */
  public List<ParticipantView> choices(Object project) {
    long id = projectId(project);
    if (choices == null || choicesProject == null || choicesProject != id) {
      choices = documents.recipientChoices(id);
      choicesProject = id;
    }
    return choices;
  }

  /**
   * *Continuer*: starts the deposit when everything is right (the page's script then sends the
   * bytes to {@link #getUploadUrl()}), else a message by each field.
   */
  public void continuer(Object project) {
    uploadUrl = null;
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      long projectId = projectId(project);
      DepositRequest request =
          new DepositRequest(
              fileName, fileSize == null ? 0 : fileSize, recipients, note, zip ? zipPassword : "");
      List<String> passwordErrors = passwordErrors();
      if (!passwordErrors.isEmpty()) {
        // The service's checks too, without starting anything, so every field says what is wrong.
        Set<Long> allowed =
            choices(project).stream().map(ParticipantView::accountId).collect(Collectors.toSet());
        show(ExchangeRules.check(request, Long.MAX_VALUE, allowed, null));
        passwordErrors.forEach(key -> Pages.message(field("motDePasse"), error(), key));
        faces.validationFailed();
        return;
      }
      UploadStatus started = uploads.start(projectId, request);
      uploadUrl =
          faces.getExternalContext().getRequestContextPath()
              + TusUploads.PATH
              + "/"
              + started.uploadId();
    } catch (DepositRefusedException e) {
      show(e.violations());
      faces.validationFailed();
    } catch (AccessRefusedException e) {
      Pages.message(null, error(), "transmettre.erreur");
      faces.validationFailed();
    } finally {
      zipPassword = null;
      zipConfirmation = null;
    }
  }

  /** *Effacer*: the file, the recipients and the note (and the ZIP choice) are cleared. */
  public void effacer() {
    fileName = null;
    fileSize = null;
    recipients = new ArrayList<>();
    note = null;
    zip = false;
    zipPassword = null;
    zipConfirmation = null;
    uploadUrl = null;
  }

  private List<String> passwordErrors() {
    List<String> keys = new ArrayList<>();
    if (!zip) {
      return keys;
    }
    if (zipPassword == null || zipPassword.isEmpty()) {
      keys.add("transmettre.zip.motDePasse.requis");
    } else if (!zipPassword.equals(zipConfirmation)) {
      keys.add("transmettre.zip.confirmation.differente");
    }
    return keys;
  }

  /** Each refusal by the field it concerns (R-E3). */
  private static void show(List<DepositViolation> violations) {
    for (DepositViolation violation : new LinkedHashSet<>(violations)) {
      String field =
          switch (violation) {
            case FILE_REQUIRED, FILE_NAME_TOO_LONG, FILE_TOO_LARGE -> field("nomFichier");
            case RECIPIENT_REQUIRED, RECIPIENT_NOT_ALLOWED -> field("destinataires");
            case NOTE_TOO_LONG, NOTE_CONTROL_CHARACTERS -> field("note");
            case ZIP_PASSWORD_TOO_SHORT -> field("motDePasse");
            case UPLOAD_QUOTA_REACHED -> null;
          };
      Pages.message(field, error(), DepositMessages.key(violation));
    }
  }

  private static FacesMessage.Severity error() {
    return FacesMessage.SEVERITY_ERROR;
  }

  /**
   * The client id of a field of the form, wherever the page puts it (in a tab, a dialog): the form
   * posts its own client id as a parameter.
   */
  private static String field(String id) {
    String form =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .keySet()
            .stream()
            .filter(key -> key.equals(FORM) || key.endsWith(":" + FORM))
            .findFirst()
            .orElse(FORM);
    return form + ":" + id;
  }

  /**
   * The project the including page names: its identifier (a number or its text), or its {@link
   * ProjectView}.
   */
  static long projectId(Object project) {
    if (project instanceof Number number) {
      return number.longValue();
    }
    if (project instanceof ProjectView view) {
      return view.id();
    }
    if (project instanceof String text && text.strip().matches("\\d{1,18}")) {
      return Long.parseLong(text.strip());
    }
    throw new IllegalArgumentException("No project given to the form");
  }

  public String getFileName() {
    return fileName;
  }

  public void setFileName(String fileName) {
    this.fileName = fileName;
  }

  public Long getFileSize() {
    return fileSize;
  }

  public void setFileSize(Long fileSize) {
    this.fileSize = fileSize;
  }

  public List<Long> getRecipients() {
    return recipients;
  }

  public void setRecipients(List<Long> recipients) {
    this.recipients = recipients == null ? new ArrayList<>() : new ArrayList<>(recipients);
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    // A browser posts a line break as two characters; the counter, as the person sees it, one.
    this.note = note == null ? null : note.replace("\r\n", "\n");
  }

  public boolean isZip() {
    return zip;
  }

  public void setZip(boolean zip) {
    this.zip = zip;
  }

  public String getZipPassword() {
    return null;
  }

  public void setZipPassword(String zipPassword) {
    this.zipPassword = zipPassword;
  }

  public String getZipConfirmation() {
    return null;
  }

  public void setZipConfirmation(String zipConfirmation) {
    this.zipConfirmation = zipConfirmation;
  }

  /** Where the page's script sends the bytes, once *Continuer* has started the deposit. */
  public String getUploadUrl() {
    return uploadUrl;
  }

  public int getMaxNote() {
    return ExchangeRules.MAX_NOTE;
  }
}
