package ca.qc.portail.web.session;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Handles the language switch: a GET with {@code lang=fr} or {@code lang=en} records the choice for
 * the session and redirects to the same address without the parameter.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class LanguageFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  @Inject private Language language;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    // Read from the query string only: reading a parameter here would decode a form's body before
    // the request's character encoding is set.
    String lang = "GET".equals(request.getMethod()) ? langOf(request.getQueryString()) : null;
    if ("fr".equals(lang) || "en".equals(lang)) {
      language.choose(lang);
      String rest = withoutLang(request.getQueryString());
      response.sendRedirect(request.getRequestURI() + (rest.isEmpty() ? "" : "?" + rest));
      return;
    }
    chain.doFilter(request, response);
  }

  static String langOf(String query) {
    if (query == null) {
      return null;
    }
    return Arrays.stream(query.split("&"))
        .filter(p -> p.startsWith("lang="))
        .map(p -> p.substring("lang=".length()))
        .findFirst()
        .orElse(null);
  }

  /** A query string without its {@code lang} parameter; empty when nothing else is left. */
  static String withoutLang(String query) {
    return query == null
        ? ""
        : Arrays.stream(query.split("&"))
            .filter(p -> !p.isEmpty() && !p.startsWith("lang="))
            .collect(Collectors.joining("&"));
  }
}
