/**
 * The authenticator app's enrolment page (issue 12, deliver 2): the QR code and the secret as text,
 * the confirmation, the recovery codes shown once.
 */
package ca.qc.portail.web.authenticator;
