package ca.qc.portail.administration;

import ca.qc.portail.account.Accounts;
import ca.qc.portail.account.InternalRole;
import ca.qc.portail.account.UserAccount;
import ca.qc.portail.audit.AuditAction;
import ca.qc.portail.audit.AuditLog;
import ca.qc.portail.audit.AuditOutcome;
import ca.qc.portail.audit.AuditRecord;
import ca.qc.portail.password.PasswordHasher;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates the first central security agent from {@code BOOTSTRAP_ADMIN_EMAIL} and {@code
 * BOOTSTRAP_ADMIN_PASSWORD}, once: only while no account holds the central role. The agent signs in
 * with the e-mail address.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class BootstrapAdministrator {

  private static final Logger LOG = Logger.getLogger(BootstrapAdministrator.class.getName());
  static final int MIN_PASSWORD_LENGTH = 12;

  @Inject
  @ConfigProperty(name = "BOOTSTRAP_ADMIN_EMAIL")
  Optional<String> email;

  @Inject
  @ConfigProperty(name = "BOOTSTRAP_ADMIN_PASSWORD")
  Optional<String> password;

  @Inject private Accounts accounts;
  @Inject private AuditLog audit;
  @Inject private PasswordHasher hasher;
  @Inject private Clock clock;

  @PostConstruct
  void createIfNone() {
    if (email.isEmpty()
        || email.get().isBlank()
        || accounts.anyWithRole(InternalRole.AGENT_CENTRAL)) {
      return;
    }
    if (password.isEmpty() || password.get().length() < MIN_PASSWORD_LENGTH) {
      LOG.severe(
          "BOOTSTRAP_ADMIN_EMAIL is set but BOOTSTRAP_ADMIN_PASSWORD is missing or shorter than "
              + MIN_PASSWORD_LENGTH
              + " characters: no central agent was created.");
      return;
    }
    if (accounts.loginTaken(email.get())) {
      LOG.severe(
          "BOOTSTRAP_ADMIN_EMAIL belongs to an existing account: no central agent was created.");
      return;
    }
    UserAccount agent =
        new UserAccount(
            null, email.get(), "Administrateur", "Central", null, null, clock.instant());
    agent.grant(InternalRole.AGENT_CENTRAL);
    agent.setPassword(hasher.hash(password.get()), clock.instant(), false);
    accounts.add(agent);
    audit.write(
        AuditRecord.of(AuditAction.ACCOUNT_CREATED, AuditOutcome.SUCCESS)
            .on(agent.getId(), null)
            .detail("BOOTSTRAP_ADMIN_CREATED"));
    LOG.info("Initial central security agent created.");
  }
}
