package ca.qc.portail.batch.exchange;

import ca.qc.portail.exchange.ExchangeExpiry;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Marks abandoned the uploads left unfinished for {@code documents.abandonedHours} (R-E9), so the
 * next step deletes their parts. One set-based update: run again, it finds nothing more.
 */
@Named("abandonUploads")
@Dependent
public class AbandonUploads extends AbstractBatchlet {

  @Inject private ExchangeExpiry expiry;

  @Override
  public String process() {
    return "ABANDONNES " + expiry.abandonUploads();
  }
}
