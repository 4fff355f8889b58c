package ca.qc.portail.exchange;

import jakarta.ejb.ApplicationException;

/**
 * More bytes arrived than the upload declared (itself at most {@code documents.maxBytes}): refused
 * as they arrive, before they are stored (R-E9). The upload is refused and its parts deleted.
 */
@ApplicationException(rollback = false)
public class SizeLimitExceededException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final long limit;

  public SizeLimitExceededException(long limit) {
    super("More than the " + limit + " bytes declared");
    this.limit = limit;
  }

  public long limit() {
    return limit;
  }
}
