/**
 * Access requests (form 2490, R-A1 to R-A4, R-S8, R-C2): the request, the signatory matrix, the
 * officers' online submission and central's queue, whose approval creates the person.
 */
package ca.qc.portail.accessrequest;
