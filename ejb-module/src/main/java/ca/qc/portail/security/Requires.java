package ca.qc.portail.security;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * What the caller of an operation must be: any one of {@link #value()}. Checked by {@link
 * RequiresInterceptor} before the operation's body runs; a caller without it — anonymous callers
 * included — is refused with {@link AccessRefusedException} and the attempt audited ({@code
 * ACCESS_REFUSED}). When the caller qualifies as {@link Standing#OFFICER} only, the arguments
 * marked {@link TargetAccount} or {@link TargetPartner} must also be of the officer's partner
 * (R-S1); otherwise {@link OutOfScopeException}, audited too.
 *
 * <p>On a class, it applies to every business method; a method's own declaration replaces it.
 */
@Inherited
@InterceptorBinding
@Retention(RUNTIME)
@Target({TYPE, METHOD})
public @interface Requires {

  /** The standings that let the caller in (any one of them). */
  @Nonbinding
  Standing[] value();

  /** What the operation is called in the audit record of a refusal (French, as the audit is). */
  @Nonbinding
  String operation() default "";
}
