package ca.qc.portail.web.password;

import ca.qc.portail.password.PasswordPolicy;
import ca.qc.portail.password.PasswordViolation;
import ca.qc.portail.web.support.Pages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.ArrayList;
import java.util.List;

/**
 * What every page that sets a password shows the same way (R-P1): the policy's criteria under the
 * fields, and each unmet criterion at its field — the confirmation's at the confirmation, R-P3's at
 * the top of the form, the others at the new password.
 */
public final class PasswordForms {
  private PasswordForms() {}

  /** The criteria of the deployment's policy, as the seeds list them. */
  public static List<String> criteria(PasswordPolicy policy) {
    List<String> criteria = new ArrayList<>();
    criteria.add(Pages.format("password.criterion.minLength", policy.minLength()));
    if (policy.special()) {
      criteria.add(Pages.text("password.criterion.special"));
    }
    if (policy.lowercase()) {
      criteria.add(Pages.text("password.criterion.lowercase"));
    }
    if (policy.uppercase()) {
      criteria.add(Pages.text("password.criterion.uppercase"));
    }
    if (policy.digit()) {
      criteria.add(Pages.text("password.criterion.digit"));
    }
    return criteria;
  }

  /** Shows each violation at its field: {@code formId:nouveau} or {@code formId:confirmation}. */
  public static void show(
      List<PasswordViolation> violations,
      PasswordPolicy policy,
      String newPasswordField,
      String confirmationField) {
    FacesContext faces = FacesContext.getCurrentInstance();
    for (PasswordViolation violation : violations) {
      String field =
          switch (violation) {
            case MISMATCH -> confirmationField;
            case ONCE_A_DAY -> null;
            default -> newPasswordField;
          };
      faces.addMessage(
          field,
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR,
              Pages.format(violation.messageKey(), violation.arguments(policy)),
              null));
    }
  }
}
