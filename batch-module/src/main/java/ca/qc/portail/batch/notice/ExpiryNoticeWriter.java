package ca.qc.portail.batch.notice;

import ca.qc.portail.account.ExpiryNotices;
import ca.qc.portail.audit.Phrase;
import ca.qc.portail.batch.JobDates;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.List;

/** Sends each chunk of partners their expiry notice through {@link ExpiryNotices} (R-J3). */
@Named("expiryNoticeWriter")
@Dependent
public class ExpiryNoticeWriter extends AbstractItemWriter {

  @Inject @BatchProperty String runDate;

  @Inject private ExpiryNotices notices;
  @Inject private JobContext job;
  @Inject private Clock clock;

  @Override
  public void writeItems(List<Object> items) {
    List<Long> partners = items.stream().map(Long.class::cast).toList();
    notices.notify(
        partners, JobDates.runDate(runDate, clock), Phrase.execution(job.getExecutionId()));
  }
}
