package ca.qc.portail.account;

/** Roles of the ministry's own agents. One person may hold several. */
public enum InternalRole {
  /** Groupe central de la sécurité. */
  AGENT_CENTRAL,
  /** Staff who exchange documents with partners in projects. */
  PERSONNEL,
  /** Batch operator. */
  OPERATEUR
}
