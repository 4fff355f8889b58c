package ca.qc.portail.registration;

import ca.qc.portail.password.PasswordViolation;
import ca.qc.portail.password.UserCodeViolation;
import java.io.Serializable;
import java.util.List;

/** Every unmet criterion of a registration (R-A7, R-P1), for the user code and the password. */
public record RegistrationViolations(
    List<UserCodeViolation> userCode, List<PasswordViolation> password) implements Serializable {

  public RegistrationViolations {
    userCode = List.copyOf(userCode);
    password = List.copyOf(password);
  }

  public static RegistrationViolations none() {
    return new RegistrationViolations(List.of(), List.of());
  }

  public boolean isEmpty() {
    return userCode.isEmpty() && password.isEmpty();
  }
}
