package ca.qc.portail.exchange;

import java.util.List;

/**
 * Whom a project's membership may name (R-E1): the Actif accounts of its partner that hold a
 * profile (members), and Actif ministry staff with {@code PERSONNEL} (responsables).
 */
public record Candidates(List<ParticipantView> members, List<ParticipantView> responsables) {

  public Candidates {
    members = List.copyOf(members);
    responsables = List.copyOf(responsables);
  }
}
