package ca.qc.portail.batch.registration;

import ca.qc.portail.audit.Phrase;
import ca.qc.portail.batch.JobDates;
import ca.qc.portail.registration.RegistrationCodeExpiry;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.List;

/** Expires each chunk of registration codes through {@link RegistrationCodeExpiry} (R-J4). */
@Named("registrationCodeExpiryWriter")
@Dependent
public class RegistrationCodeExpiryWriter extends AbstractItemWriter {

  @Inject @BatchProperty String runDate;

  @Inject private RegistrationCodeExpiry expiry;
  @Inject private JobContext job;
  @Inject private Clock clock;

  @Override
  public void writeItems(List<Object> items) {
    List<Long> codes = items.stream().map(Long.class::cast).toList();
    expiry.expire(codes, JobDates.runDate(runDate, clock), Phrase.execution(job.getExecutionId()));
  }
}
