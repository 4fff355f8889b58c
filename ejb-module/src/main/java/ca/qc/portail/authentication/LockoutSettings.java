package ca.qc.portail.authentication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Makes the {@link LockoutPolicy} from the deployment's settings. */
@ApplicationScoped
public class LockoutSettings {

  @Inject
  @ConfigProperty(name = "lockout.mode", defaultValue = "TEMPORARY")
  String mode;

  @Inject
  @ConfigProperty(name = "lockout.threshold")
  Optional<Integer> threshold;

  @Inject
  @ConfigProperty(name = "lockout.durationMinutes", defaultValue = "15")
  long durationMinutes;

  @Inject
  @ConfigProperty(name = "login.failureMail", defaultValue = "true")
  boolean failureMail;

  @Produces
  @Singleton
  LockoutPolicy policy() {
    LockoutPolicy.Mode chosen = LockoutPolicy.Mode.valueOf(mode.strip().toUpperCase(Locale.ROOT));
    return new LockoutPolicy(
        chosen,
        threshold.orElse(LockoutPolicy.defaultThreshold(chosen)),
        Duration.ofMinutes(durationMinutes),
        failureMail);
  }
}
