/**
 * The audit trail (R-U1): one append-only record per transaction — who, when, from where, on what,
 * with which outcome. Nothing in the product updates or deletes a record.
 */
package ca.qc.portail.audit;
