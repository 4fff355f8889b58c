/**
 * Partner organisations ("partenaires") and their agreements with the ministry. The menu (R-M1)
 * depends on the families of a partner's agreements.
 */
package ca.qc.portail.partner;
