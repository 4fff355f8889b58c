/**
 * The central security group's console pages (R-C1, R-C7, R-D3): dashboard, partners and their
 * agreements, audit search and its CSV export. Every call goes through {@code CentralConsole},
 * which refuses (and audits) anyone but a central agent.
 */
package ca.qc.portail.web.central;
