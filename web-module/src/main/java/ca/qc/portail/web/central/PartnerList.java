package ca.qc.portail.web.central;

import ca.qc.portail.administration.CentralConsole;
import ca.qc.portail.partner.PartnerSummary;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;

/**
 * *Organismes* (R-C1): every partner, paged, sorted and filtered by the database, with R-D3's flag;
 * {@code ?sansResponsable=true} shows only the partners without an Actif security officer.
 */
@Named
@ViewScoped
public class PartnerList implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private CentralConsole console;

  private String filter;
  private boolean withoutOfficerOnly;
  private final LazyDataModel<PartnerSummary> rows =
      new LazyRows<>(
          () -> console.partnerCount(filter, withoutOfficerOnly),
          (first, size, sort, ascending) ->
              console.partnerPage(filter, withoutOfficerOnly, first, size, sort, ascending),
          PartnerSummary::id);

  public void open() throws IOException {
    CentralPages.open(console);
  }

  /** The filter is applied as the table reloads: nothing to do but redisplay. */
  public void search() {}

  public LazyDataModel<PartnerSummary> getRows() {
    return rows;
  }

  public String getFilter() {
    return filter;
  }

  public void setFilter(String filter) {
    this.filter = filter;
  }

  public boolean isWithoutOfficerOnly() {
    return withoutOfficerOnly;
  }

  public void setWithoutOfficerOnly(boolean withoutOfficerOnly) {
    this.withoutOfficerOnly = withoutOfficerOnly;
  }
}
