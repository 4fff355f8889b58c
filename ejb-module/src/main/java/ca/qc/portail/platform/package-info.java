/**
 * What every capability stands on: the clock, the schema migrations run at deployment, and the
 * accounts created at start-up (bootstrap central agent, demo data).
 */
package ca.qc.portail.platform;
