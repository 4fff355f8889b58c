package ca.qc.portail.accessrequest;

import java.io.Serializable;
import java.util.List;

/** The answer to a submitted or entered form 2490: the stored request, or every violation. */
public record Submission(Long requestId, List<RequestViolation> violations)
    implements Serializable {

  public Submission {
    violations = List.copyOf(violations);
  }

  static Submission stored(long id) {
    return new Submission(id, List.of());
  }

  static Submission refused(List<RequestViolation> violations) {
    return new Submission(null, violations);
  }

  public boolean succeeded() {
    return requestId != null;
  }
}
