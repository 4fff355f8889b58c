package ca.qc.portail.batch.exchange;

import ca.qc.portail.batch.IdReader;
import ca.qc.portail.exchange.ExchangeExpiry;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;

/**
 * Reads the documents withdrawn or past their expiry that still hold their content (R-E5, R-J5), in
 * identifier order. Expiry is an instant, not a day: the run acts on what is due when it reads.
 */
@Named("dueDocumentsReader")
@Dependent
public class DueDocumentsReader extends IdReader {

  @Inject private ExchangeExpiry expiry;

  @Override
  protected List<Long> next(LocalDate day, long afterId, int max) {
    return expiry.dueDocuments(afterId, max);
  }
}
