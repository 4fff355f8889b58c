/**
 * Administration by the central security group (and, on other branches, by security officers):
 * central's console — dashboard, partners and agreements (R-C1), audit search and export (R-C7) —
 * every call checked on the server to come from an Actif central agent, refusals audited.
 */
package ca.qc.portail.administration;
