package ca.qc.portail.accessrequest;

import java.io.Serializable;

/**
 * Central's dashboard (issue 13, point 9): the access requests waiting for central, and those of
 * them past the service level (R-A4).
 */
public record QueueCounts(long waiting, long overdue) implements Serializable {}
