package ca.qc.portail.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Reads identifiers page by page in increasing order, for the day of the run ({@code runDate}). The
 * checkpoint is the last identifier handed out, so a restart resumes after it; the rows a writer
 * already changed no longer match the query anyway.
 */
public abstract class IdReader extends AbstractItemReader {

  public static final int PAGE = 1000;

  @Inject @BatchProperty protected String runDate;

  @Inject protected Clock clock;

  private LocalDate day;
  private long lastId;
  private final Deque<Long> page = new ArrayDeque<>();

  /** Up to {@code max} identifiers due on {@code day}, greater than {@code afterId}, ascending. */
  protected abstract List<Long> next(LocalDate day, long afterId, int max);

  @Override
  public void open(Serializable checkpoint) {
    day = JobDates.runDate(runDate, clock);
    lastId = checkpoint == null ? 0L : (Long) checkpoint;
    page.clear();
  }

  @Override
  public Object readItem() {
    if (page.isEmpty()) {
      page.addAll(next(day, lastId, PAGE));
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
