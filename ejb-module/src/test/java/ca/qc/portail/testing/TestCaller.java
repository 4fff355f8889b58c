package ca.qc.portail.testing;

import ca.qc.portail.security.CallerIdentity;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Container tests choose who calls the services through this alternative to the container's
 * identity, the one mechanism the application uses too ({@link CallerIdentity}): a test cannot sign
 * in, so it says which account (or an anonymous visitor) the next calls come from. The choice is
 * the test thread's (services run on it); a job's threads are the system.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class TestCaller implements CallerIdentity {

  /** The client address of the test's calls unless it chooses another. */
  public static final String ADDRESS = "192.0.2.10";

  private record Choice(Long accountId, String address) {}

  private final ThreadLocal<Choice> choice = new ThreadLocal<>();

  /** The next calls on this thread come from that account, at {@link #ADDRESS}. */
  public TestCaller actAs(long accountId) {
    choice.set(new Choice(accountId, ADDRESS));
    return this;
  }

  /** The next calls come from a visitor without a session, at {@link #ADDRESS}. */
  public TestCaller anonymous() {
    choice.set(new Choice(null, ADDRESS));
    return this;
  }

  /** The same caller, from another client address. */
  public TestCaller from(String address) {
    Choice current = choice.get();
    choice.set(new Choice(current == null ? null : current.accountId(), address));
    return this;
  }

  /** Back to no request at all: the system. */
  public void reset() {
    choice.remove();
  }

  /** Runs {@code action} as that account, then goes back to the caller before. */
  public <T> T as(long accountId, Supplier<T> action) {
    Choice before = choice.get();
    actAs(accountId);
    try {
      return action.get();
    } finally {
      restore(before);
    }
  }

  /** Runs {@code action} as an anonymous visitor, then goes back to the caller before. */
  public <T> T asAnonymous(Supplier<T> action) {
    Choice before = choice.get();
    anonymous();
    try {
      return action.get();
    } finally {
      restore(before);
    }
  }

  private void restore(Choice before) {
    if (before == null) {
      choice.remove();
    } else {
      choice.set(before);
    }
  }

  @Override
  public Optional<Long> accountId() {
    Choice current = choice.get();
    return current == null ? Optional.empty() : Optional.ofNullable(current.accountId());
  }

  @Override
  public String address() {
    Choice current = choice.get();
    return current == null ? null : current.address();
  }
}
