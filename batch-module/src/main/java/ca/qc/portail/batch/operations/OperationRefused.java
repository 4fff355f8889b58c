package ca.qc.portail.batch.operations;

import jakarta.ejb.ApplicationException;

/**
 * An operator action the console refuses; the message key ({@code operations.refused.*} in the web
 * bundles) says why.
 */
@ApplicationException(rollback = true)
public class OperationRefused extends RuntimeException {

  private final String key;

  public OperationRefused(String key, String detail) {
    super(key + ": " + detail);
    this.key = key;
  }

  public String key() {
    return key;
  }
}
