package ca.qc.portail.batch.report;

import ca.qc.portail.batch.IdReader;
import ca.qc.portail.report.DailyReports;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Reads the central agents still due the daily report (R-J7). Opening fixes the report's window, in
 * a transaction of its own, so a restarted run reports the same period.
 */
@Named("reportRecipientsReader")
@Dependent
public class ReportRecipientsReader extends IdReader {

  @Inject private DailyReports reports;

  @Override
  public void open(Serializable checkpoint) {
    super.open(checkpoint);
    reports.window(ca.qc.portail.batch.JobDates.runDate(runDate, clock));
  }

  @Override
  protected List<Long> next(LocalDate day, long afterId, int max) {
    return reports.recipientsDue(day, afterId, max);
  }
}
