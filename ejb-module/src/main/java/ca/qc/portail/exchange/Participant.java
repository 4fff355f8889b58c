package ca.qc.portail.exchange;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A person taking part in a project, as a member or a responsable (R-E1). */
@Entity
@Table(name = "exchange_participant")
public class Participant {

  @Id
  @SequenceGenerator(
      name = "exchange_participant_seq",
      sequenceName = "exchange_participant_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "exchange_participant_seq")
  private Long id;

  @Column(name = "project_id", nullable = false)
  private long projectId;

  @Column(name = "account_id", nullable = false)
  private long accountId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private ParticipantRole role;

  protected Participant() {}

  public Participant(long projectId, long accountId, ParticipantRole role) {
    this.projectId = projectId;
    this.accountId = accountId;
    this.role = role;
  }

  public long getProjectId() {
    return projectId;
  }

  public long getAccountId() {
    return accountId;
  }

  public ParticipantRole getRole() {
    return role;
  }
}
