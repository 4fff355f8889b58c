package ca.qc.portail.exchange;

import java.io.Serializable;

/**
 * A project in a list (*Sélectionner un projet*, staff's and central's lists): "PROJET001 - Projet
 * 001", its partner, and how the caller takes part in it (none for staff or central who do not).
 */
public record ProjectSummary(
    long id, String code, String name, long partnerId, String partnerName, ParticipantRole role)
    implements Serializable {

  public String label() {
    return ExchangeRules.projectLabel(code, name);
  }
}
