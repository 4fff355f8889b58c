/**
 * *Gestion de votre authentification*: a partner user's own password change and self-deactivation
 * (R-P3, R-P5, R-D1–R-D3).
 */
package ca.qc.portail.selfservice;
