package ca.qc.portail.web.central;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A PrimeFaces lazy table model whose count and pages come from the database through the given
 * functions: the table never holds more than the page shown.
 */
final class LazyRows<T> extends LazyDataModel<T> {
  private static final long serialVersionUID = 1L;

  /** One page: first row, page size, sort field (null: default order), ascending. */
  interface Page<T> extends Serializable {
    List<T> load(int first, int size, String sortField, boolean ascending);
  }

  interface Count extends Serializable {
    long count();
  }

  private final Count count;
  private final Page<T> page;
  private final SerializableKey<T> key;

  interface SerializableKey<T> extends Function<T, Object>, Serializable {}

  LazyRows(Count count, Page<T> page, SerializableKey<T> key) {
    this.count = count;
    this.page = page;
    this.key = key;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) Math.min(Integer.MAX_VALUE, count.count());
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    SortMeta sort =
        sortBy.values().stream().filter(s -> !s.getOrder().isUnsorted()).findFirst().orElse(null);
    return page.load(
        first,
        pageSize,
        sort == null ? null : sort.getField(),
        sort == null || sort.getOrder().isAscending());
  }

  @Override
  public String getRowKey(T row) {
    return String.valueOf(key.apply(row));
  }
}
