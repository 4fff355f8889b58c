/**
 * Scheduled jobs (Jakarta Batch, {@code META-INF/batch-jobs}): one sub-package per job with its
 * reader and writer, which call the same account services as the pages.
 */
package ca.qc.portail.batch;
