package ca.qc.portail.web.central;

import ca.qc.portail.administration.CentralConsole;
import ca.qc.portail.audit.AuditAction;
import ca.qc.portail.audit.AuditCriteria;
import ca.qc.portail.audit.AuditEntry;
import ca.qc.portail.audit.AuditOutcome;
import ca.qc.portail.web.support.Pages;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.LazyDataModel;

/**
 * *Journal d'audit* (R-C7): search by person, partner, action, outcome and dates (days of the
 * ministry's time zone), paged by the database, and the link to the streamed CSV export of the same
 * criteria ({@link AuditExport}).
 */
@Named
@ViewScoped
public class AuditSearch implements Serializable {
  private transient AuditWords words;
  private transient java.util.Locale wordsLocale;
  private static final long serialVersionUID = 1L;

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

  @Inject private CentralConsole console;

  /** Through Instance: the clock is not passivation-capable, this bean is view-scoped. */
  @Inject private Instance<Clock> clock;

  private String person;
  private String partner;
  private AuditAction action;
  private AuditOutcome outcome;
  private LocalDate from;
  private LocalDate to;
  private AuditCriteria criteria = AuditCriteria.all();

  private final LazyDataModel<AuditEntry> rows =
      new LazyRows<>(
          () -> console.auditCount(criteria),
          (first, size, sort, ascending) ->
              console.auditPage(criteria, first, size, sort, ascending),
          AuditEntry::id);

  public void open() throws IOException {
    CentralPages.open(console);
  }

  /** *Rechercher*: the table and the export link now use these criteria. */
  public void search() {
    if (from != null && to != null && to.isBefore(from)) {
      Pages.message("recherche:au", FacesMessage.SEVERITY_ERROR, "audit.to.beforeFrom");
      FacesContext.getCurrentInstance().validationFailed();
      return;
    }
    criteria = new AuditCriteria(person, partner, action, outcome, from, to);
  }

  /** The export form's address; the form posts {@link #getExportFields} (finding #9). */
  public String getExportUrl() {
    return Pages.request().getContextPath() + "/app/central/audit.csv";
  }

  /** The criteria of the last search, as the export form's hidden fields. */
  public List<Map.Entry<String, String>> getExportFields() {
    return List.copyOf(exportParameters().entrySet());
  }

  private Map<String, String> exportParameters() {
    Map<String, String> parameters = new LinkedHashMap<>();
    put(parameters, AuditExport.PERSON, criteria.person());
    put(parameters, AuditExport.PARTNER, criteria.partner());
    put(parameters, AuditExport.ACTION, criteria.action());
    put(parameters, AuditExport.OUTCOME, criteria.outcome());
    put(parameters, AuditExport.FROM, criteria.from());
    put(parameters, AuditExport.TO, criteria.to());
    return parameters;
  }

  private static void put(Map<String, String> parameters, String name, Object value) {
    if (value != null && !value.toString().isBlank()) {
      parameters.put(name, value.toString().strip());
    }
  }

  /** A record's time in the ministry's time zone. */
  public String time(Instant at) {
    return TIME.format(at.atZone(clock.get().getZone()));
  }

  /** A record's detail as a sentence in the page's language (issue 13, point 3). */
  public String detail(String stored) {
    return words().detail(stored);
  }

  /** A record's actor: a login name, or the system or an anonymous caller in words. */
  public String actor(String stored) {
    return words().actor(stored);
  }

  private AuditWords words() {
    java.util.Locale locale =
        jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale();
    if (words == null || !locale.equals(wordsLocale)) {
      words = new AuditWords(locale);
      wordsLocale = locale;
    }
    return words;
  }

  public String getZone() {
    return clock.get().getZone().getId();
  }

  public AuditAction[] getActions() {
    return AuditAction.values();
  }

  public AuditOutcome[] getOutcomes() {
    return AuditOutcome.values();
  }

  public LazyDataModel<AuditEntry> getRows() {
    return rows;
  }

  public String getPerson() {
    return person;
  }

  public void setPerson(String person) {
    this.person = person;
  }

  public String getPartner() {
    return partner;
  }

  public void setPartner(String partner) {
    this.partner = partner;
  }

  public AuditAction getAction() {
    return action;
  }

  public void setAction(AuditAction action) {
    this.action = action;
  }

  public AuditOutcome getOutcome() {
    return outcome;
  }

  public void setOutcome(AuditOutcome outcome) {
    this.outcome = outcome;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}
