package ca.qc.portail.web.password;

import ca.qc.portail.password.PasswordPolicy;
import ca.qc.portail.password.PasswordViolation;
import ca.qc.portail.web.support.Pages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * What every page that sets a password shows the same way (R-P1): the policy's criteria under the
 * fields, and each unmet criterion at its field — the confirmation's at the confirmation, R-P3's at
 * the top of the form, the others at the new password.
 */
public final class PasswordForms {
  private PasswordForms() {}

  /**
   * The criteria of the deployment's policy, as the seeds list them. A policy without composition
   * rule (NIST, issue 12 finding 15) says so, so that people know a passphrase will do.
   */
  public static List<String> criteria(PasswordPolicy policy) {
    return criteria(policy, FacesContext.getCurrentInstance().getViewRoot().getLocale());
  }

  /** {@link #criteria(PasswordPolicy)} in the given language. */
  static List<String> criteria(PasswordPolicy policy, Locale locale) {
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            "ca.qc.portail.web.messages", locale, PasswordForms.class.getClassLoader());
    List<String> criteria = new ArrayList<>();
    criteria.add(
        new MessageFormat(bundle.getString("password.criterion.minLength"), locale)
            .format(new Object[] {policy.minLength()}));
    if (policy.special()) {
      criteria.add(bundle.getString("password.criterion.special"));
    }
    if (policy.lowercase()) {
      criteria.add(bundle.getString("password.criterion.lowercase"));
    }
    if (policy.uppercase()) {
      criteria.add(bundle.getString("password.criterion.uppercase"));
    }
    if (policy.digit()) {
      criteria.add(bundle.getString("password.criterion.digit"));
    }
    if (!policy.hasCompositionRule()) {
      criteria.add(bundle.getString("password.criterion.noComposition"));
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
