package ca.qc.portail.selfservice;

import ca.qc.portail.account.DeactivationReason;
import ca.qc.portail.account.DeactivationViolation;
import ca.qc.portail.account.Roles;
import ca.qc.portail.password.PasswordPolicy;
import ca.qc.portail.password.PasswordRules;
import ca.qc.portail.security.AccessRefusedException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/**
 * *Gestion de votre authentification* (R-M1) for the signed-in caller: *Modifier votre mot de
 * passe* (R-P1, R-P3, R-P5) and *Désactiver votre code d'utilisateur* (R-D1–R-D3). The caller is
 * always the container's principal, never an identifier from the request; the rules are in {@link
 * SelfCare}.
 *
 * <p>Only partner users (at least one profile) are served, as only they see the section; ministry
 * agents are refused server-side, the attempt audited ({@link AccessRefusedException}).
 */
@Stateless
@RolesAllowed(Roles.SIGNED_IN)
public class SelfService {

  @Resource private SessionContext context;
  @Inject private SelfCare care;
  @Inject private PasswordRules rules;

  /**
   * Throws {@link AccessRefusedException}, the attempt audited, when the caller's menu does not
   * show *Gestion de votre authentification* (R-M1); {@code page} names the page in the audit.
   */
  public void checkAccess(String page, String clientAddress) {
    care.checkAccess(callerId(), clientAddress, page);
  }

  /** Changes the caller's password; see {@link SelfCare#changePassword}. */
  public PasswordChange changePassword(
      String current, String newPassword, String confirmation, String clientAddress) {
    return care.changePassword(callerId(), current, newPassword, confirmation, clientAddress);
  }

  /** Step one of R-D1: what the page must show before asking for confirmation; changes nothing. */
  public List<DeactivationViolation> checkDeactivation(
      String password, DeactivationReason reason, String otherReason, String clientAddress) {
    return care.checkDeactivation(callerId(), password, reason, otherReason, clientAddress);
  }

  /** Deactivates the caller's own account (R-D1–R-D3); empty when done. */
  public List<DeactivationViolation> deactivateSelf(
      String password, DeactivationReason reason, String otherReason, String clientAddress) {
    return care.deactivate(callerId(), password, reason, otherReason, clientAddress);
  }

  /**
   * Records the language the caller chose with the *English* / *Français* switch, so that the
   * e-mails the portal sends them later (R-J6) are in that language. Any signed-in person may.
   */
  public void preferLanguage(String tag, String clientAddress) {
    care.preferLanguage(callerId(), tag, clientAddress);
  }

  /** The deployment's password policy (R-P1), for the criteria the page lists. */
  public PasswordPolicy passwordPolicy() {
    return rules.policy();
  }

  private long callerId() {
    try {
      return Long.parseLong(context.getCallerPrincipal().getName());
    } catch (NumberFormatException e) {
      throw new AccessRefusedException("Unknown caller");
    }
  }
}
