package ca.qc.portail.security;

import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Marks the argument of a {@link Requires} operation that identifies the partner acted on (a {@code
 * long} or {@code Long}): an officer may only act within their own partner (R-S1).
 */
@Retention(RUNTIME)
@Target(PARAMETER)
public @interface TargetPartner {}
