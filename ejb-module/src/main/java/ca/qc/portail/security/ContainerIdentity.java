package ca.qc.portail.security;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import java.security.Principal;
import java.util.Optional;

/**
 * The caller as the container knows it: the principal the login set (the account's identifier, see
 * the web tier's authentication mechanism) and the address of the request, which the web tier hands
 * to {@link RequestOrigin} as each request begins.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ContainerIdentity implements CallerIdentity {

  @Resource private SessionContext context;
  @Inject private RequestOrigin origin;

  @Override
  public Optional<Long> accountId() {
    Principal principal = context.getCallerPrincipal();
    if (principal == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Long.parseLong(principal.getName()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  @Override
  public String address() {
    try {
      return origin.address();
    } catch (ContextNotActiveException e) {
      return null;
    }
  }
}
