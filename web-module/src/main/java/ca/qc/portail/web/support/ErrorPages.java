package ca.qc.portail.web.support;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

/**
 * An error page is shown as a page read afresh (finding #14 of issue 12): the ERROR dispatch of a
 * failed form post still carries that post's method, fields and view state, which would make Faces
 * take the error page for a postback of it — restoring another page's state (an expired one:
 * *Session expirée* instead of the error), or failing on the missing script nonce. Mapped in
 * web.xml to the ERROR dispatch only.
 */
public class ErrorPages extends HttpFilter {
  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    chain.doFilter(new AsRead(request), response);
  }

  private static final class AsRead extends HttpServletRequestWrapper {
    AsRead(HttpServletRequest request) {
      super(request);
    }

    @Override
    public String getMethod() {
      return "GET";
    }

    @Override
    public String getHeader(String name) {
      return "Faces-Request".equalsIgnoreCase(name) ? null : super.getHeader(name);
    }

    @Override
    public String getParameter(String name) {
      return null;
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      return Map.of();
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return Collections.emptyEnumeration();
    }

    @Override
    public String[] getParameterValues(String name) {
      return null;
    }

    @Override
    public String getQueryString() {
      return null;
    }
  }
}
