package ca.qc.portail.exchange;

import jakarta.ejb.ApplicationException;

/**
 * A stored document's content failed its authentication (altered, truncated, swapped or missing on
 * disk), or its SHA-256 no longer matches: nothing more of it is sent (R-E9). Audited.
 */
@ApplicationException(rollback = false)
public class ContentIntegrityException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ContentIntegrityException(String message, Throwable cause) {
    super(message, cause);
  }
}
