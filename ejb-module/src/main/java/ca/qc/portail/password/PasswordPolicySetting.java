package ca.qc.portail.password;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes the deployment's {@link PasswordPolicy} from the setting {@code password.policy} ({@code
 * 2021}, the default, {@code 2008} or {@code NIST}) and the {@link PasswordRules} that apply it
 * (R-P1).
 */
@ApplicationScoped
public class PasswordPolicySetting {

  @Inject
  @ConfigProperty(name = "password.policy", defaultValue = "2021")
  String setting;

  @Produces
  @Singleton
  PasswordPolicy policy() {
    return PasswordPolicy.named(setting);
  }

  @Produces
  @Singleton
  PasswordRules rules(PasswordPolicy policy) {
    return new PasswordRules(policy, CommonPasswords.top10000());
  }
}
