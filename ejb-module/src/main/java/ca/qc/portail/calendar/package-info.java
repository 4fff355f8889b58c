/**
 * Business days of the Québec government: the public service's non-working days (jours fériés et
 * chômés) and the business-day arithmetic of delays such as a registration code's validity (R-A5).
 */
package ca.qc.portail.calendar;
