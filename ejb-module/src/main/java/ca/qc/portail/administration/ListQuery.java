package ca.qc.portail.administration;

import java.util.Map;

/**
 * One page of the list: rows {@code first} to {@code first + max - 1} in the order of {@code sort}
 * (null: by name), with the filters of some columns. Text filters match the beginning of the value,
 * ignoring case; STATE is a state name, PROFILE a profile name, EXPIRY_DATE an ISO date (on or
 * before it).
 */
public record ListQuery(
    int first, int max, ListColumn sort, boolean ascending, Map<ListColumn, String> filters) {

  public ListQuery {
    if (first < 0 || max < 1 || max > 200) {
      throw new IllegalArgumentException("first ≥ 0 and 1 ≤ max ≤ 200");
    }
    filters = filters == null ? Map.of() : Map.copyOf(filters);
  }
}
