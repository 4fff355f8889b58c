package ca.qc.portail.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Passes items through unchanged; with {@code jobs.faultInjection=true} (tests and rehearsals only,
 * never in production) and the job parameter {@code failAtItem=N}, fails on the N-th item this
 * execution reads, so a restart from the last checkpoint can be exercised; with the job parameter
 * {@code itemDelayMillis=M}, waits M milliseconds before each item, so a run lasts long enough to
 * be stopped from the operations console.
 */
@Named("faultInjection")
@Dependent
public class FaultInjection implements ItemProcessor {

  /** The job parameters this processor reads. */
  public static final String FAIL_AT_ITEM = "failAtItem";

  public static final String ITEM_DELAY_MILLIS = "itemDelayMillis";

  @Inject @BatchProperty String failAtItem;

  @Inject private JobContext job;

  @Inject
  @ConfigProperty(name = "jobs.faultInjection", defaultValue = "false")
  boolean enabled;

  private long seen;
  private Long delayMillis;

  @Override
  public Object processItem(Object item) throws InterruptedException {
    seen++;
    if (!enabled) {
      return item;
    }
    long delay = delayMillis();
    if (delay > 0) {
      Thread.sleep(delay);
    }
    if (failAtItem != null && !failAtItem.isBlank() && seen == Long.parseLong(failAtItem.strip())) {
      throw new IllegalStateException("Panne simulée à l'élément " + seen + " (failAtItem)");
    }
    return item;
  }

  /** The {@code itemDelayMillis} job parameter (read here so no job XML has to pass it), or 0. */
  private long delayMillis() {
    if (delayMillis == null) {
      String value =
          BatchRuntime.getJobOperator()
              .getParameters(job.getExecutionId())
              .getProperty(ITEM_DELAY_MILLIS, "");
      delayMillis = value.isBlank() ? 0L : Long.parseLong(value.strip());
    }
    return delayMillis;
  }
}
