package ca.qc.portail.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one source of time for every rule. Dates (expiry, business days) are those of the ministry's
 * time zone, not of the server.
 */
@ApplicationScoped
public class ClockProducer {

  @Inject
  @ConfigProperty(name = "app.timezone", defaultValue = "America/Toronto")
  String timezone;

  @Produces
  @Singleton
  Clock clock() {
    return Clock.system(ZoneId.of(timezone));
  }
}
