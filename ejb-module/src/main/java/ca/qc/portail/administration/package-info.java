/**
 * Security files administered by a partner's security officers (R-S1–R-S7) and by the central
 * security group (R-C4–R-C6): the list of authorised persons, each person's file, and its actions.
 */
package ca.qc.portail.administration;
