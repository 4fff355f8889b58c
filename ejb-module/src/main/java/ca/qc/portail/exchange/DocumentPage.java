package ca.qc.portail.exchange;

import java.util.List;

/**
 * One page of a tab (R-E2, R-E3, R-E6): how many documents in all ("2 Éléments"), the rows from
 * {@code first} ("Éléments 1 à 2"), and the caller's counter ("Téléchargements effectués: 1 / 10"
 * or "Téléversements effectués: 1 / 10").
 */
public record DocumentPage(long total, int first, List<DocumentRow> rows, Quota counter) {

  public DocumentPage {
    rows = List.copyOf(rows);
  }
}
