package ca.qc.portail.administration;

import java.util.List;

/** A page of the list and the number of rows that match the filters. */
public record ListPage(List<ListedPerson> rows, long total) {}
