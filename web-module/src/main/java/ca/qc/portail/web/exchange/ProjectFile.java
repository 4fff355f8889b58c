package ca.qc.portail.web.exchange;

import ca.qc.portail.exchange.Candidates;
import ca.qc.portail.exchange.ExchangeProjects;
import ca.qc.portail.exchange.ParticipantView;
import ca.qc.portail.exchange.PartnerChoice;
import ca.qc.portail.exchange.ProjectChange;
import ca.qc.portail.exchange.ProjectData;
import ca.qc.portail.exchange.ProjectDetail;
import ca.qc.portail.exchange.ProjectViolation;
import ca.qc.portail.security.AccessRefusedException;
import ca.qc.portail.security.OutOfScopeException;
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
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A project's administration (R-E1): staff create one (code, name, partner, consent text, flags,
 * quotas, expiry — defaults from the settings) or edit it and its membership; central reads it.
 * Each violation is shown at its field; a refused entry stores nothing.
 */
@Named
@ViewScoped
public class ProjectFile implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private ExchangeProjects projects;
  @Inject private ProjectAdministration administration;

  private Long id;
  private String saved;
  private Long partnerId;
  private String partnerName;
  private String code;
  private String name;
  private String consentText;
  private boolean singleDownload;
  private boolean receiptOnDownload;
  private Integer downloadQuota;
  private Integer uploadQuota;
  private Integer expiryDays;
  private List<Long> members = new ArrayList<>();
  private List<Long> responsables = new ArrayList<>();
  private transient List<PartnerChoice> partners;
  private transient Candidates candidates;

  public void open() throws IOException {
    if (FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    try {
      if (id == null) {
        if (!administration.isStaff()) {
          ProjectAdministration.forbidden();
          return;
        }
        show(projects.defaults());
        return;
      }
      Optional<ProjectDetail> found = projects.detail(id);
      if (found.isEmpty()) {
        notFound();
        return;
      }
      ProjectDetail detail = found.get();
      partnerId = detail.partnerId();
      partnerName = detail.partnerName();
      show(detail.data());
      members = new ArrayList<>(detail.members().stream().map(ParticipantView::accountId).toList());
      responsables =
          new ArrayList<>(detail.responsables().stream().map(ParticipantView::accountId).toList());
      if (saved != null) {
        Pages.message(null, FacesMessage.SEVERITY_INFO, "exchange.admin.saved." + saved);
      }
    } catch (AccessRefusedException e) {
      ProjectAdministration.forbidden();
    }
  }

  private void show(ProjectData d) {
    code = d.code();
    name = d.name();
    consentText = d.consentText();
    singleDownload = d.singleDownload();
    receiptOnDownload = d.receiptOnDownload();
    downloadQuota = d.downloadQuota();
    uploadQuota = d.uploadQuota();
    expiryDays = d.expiryDays();
  }

  /** *Enregistrer*: creates the project (then its membership is chosen) or updates it. */
  public String save() throws IOException {
    ProjectData data =
        new ProjectData(
            code,
            name,
            consentText,
            singleDownload,
            downloadQuota == null ? 0 : downloadQuota,
            uploadQuota == null ? 0 : uploadQuota,
            expiryDays == null ? 0 : expiryDays,
            receiptOnDownload);
    if (id == null && partnerId == null) {
      Pages.message(
          "projet:partenaire", FacesMessage.SEVERITY_ERROR, "exchange.admin.partner.required");
      FacesContext.getCurrentInstance().validationFailed();
      return null;
    }
    return saved(
        () -> id == null ? projects.create(partnerId, data) : projects.update(id, data),
        "projet",
        id == null ? "created" : "updated");
  }

  /** *Enregistrer les membres*: members and responsables, refused whole if one does not qualify. */
  public String saveParticipants() throws IOException {
    return saved(
        () ->
            projects.setParticipants(
                id, new LinkedHashSet<>(members), new LinkedHashSet<>(responsables)),
        "membres",
        "participants");
  }

  /** Runs a change; back to this page with what was saved, or the violations at their fields. */
  private String saved(Supplier<ProjectChange> action, String form, String what)
      throws IOException {
    try {
      ProjectChange change = action.get();
      if (!show(change, form)) {
        return null;
      }
      return "/app/echange/admin/projet?faces-redirect=true&id="
          + change.id()
          + "&enregistre="
          + what;
    } catch (OutOfScopeException e) {
      notFound();
      return null;
    } catch (AccessRefusedException e) {
      ProjectAdministration.forbidden();
      return null;
    }
  }

  /** Puts each violation's message at its field; false when there were any. */
  private static boolean show(ProjectChange change, String form) {
    if (change.succeeded()) {
      return true;
    }
    for (ProjectViolation violation : change.violations()) {
      Pages.message(
          form + ":" + field(violation),
          FacesMessage.SEVERITY_ERROR,
          "exchange.admin.violation." + violation.name());
    }
    Pages.message(null, FacesMessage.SEVERITY_ERROR, "exchange.admin.notSaved");
    FacesContext.getCurrentInstance().validationFailed();
    return false;
  }

  static String field(ProjectViolation violation) {
    return switch (violation) {
      case CODE_REQUIRED, CODE_FORMAT, CODE_TAKEN -> "code";
      case NAME_REQUIRED, NAME_TOO_LONG, NAME_CONTROL_CHARACTERS -> "nom";
      case CONSENT_TOO_LONG, CONSENT_CONTROL_CHARACTERS -> "consentement";
      case QUOTA_INVALID -> "quota-telechargements";
      case EXPIRY_INVALID -> "expiration";
      case MEMBER_NOT_OF_PARTNER -> "membres";
      case RESPONSABLE_NOT_STAFF -> "responsables";
    };
  }

  private static void notFound() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
    faces.responseComplete();
  }

  public List<PartnerChoice> getPartners() {
    if (partners == null) {
      partners = id == null && administration.isStaff() ? projects.partners() : List.of();
    }
    return partners;
  }

  public Candidates getCandidates() {
    if (candidates == null) {
      candidates =
          partnerId == null || id == null
              ? new Candidates(List.of(), List.of())
              : projects.candidates(partnerId);
    }
    return candidates;
  }

  /** Staff edit; central only reads (R-E1). */
  public boolean isReadOnly() {
    return !administration.isStaff();
  }

  public boolean isNew() {
    return id == null;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getSaved() {
    return saved;
  }

  public void setSaved(String saved) {
    this.saved = saved;
  }

  public Long getPartnerId() {
    return partnerId;
  }

  public void setPartnerId(Long partnerId) {
    if (id == null) {
      this.partnerId = partnerId;
    }
  }

  public String getPartnerName() {
    return partnerName;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getConsentText() {
    return consentText;
  }

  public void setConsentText(String consentText) {
    this.consentText = consentText;
  }

  public boolean isSingleDownload() {
    return singleDownload;
  }

  public void setSingleDownload(boolean singleDownload) {
    this.singleDownload = singleDownload;
  }

  public boolean isReceiptOnDownload() {
    return receiptOnDownload;
  }

  public void setReceiptOnDownload(boolean receiptOnDownload) {
    this.receiptOnDownload = receiptOnDownload;
  }

  public Integer getDownloadQuota() {
    return downloadQuota;
  }

  public void setDownloadQuota(Integer downloadQuota) {
    this.downloadQuota = downloadQuota;
  }

  public Integer getUploadQuota() {
    return uploadQuota;
  }

  public void setUploadQuota(Integer uploadQuota) {
    this.uploadQuota = uploadQuota;
  }

  public Integer getExpiryDays() {
    return expiryDays;
  }

  public void setExpiryDays(Integer expiryDays) {
    this.expiryDays = expiryDays;
  }

  public List<Long> getMembers() {
    return members;
  }

  public void setMembers(List<Long> members) {
    this.members = members == null ? new ArrayList<>() : new ArrayList<>(members);
  }

  public List<Long> getResponsables() {
    return responsables;
  }

  public void setResponsables(List<Long> responsables) {
    this.responsables = responsables == null ? new ArrayList<>() : new ArrayList<>(responsables);
  }
}
