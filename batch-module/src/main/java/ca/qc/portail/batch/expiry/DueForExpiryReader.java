package ca.qc.portail.batch.expiry;

import ca.qc.portail.account.Accounts;
import ca.qc.portail.batch.JobDates;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Reads the identifiers of accounts due to expire (R-J1) page by page, in identifier order. The
 * checkpoint is the last identifier handed out, so a restart resumes after it.
 */
@Named("dueForExpiryReader")
@Dependent
public class DueForExpiryReader extends AbstractItemReader {

  static final int PAGE = 500;

  @Inject @BatchProperty String runDate;

  @Inject private Accounts accounts;
  @Inject private Clock clock;

  private LocalDate day;
  private long lastId;
  private final Deque<Long> page = new ArrayDeque<>();

  @Override
  public void open(Serializable checkpoint) {
    day = JobDates.runDate(runDate, clock);
    lastId = checkpoint == null ? 0L : (Long) checkpoint;
  }

  @Override
  public Object readItem() {
    if (page.isEmpty()) {
      page.addAll(accounts.dueForExpiry(day, lastId, PAGE));
    }
    Long next = page.poll();
    if (next != null) {
      lastId = next;
    }
    return next;
  }

  @Override
  public Serializable checkpointInfo() {
    return lastId;
  }
}
