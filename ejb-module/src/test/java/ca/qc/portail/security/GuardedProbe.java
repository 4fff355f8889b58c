package ca.qc.portail.security;

import jakarta.ejb.Singleton;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test-only operations declared as a new one would be: one method, one {@link Requires}. Counts the
 * runs of each body, so a test can tell a refusal happened before it.
 */
@Singleton
public class GuardedProbe {

  private final AtomicInteger centralRuns = new AtomicInteger();
  private final AtomicInteger scopedRuns = new AtomicInteger();

  /** An operation only an Actif central agent may run. */
  @Requires(value = Standing.CENTRAL, operation = "Opération d'essai du Groupe central")
  public String centralOnly() {
    centralRuns.incrementAndGet();
    return callerName();
  }

  /** An officer's operation on an account and a partner, which central may run on any. */
  @Requires(
      value = {Standing.OFFICER, Standing.CENTRAL},
      operation = "Opération d'essai d'un responsable")
  public void onAccount(@TargetAccount long accountId, @TargetPartner Long partnerId) {
    scopedRuns.incrementAndGet();
  }

  public int centralRuns() {
    return centralRuns.get();
  }

  public int scopedRuns() {
    return scopedRuns.get();
  }

  @jakarta.inject.Inject private Callers callers;

  private String callerName() {
    return callers.current().loginName();
  }
}
