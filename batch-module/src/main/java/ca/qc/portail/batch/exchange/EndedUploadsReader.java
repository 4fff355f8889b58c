package ca.qc.portail.batch.exchange;

import ca.qc.portail.batch.IdReader;
import ca.qc.portail.exchange.ExchangeExpiry;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;

/** Reads the cancelled, refused and abandoned uploads whose parts are still stored (R-E9). */
@Named("endedUploadsReader")
@Dependent
public class EndedUploadsReader extends IdReader {

  @Inject private ExchangeExpiry expiry;

  @Override
  protected List<Long> next(LocalDate day, long afterId, int max) {
    return expiry.endedUploads(afterId, max);
  }
}
