package ca.qc.portail.partner;

import java.util.List;

/**
 * The outcome of a partner or agreement entry (R-C1): the stored row's id, or the violations, in
 * which case nothing was stored.
 */
public record PartnerChange(Long id, List<PartnerViolation> violations) {

  public PartnerChange {
    violations = List.copyOf(violations);
  }

  static PartnerChange stored(long id) {
    return new PartnerChange(id, List.of());
  }

  static PartnerChange refused(List<PartnerViolation> violations) {
    return new PartnerChange(null, violations);
  }

  public boolean succeeded() {
    return violations.isEmpty();
  }
}
