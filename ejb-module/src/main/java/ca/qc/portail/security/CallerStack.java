package ca.qc.portail.security;

import jakarta.enterprise.context.RequestScoped;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The callers of the {@link Requires} operations running in this request, innermost first: what
 * {@link RequiresInterceptor} checked is what the operation's body reads through {@link
 * Callers#current()}, without loading the account again.
 */
@RequestScoped
public class CallerStack {
  private final Deque<Caller> callers = new ArrayDeque<>();

  Caller top() {
    return callers.peek();
  }

  void push(Caller caller) {
    callers.push(caller);
  }

  void pop() {
    callers.pop();
  }
}
