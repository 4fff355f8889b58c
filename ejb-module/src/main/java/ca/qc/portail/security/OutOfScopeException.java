package ca.qc.portail.security;

import jakarta.ejb.ApplicationException;

/**
 * What was asked lies outside the caller's scope — another partner's account, or one that does not
 * exist — and is answered as "not found", so its existence is not revealed (R-S1). The attempt has
 * been audited.
 */
@ApplicationException(rollback = false)
public class OutOfScopeException extends AccessRefusedException {
  private static final long serialVersionUID = 1L;

  public OutOfScopeException(String message) {
    super(message);
  }
}
