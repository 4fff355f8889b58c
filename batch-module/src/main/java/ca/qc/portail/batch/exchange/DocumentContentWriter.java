package ca.qc.portail.batch.exchange;

import ca.qc.portail.audit.Phrase;
import ca.qc.portail.exchange.ExchangeExpiry;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Deletes each document's content and data key through {@link ExchangeExpiry} (R-E5, R-J5), which
 * re-checks each one in a transaction of its own: a document a previous run already emptied is
 * passed over.
 */
@Named("documentContentWriter")
@Dependent
public class DocumentContentWriter extends AbstractItemWriter {

  @Inject private ExchangeExpiry expiry;
  @Inject private JobContext job;

  @Override
  public void writeItems(List<Object> items) {
    for (Object item : items) {
      expiry.deleteContent((Long) item, Phrase.execution(job.getExecutionId()));
    }
  }
}
