/**
 * Administration by security officers and by the central security group: the security files of a
 * partner's authorised persons — list, each person's file and its actions (R-S1–R-S7, R-C4–R-C6) —
 * and central's console — dashboard, partners and agreements (R-C1), audit search and export
 * (R-C7). Every call is checked on the server for role and partner scope, refusals audited.
 */
package ca.qc.portail.administration;
