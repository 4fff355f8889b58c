package ca.qc.portail.partner;

import java.io.Serializable;
import java.time.LocalDate;

/** Read model of one agreement, for the pages (*Liste des contrats/ententes*). */
public record AgreementView(
    String number, MeasureFamily family, String measure, LocalDate startDate, LocalDate endDate)
    implements Serializable {

  static AgreementView of(Agreement agreement) {
    return new AgreementView(
        agreement.getNumber(),
        agreement.getFamily(),
        agreement.getMeasure(),
        agreement.getStartDate(),
        agreement.getEndDate());
  }
}
