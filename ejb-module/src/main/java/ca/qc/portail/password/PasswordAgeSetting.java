package ca.qc.portail.password;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The deployment's maximum password age (R-P2), setting {@code password.maxAgeDays}: 0, the
 * default, turns it off; the 2008 rule is 180.
 */
@ApplicationScoped
public class PasswordAgeSetting {

  @Inject
  @ConfigProperty(name = "password.maxAgeDays", defaultValue = "0")
  int maxAgeDays;

  @Inject Clock clock;

  /** The status of a password with these attributes, now. */
  public PasswordStatus statusOf(boolean temporary, Instant changedAt) {
    if (maxAgeDays < 0) {
      throw new IllegalStateException("password.maxAgeDays must be 0 or more: " + maxAgeDays);
    }
    return PasswordStatus.of(temporary, changedAt, maxAgeDays, clock);
  }
}
