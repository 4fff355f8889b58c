package ca.qc.portail.web.security;

import ca.qc.portail.security.RequestOrigin;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Tells the services where the request comes from ({@link RequestOrigin}), so none of them takes an
 * address as an argument. What runs before any filter — the authentication mechanism, the page of a
 * refusal the container made — calls {@link #note} itself. Behind a trusted proxy ({@link
 * TrustedProxies}, Deliver 4 of issue 12) the address is the client's, and the rest of the chain
 * sees the client's address and scheme as the request's own.
 */
@WebFilter(
    urlPatterns = "/*",
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class RequestOriginFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  @Inject private RequestOrigin origin;

  /** A malformed {@code TRUSTED_PROXIES} stops the deployment, naming the wrong entry. */
  @Override
  public void init() {
    TrustedProxies.configured();
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    note(request, origin);
    TrustedProxies proxies = TrustedProxies.configured();
    if (!proxies.trusts(request.getRemoteAddr())) {
      chain.doFilter(request, response);
      return;
    }
    String client = proxies.clientAddress(request);
    String scheme = proxies.scheme(request);
    chain.doFilter(
        new HttpServletRequestWrapper(request) {
          @Override
          public String getRemoteAddr() {
            return client;
          }

          @Override
          public String getRemoteHost() {
            return client;
          }

          @Override
          public String getScheme() {
            return scheme;
          }

          @Override
          public boolean isSecure() {
            return "https".equals(scheme);
          }
        },
        response);
  }

  /**
   * Records the request's client address, as the audit will show it: behind a trusted proxy, the
   * client's ({@link TrustedProxies}).
   */
  public static void note(HttpServletRequest request, RequestOrigin origin) {
    origin.address(TrustedProxies.configured().clientAddress(request));
  }
}
