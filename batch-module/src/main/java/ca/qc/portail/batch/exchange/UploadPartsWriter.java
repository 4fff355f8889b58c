package ca.qc.portail.batch.exchange;

import ca.qc.portail.audit.Phrase;
import ca.qc.portail.exchange.ExchangeExpiry;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Deletes each ended upload's parts and data key through {@link ExchangeExpiry} (R-E9). */
@Named("uploadPartsWriter")
@Dependent
public class UploadPartsWriter extends AbstractItemWriter {

  @Inject private ExchangeExpiry expiry;
  @Inject private JobContext job;

  @Override
  public void writeItems(List<Object> items) {
    for (Object item : items) {
      expiry.deleteParts((Long) item, Phrase.execution(job.getExecutionId()));
    }
  }
}
