package ca.qc.portail.batch.operations;

import jakarta.ejb.ApplicationException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An operator action the console refuses; the message key ({@code operations.refused.*} in the web
 * bundles) says why. A start refused for its parameters also names each wrong field with its own
 * key, so the console shows one message per field (issue 13, point 8).
 */
@ApplicationException(rollback = true)
public class OperationRefused extends RuntimeException {

  private final String key;
  private final Map<String, String> fields;

  public OperationRefused(String key, String detail) {
    this(key, Map.of(), detail);
  }

  public OperationRefused(String key, Map<String, String> fields, String detail) {
    super(key + ": " + detail);
    this.key = key;
    this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  public String key() {
    return key;
  }

  /** Each refused parameter (start form field) → its reason's key; empty for other refusals. */
  public Map<String, String> fields() {
    return fields;
  }
}
