/**
 * The secure document exchange (R-E1–R-E10, R-J5): projects and their participants, documents
 * deposited for some of them, their encrypted storage, resumable transfers, consent and expiry.
 */
package ca.qc.portail.exchange;
