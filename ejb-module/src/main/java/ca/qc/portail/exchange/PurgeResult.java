package ca.qc.portail.exchange;

/** What one expiry run deleted (R-E5, R-J5): documents' content and keys, unfinished uploads. */
public record PurgeResult(int documents, int uploads) {}
