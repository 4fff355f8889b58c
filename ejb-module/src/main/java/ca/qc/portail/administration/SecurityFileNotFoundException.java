package ca.qc.portail.administration;

import jakarta.ejb.ApplicationException;

/**
 * The security file asked for does not exist or is outside the caller's scope (R-S1); both answer
 * the same "not found", and the attempt has been audited.
 */
@ApplicationException(rollback = false)
public class SecurityFileNotFoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SecurityFileNotFoundException(long accountId) {
    super("Security file " + accountId + " not found");
  }
}
