package ca.qc.portail.exchange;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** A deposit refused by the rules, with every reason (nothing stored, nothing sent). */
@ApplicationException(rollback = true)
public class DepositRefusedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final List<DepositViolation> violations;

  public DepositRefusedException(List<DepositViolation> violations) {
    super("Deposit refused: " + violations);
    this.violations = List.copyOf(violations);
  }

  public List<DepositViolation> violations() {
    return violations;
  }
}
