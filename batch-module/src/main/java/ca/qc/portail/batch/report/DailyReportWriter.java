package ca.qc.portail.batch.report;

import ca.qc.portail.audit.Phrase;
import ca.qc.portail.batch.JobDates;
import ca.qc.portail.report.DailyReports;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.List;

/** E-mails the daily report to each chunk of central agents through {@link DailyReports} (R-J7). */
@Named("dailyReportWriter")
@Dependent
public class DailyReportWriter extends AbstractItemWriter {

  @Inject @BatchProperty String runDate;

  @Inject private DailyReports reports;
  @Inject private JobContext job;
  @Inject private Clock clock;

  @Override
  public void writeItems(List<Object> items) {
    List<Long> agents = items.stream().map(Long.class::cast).toList();
    reports.send(agents, JobDates.runDate(runDate, clock), Phrase.execution(job.getExecutionId()));
  }
}
