/**
 * What every capability stands on and that depends on none of them: the clock, the schema
 * migrations run at deployment, digests, the instant converter.
 */
package ca.qc.portail.platform;
