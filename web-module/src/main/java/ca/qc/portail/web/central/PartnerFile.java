package ca.qc.portail.web.central;

import ca.qc.portail.administration.CentralConsole;
import ca.qc.portail.partner.AgreementData;
import ca.qc.portail.partner.AgreementEntry;
import ca.qc.portail.partner.MeasureFamily;
import ca.qc.portail.partner.PartnerChange;
import ca.qc.portail.partner.PartnerData;
import ca.qc.portail.partner.PartnerDetail;
import ca.qc.portail.partner.PartnerViolation;
import ca.qc.portail.security.AccessRefusedException;
import ca.qc.portail.web.support.Pages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * *Organisme* (R-C1): creates a partner (no {@code id}) or edits one and its agreements. Every
 * entry is checked by the console; a refused one shows each message at its field and stores
 * nothing.
 */
@Named
@ViewScoped
public class PartnerFile implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private CentralConsole console;

  private Long id;
  private String saved;
  private PartnerDetail detail;

  private String name;
  private String address;
  private String postalCode;
  private String phone;
  private String neq;
  private String educationNumber;
  private boolean nonProfit;

  private Long agreementId;
  private String number;
  private MeasureFamily family;
  private String measure;
  private LocalDate startDate;
  private LocalDate endDate;

  public void open() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces.isPostback()) {
      return;
    }
    if (id == null) {
      CentralPages.open(console);
      return;
    }
    try {
      Optional<PartnerDetail> found = console.partner(id);
      if (found.isEmpty()) {
        faces.getExternalContext().responseSendError(404, null);
        faces.responseComplete();
        return;
      }
      show(found.get());
      if (saved != null) {
        Pages.message(null, FacesMessage.SEVERITY_INFO, "partner.saved." + saved);
      }
    } catch (AccessRefusedException e) {
      CentralPages.forbidden();
    }
  }

  private void show(PartnerDetail partner) {
    detail = partner;
    PartnerData d = partner.data();
    name = d.name();
    address = d.address();
    postalCode = d.postalCode();
    phone = d.phone();
    neq = d.neq();
    educationNumber = d.educationNumber();
    nonProfit = d.nonProfit();
  }

  /** *Enregistrer*: creates or updates the partner; back to this page with its id. */
  public String save() throws IOException {
    PartnerData data =
        new PartnerData(name, address, postalCode, phone, neq, educationNumber, nonProfit);
    try {
      PartnerChange change;
      if (id == null) {
        change = console.createPartner(data);
      } else {
        Optional<PartnerChange> updated = console.updatePartner(id, data);
        if (updated.isEmpty()) {
          return notFound();
        }
        change = updated.get();
      }
      if (!show(change, "organisme")) {
        return null;
      }
      return "/app/central/organisme?faces-redirect=true&id="
          + change.id()
          + "&enregistre="
          + (id == null ? "created" : "updated");
    } catch (AccessRefusedException e) {
      CentralPages.forbidden();
      return null;
    }
  }

  /** *Modifier* on an agreement row: loads it into the agreement form. */
  public void edit(AgreementEntry agreement) {
    agreementId = agreement.id();
    AgreementData d = agreement.data();
    number = d.number();
    family = d.family();
    measure = d.measure();
    startDate = d.startDate();
    endDate = d.endDate();
  }

  /** *Enregistrer l'entente*: adds or updates an agreement of this partner. */
  public String saveAgreement() throws IOException {
    AgreementData data = new AgreementData(number, family, measure, startDate, endDate);
    try {
      Optional<PartnerChange> change =
          agreementId == null
              ? console.addAgreement(id, data)
              : console.updateAgreement(id, agreementId, data);
      if (change.isEmpty()) {
        return notFound();
      }
      if (!show(change.get(), "entente")) {
        return null;
      }
      return "/app/central/organisme?faces-redirect=true&id="
          + id
          + "&enregistre="
          + (agreementId == null ? "agreementAdded" : "agreementUpdated");
    } catch (AccessRefusedException e) {
      CentralPages.forbidden();
      return null;
    }
  }

  /** Puts each violation's message at its field; false when there were any. */
  private static boolean show(PartnerChange change, String form) {
    if (change.succeeded()) {
      return true;
    }
    for (PartnerViolation violation : change.violations()) {
      Pages.message(
          form + ":" + violation.field(), FacesMessage.SEVERITY_ERROR, violation.messageKey());
    }
    Pages.message(null, FacesMessage.SEVERITY_ERROR, "partner.notSaved");
    FacesContext.getCurrentInstance().validationFailed();
    return false;
  }

  private String notFound() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getExternalContext().responseSendError(404, null);
    faces.responseComplete();
    return null;
  }

  public MeasureFamily[] getFamilies() {
    return MeasureFamily.values();
  }

  public List<AgreementEntry> getAgreements() {
    return detail == null ? List.of() : detail.agreements();
  }

  public boolean isWithoutActiveOfficer() {
    return detail != null && detail.withoutActiveOfficer();
  }

  public boolean isNew() {
    return id == null;
  }

  public boolean isEditingAgreement() {
    return agreementId != null;
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
    this.saved = saved == null || saved.matches("[a-zA-Z]{1,20}") ? saved : null;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getPostalCode() {
    return postalCode;
  }

  public void setPostalCode(String postalCode) {
    this.postalCode = postalCode;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getNeq() {
    return neq;
  }

  public void setNeq(String neq) {
    this.neq = neq;
  }

  public String getEducationNumber() {
    return educationNumber;
  }

  public void setEducationNumber(String educationNumber) {
    this.educationNumber = educationNumber;
  }

  public boolean isNonProfit() {
    return nonProfit;
  }

  public void setNonProfit(boolean nonProfit) {
    this.nonProfit = nonProfit;
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public MeasureFamily getFamily() {
    return family;
  }

  public void setFamily(MeasureFamily family) {
    this.family = family;
  }

  public String getMeasure() {
    return measure;
  }

  public void setMeasure(String measure) {
    this.measure = measure;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public void setStartDate(LocalDate startDate) {
    this.startDate = startDate;
  }

  public LocalDate getEndDate() {
    return endDate;
  }

  public void setEndDate(LocalDate endDate) {
    this.endDate = endDate;
  }
}
