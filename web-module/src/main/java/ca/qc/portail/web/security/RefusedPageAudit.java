package ca.qc.portail.web.security;

import ca.qc.portail.security.Callers;
import ca.qc.portail.security.RequestOrigin;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * R-S1, R-U1: the container refuses a restricted section's page (403) to a signed-in person without
 * its roles before any service is called, so nothing would record the attempt; on the way to the
 * *Accès refusé* page this audits it. A 403 sent by a page whose caller has the section's roles
 * comes from a service, which has audited it already.
 */
@WebFilter(urlPatterns = "/acces-refuse.xhtml", dispatcherTypes = DispatcherType.ERROR)
public class RefusedPageAudit extends HttpFilter {
  private static final long serialVersionUID = 1L;

  @Inject private Callers callers;
  @Inject private RequestOrigin origin;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String page = page(request);
    Set<String> roles = RestrictedSections.rolesFor(page).orElse(Set.of());
    if (!roles.isEmpty() && roles.stream().noneMatch(request::isUserInRole)) {
      RequestOriginFilter.note(request, origin);
      callers.pageRefused(page);
    }
    chain.doFilter(request, response);
  }

  /** The refused page's address within the application. */
  private static String page(HttpServletRequest request) {
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    if (!(uri instanceof String address)) {
      return null;
    }
    String context = request.getContextPath();
    return address.startsWith(context) ? address.substring(context.length()) : address;
  }
}
