package ca.qc.portail.batch.inactivity;

import ca.qc.portail.account.AccountLifecycle;
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

/** Makes each chunk of accounts Inactif through {@link AccountLifecycle#inactivate} (R-J2). */
@Named("accountInactivityWriter")
@Dependent
public class AccountInactivityWriter extends AbstractItemWriter {

  @Inject @BatchProperty String runDate;

  @Inject private AccountLifecycle lifecycle;
  @Inject private JobContext job;
  @Inject private Clock clock;

  @Override
  public void writeItems(List<Object> items) {
    List<Long> ids = items.stream().map(Long.class::cast).toList();
    lifecycle.inactivate(
        ids, JobDates.runDate(runDate, clock), Phrase.execution(job.getExecutionId()));
  }
}
