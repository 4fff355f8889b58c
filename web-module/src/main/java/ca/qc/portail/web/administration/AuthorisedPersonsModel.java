package ca.qc.portail.web.administration;

import ca.qc.portail.administration.ListColumn;
import ca.qc.portail.administration.ListQuery;
import ca.qc.portail.administration.SecurityFiles;
import jakarta.enterprise.inject.spi.CDI;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The *Liste des personnes autorisées* (R-S2) for a PrimeFaces lazy table: each page, its order and
 * its filters are handed to {@link SecurityFiles}, which has the database do them; nothing is
 * sorted or filtered here.
 */
public class AuthorisedPersonsModel extends LazyDataModel<PersonRow> {
  private static final long serialVersionUID = 1L;

  private static final Map<String, ListColumn> COLUMNS =
      Map.of(
          "userCode", ListColumn.USER_CODE,
          "lastName", ListColumn.LAST_NAME,
          "firstName", ListColumn.FIRST_NAME,
          "email", ListColumn.EMAIL,
          "state", ListColumn.STATE,
          "profiles", ListColumn.PROFILE,
          "expiryDate", ListColumn.EXPIRY_DATE,
          "partnerName", ListColumn.PARTNER);

  /**
   * Not kept with the model: the model lives in a view-scoped bean, which a cluster replicates with
   * the session (issue 14); after a move to another member it is looked up there.
   */
  private transient SecurityFiles files;

  AuthorisedPersonsModel(SecurityFiles files) {
    this.files = files;
  }

  private SecurityFiles files() {
    if (files == null) {
      files = CDI.current().select(SecurityFiles.class).get();
    }
    return files;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) files().count(filters(filterBy));
  }

  @Override
  public List<PersonRow> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    ListColumn sort = null;
    boolean ascending = true;
    for (SortMeta meta : sortBy.values()) {
      if (meta.getOrder() != SortOrder.UNSORTED && COLUMNS.containsKey(meta.getField())) {
        sort = COLUMNS.get(meta.getField());
        ascending = meta.getOrder() == SortOrder.ASCENDING;
        break;
      }
    }
    return files()
        .list(
            new ListQuery(
                Math.max(first, 0),
                Math.max(1, Math.min(pageSize, 200)),
                sort,
                ascending,
                filters(filterBy)))
        .stream()
        .map(PersonRow::new)
        .toList();
  }

  @Override
  public String getRowKey(PersonRow row) {
    return String.valueOf(row.getAccountId());
  }

  @Override
  public PersonRow getRowData(String rowKey) {
    return null;
  }

  private static Map<ListColumn, String> filters(Map<String, FilterMeta> filterBy) {
    Map<ListColumn, String> filters = new EnumMap<>(ListColumn.class);
    for (FilterMeta meta : filterBy.values()) {
      ListColumn column = COLUMNS.get(meta.getField());
      Object value = meta.getFilterValue();
      if (column != null && value != null && !String.valueOf(value).isBlank()) {
        filters.put(column, String.valueOf(value).strip());
      }
    }
    return filters;
  }
}
