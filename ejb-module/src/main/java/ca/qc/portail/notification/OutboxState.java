package ca.qc.portail.notification;

/** Where an outbox e-mail stands (R-J6). */
public enum OutboxState {
  /** Waiting for its next attempt. */
  EN_ATTENTE,
  /** Claimed by a dispatcher (of any cluster member) until {@code claimedUntil}. */
  EN_COURS,
  ENVOYE,
  /** Every attempt failed: shown on the operations console, which can retry it. */
  ECHEC
}
