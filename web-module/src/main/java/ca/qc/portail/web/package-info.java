/**
 * Faces pages and their backing beans, the authentication mechanism, and the operational endpoints
 * (readiness). Beans call the EJB services; none changes an entity.
 */
package ca.qc.portail.web;
