/**
 * The daily report to the central security group (R-J7): partners without an active officer, locked
 * accounts and accounts newly made inactive, e-mailed once a day to each central agent.
 */
package ca.qc.portail.report;
