package ca.qc.portail.password;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Makes the {@link PasswordHasher} with the deployment's hashing parameters (R-P6). */
@ApplicationScoped
public class PasswordHashing {

  private static final Logger LOG = Logger.getLogger(PasswordHashing.class.getName());

  @Inject
  @ConfigProperty(name = "password.hash.memoryKib", defaultValue = "7168")
  int memoryKib;

  @Inject
  @ConfigProperty(name = "password.hash.iterations", defaultValue = "5")
  int iterations;

  @Inject
  @ConfigProperty(name = "password.hash.parallelism", defaultValue = "1")
  int parallelism;

  /** How many hashes may be computed at once; 0: one per processor the JVM sees (issue 14). */
  @Inject
  @ConfigProperty(name = "password.hash.concurrency", defaultValue = "0")
  int concurrency;

  @Produces
  @Singleton
  PasswordHasher hasher() {
    PasswordHasher hasher =
        new PasswordHasher(
            memoryKib,
            iterations,
            parallelism,
            concurrency > 0 ? concurrency : Runtime.getRuntime().availableProcessors());
    LOG.log(
        Level.INFO,
        "Passwords hashed with {0} ({1})",
        new Object[] {hasher.parameters(), hasher.engine()});
    return hasher;
  }
}
