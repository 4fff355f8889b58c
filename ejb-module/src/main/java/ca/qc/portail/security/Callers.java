package ca.qc.portail.security;

import ca.qc.portail.account.Accounts;
import ca.qc.portail.account.UserAccount;
import ca.qc.portail.audit.AuditAction;
import ca.qc.portail.audit.AuditLog;
import ca.qc.portail.audit.AuditOutcome;
import ca.qc.portail.audit.AuditRecord;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Who is calling, for the services of the officers and of central (R-S1, R-U1): always the
 * container's principal, never an identifier from the request. An anonymous caller is audited
 * before being refused, and so is a restricted page that the web tier refuses before any service is
 * called. The services that use it are {@code @PermitAll} on purpose: a {@code @RolesAllowed}
 * refusal would leave no trace.
 */
@Stateless
@PermitAll
public class Callers {

  /** The actor of the records of callers without a session. */
  public static final String ANONYMOUS = "anonyme";

  /** The longest page address recorded (the address comes from the browser). */
  static final int MAX_PAGE_LENGTH = 300;

  @Resource private SessionContext context;
  @Inject private Accounts accounts;
  @Inject private AuditLog audit;

  /**
   * The signed-in caller's account identifier; an anonymous caller is audited as an attempt on
   * {@code section}, then refused with {@link AccessRefusedException}.
   */
  public long signedIn(String section, String clientAddress) {
    Optional<Long> id = principalId();
    if (id.isEmpty()) {
      audit.write(
          AuditRecord.of(AuditAction.ACCESS_REFUSED, AuditOutcome.REFUSED)
              .by(ANONYMOUS, null)
              .from(clientAddress)
              .detail(section + " : appelant non authentifié"));
      throw new AccessRefusedException("Anonymous caller");
    }
    return id.get();
  }

  /** Records that the web tier refused {@code page} to the caller (signed in or not). */
  public void pageRefused(String page, String clientAddress) {
    String shown =
        page == null || page.length() <= MAX_PAGE_LENGTH
            ? page
            : page.substring(0, MAX_PAGE_LENGTH) + "…";
    AuditRecord record =
        AuditRecord.of(AuditAction.ACCESS_REFUSED, AuditOutcome.REFUSED)
            .from(clientAddress)
            .detail("Page refusée : " + shown);
    Optional<UserAccount> caller = principalId().flatMap(accounts::find);
    if (caller.isPresent()) {
      UserAccount account = caller.get();
      record.by(account.loginName(), account.getId()).on(account.getId(), account.partnerId());
    } else {
      record.by(ANONYMOUS, null);
    }
    audit.write(record);
  }

  private Optional<Long> principalId() {
    String name =
        context.getCallerPrincipal() == null ? null : context.getCallerPrincipal().getName();
    try {
      return Optional.of(Long.parseLong(name));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
