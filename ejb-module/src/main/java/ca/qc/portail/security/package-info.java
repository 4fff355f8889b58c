/**
 * Who is calling and what an operation requires (R-S1, R-U1): the {@link
 * ca.qc.portail.security.Caller} taken from the container's principal and the request, the {@link
 * ca.qc.portail.security.Requires} declaration on each operation, and the one interceptor that
 * checks it, partner scope included, and audits every refusal.
 */
package ca.qc.portail.security;
