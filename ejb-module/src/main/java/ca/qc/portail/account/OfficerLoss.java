package ca.qc.portail.account;

/**
 * R-D3: how a partner's last Actif security officer went, as central's alert names it (seed 001: «
 * … suite à la désactivation à sa demande, du code d'utilisateur (abc) de "organisme". »).
 */
public enum OfficerLoss {
  /** R-D1: the officer deactivated their own user code. */
  SELF_DEACTIVATION,
  /** R-S6, R-C6: another officer or central deactivated it. */
  DEACTIVATION,
  /** R-L3: deactivated after three failed authentications. */
  FAILED_LOGINS,
  /** R-J1. */
  EXPIRY,
  /** R-J2. */
  INACTIVITY;

  /** The bundle key of the cause's words in the alert. */
  public String mailKey() {
    return "noActiveOfficer.cause." + name();
  }
}
