/**
 * Signing in: password hashing (R-P6) and the login rules (R-L1, R-L5) that decide, for one
 * attempt, between success and the messages the login page shows.
 */
package ca.qc.portail.authentication;
