package ca.qc.portail.exchange;

import java.util.List;

/** A project as staff edit it (R-E1): its entry, its consent version and its participants. */
public record ProjectDetail(
    long id,
    long partnerId,
    String partnerName,
    ProjectData data,
    int consentVersion,
    List<ParticipantView> members,
    List<ParticipantView> responsables) {

  public ProjectDetail {
    members = List.copyOf(members);
    responsables = List.copyOf(responsables);
  }
}
