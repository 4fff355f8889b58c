package ca.qc.portail.exchange;

import jakarta.ejb.ApplicationException;

/**
 * The upload is not where the request thought (R-E9): another request is appending, the offset is
 * not the stored one, it is not open any more, or not complete yet. Carries where it stands, so the
 * client resumes from there.
 */
@ApplicationException(rollback = true)
public class UploadConflictException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final UploadStatus status;

  public UploadConflictException(String message, UploadStatus status) {
    super(message + ": " + status);
    this.status = status;
  }

  public UploadStatus status() {
    return status;
  }
}
