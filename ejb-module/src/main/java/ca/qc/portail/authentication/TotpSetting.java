package ca.qc.portail.authentication;

import ca.qc.portail.account.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code mfa.totpRequiredForRoles}: the internal roles or profiles (names, comma-separated) whose
 * holders must sign in with an authenticator app; their next login leads them to enrol first. Empty
 * or {@code none}: nobody must, anyone may.
 */
@ApplicationScoped
public class TotpSetting {

  @Inject
  @ConfigProperty(name = "mfa.totpRequiredForRoles", defaultValue = "AGENT_CENTRAL,OPERATEUR")
  String requiredFor;

  /** Whether {@code account} must use an authenticator app. */
  public boolean requiredFor(UserAccount account) {
    Set<String> roles = roles();
    return account.getInternalRoles().stream().anyMatch(r -> roles.contains(r.name()))
        || account.getProfiles().stream().anyMatch(p -> roles.contains(p.name()));
  }

  /** Whether {@code account} must enrol before anything else: required and not enrolled yet. */
  public boolean mustEnrol(UserAccount account) {
    return !account.isTotpEnrolled() && requiredFor(account);
  }

  private Set<String> roles() {
    if (requiredFor == null || requiredFor.isBlank() || "none".equalsIgnoreCase(requiredFor)) {
      return Set.of();
    }
    return Arrays.stream(requiredFor.split(","))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .collect(Collectors.toSet());
  }
}
