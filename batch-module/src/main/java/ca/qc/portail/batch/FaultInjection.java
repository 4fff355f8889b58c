package ca.qc.portail.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Passes items through unchanged; with {@code jobs.faultInjection=true} (tests and rehearsals only,
 * never in production) and the job parameter {@code failAtItem=N}, fails on the N-th item this
 * execution reads, so a restart from the last checkpoint can be exercised.
 */
@Named("faultInjection")
@Dependent
public class FaultInjection implements ItemProcessor {

  @Inject @BatchProperty String failAtItem;

  @Inject
  @ConfigProperty(name = "jobs.faultInjection", defaultValue = "false")
  boolean enabled;

  private long seen;

  @Override
  public Object processItem(Object item) {
    seen++;
    if (enabled
        && failAtItem != null
        && !failAtItem.isBlank()
        && seen == Long.parseLong(failAtItem.strip())) {
      throw new IllegalStateException("Panne simulée à l'élément " + seen + " (failAtItem)");
    }
    return item;
  }
}
