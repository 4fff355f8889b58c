package ca.qc.portail.security;

import jakarta.ejb.ApplicationException;

/** The caller may not see what was asked; the attempt has been audited. */
@ApplicationException(rollback = false)
public class AccessRefusedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public AccessRefusedException(String message) {
    super(message);
  }
}
