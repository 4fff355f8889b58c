package ca.qc.portail.exchange;

import java.util.List;

/** What became of a project's entry: its id, or why it was refused (nothing stored then). */
public record ProjectChange(Long id, List<ProjectViolation> violations) {

  public ProjectChange {
    violations = List.copyOf(violations);
  }

  public static ProjectChange done(long id) {
    return new ProjectChange(id, List.of());
  }

  public static ProjectChange refused(List<ProjectViolation> violations) {
    return new ProjectChange(null, violations);
  }

  public boolean succeeded() {
    return violations.isEmpty();
  }
}
