/**
 * User accounts of partner staff and ministry agents: identity, profiles, internal roles, state and
 * validity, and the lifecycle rules that change a state (R-J1 expiry).
 */
package ca.qc.portail.account;
