/**
 * The secure exchange's expiry job (R-E5, R-J5, R-E9): the content and keys of expired and
 * withdrawn documents, and the parts of abandoned uploads, deleted in chunks through
 * ExchangeExpiry.
 */
package ca.qc.portail.batch.exchange;
