package ca.qc.portail.security;

import ca.qc.portail.audit.Phrase;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Checks every {@link Requires} operation before its body runs: the caller must hold one of the
 * declared standings, and an officer's {@link TargetAccount} / {@link TargetPartner} arguments must
 * be of the officer's partner (R-S1). Each refusal is audited through {@link Callers}, then thrown.
 * The caller it checked is the one the body reads ({@link Callers#current()}).
 */
@Requires({})
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class RequiresInterceptor {

  @Inject private Callers callers;
  @Inject private CallerStack stack;

  @AroundInvoke
  public Object check(InvocationContext invocation) throws Exception {
    Method method = invocation.getMethod();
    Requires requires = declaration(method);
    String operation = operation(requires, method);
    Caller caller = callers.load();
    Standing granted =
        Arrays.stream(requires.value()).filter(s -> s.heldBy(caller)).findFirst().orElse(null);
    if (granted == null) {
      throw callers.refuse(
          caller,
          operation,
          caller.isSignedIn()
              ? Phrase.keys("standing.", Arrays.asList(requires.value()))
              : "@standing.anonymous");
    }
    if (officerOnly(requires, caller)) {
      checkScope(caller, operation, method, invocation.getParameters());
    }
    boolean pushed = push(caller);
    try {
      return invocation.proceed();
    } finally {
      if (pushed) {
        stack.pop();
      }
    }
  }

  /** Whether the caller is let in as an officer only, so the partner scope applies. */
  private static boolean officerOnly(Requires requires, Caller caller) {
    return Arrays.stream(requires.value())
        .filter(s -> s.heldBy(caller))
        .allMatch(s -> s == Standing.OFFICER);
  }

  private void checkScope(Caller caller, String operation, Method method, Object[] arguments) {
    Annotation[][] annotations = method.getParameterAnnotations();
    for (int i = 0; i < annotations.length; i++) {
      for (Annotation annotation : annotations[i]) {
        if (annotation instanceof TargetAccount) {
          Long account = (Long) arguments[i];
          Long partner = account == null ? null : callers.partnerOf(account).orElse(null);
          if (!caller.isOfficerOf(partner)) {
            throw callers.outOfScope(caller, operation, "compte " + account, account, partner);
          }
        } else if (annotation instanceof TargetPartner) {
          Long partner = (Long) arguments[i];
          if (!caller.isOfficerOf(partner)) {
            throw callers.outOfScope(caller, operation, "organisme " + partner, null, partner);
          }
        }
      }
    }
  }

  private boolean push(Caller caller) {
    try {
      stack.push(caller);
      return true;
    } catch (ContextNotActiveException e) {
      return false;
    }
  }

  /** The method's declaration, else its class's (a method's own replaces the class's). */
  static Requires declaration(Method method) {
    Requires own = method.getAnnotation(Requires.class);
    if (own != null) {
      return own;
    }
    for (Class<?> type = method.getDeclaringClass(); type != null; type = type.getSuperclass()) {
      Requires onType = type.getAnnotation(Requires.class);
      if (onType != null) {
        return onType;
      }
    }
    throw new IllegalStateException("No @Requires on " + method);
  }

  private static String operation(Requires requires, Method method) {
    return requires.operation().isEmpty()
        ? method.getDeclaringClass().getSimpleName() + "." + method.getName()
        : requires.operation();
  }
}
