/**
 * Outgoing e-mail: composing a message (plain text and HTML) and handing it to the SMTP server, or,
 * on the embedded default only, to a local folder a developer can read.
 */
package ca.qc.portail.notification;
