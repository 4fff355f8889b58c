package ca.qc.portail.web.session;

import ca.qc.portail.security.RequestOrigin;
import ca.qc.portail.selfservice.SelfService;
import ca.qc.portail.web.security.RequestOriginFilter;
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
  @Inject private CurrentUser currentUser;
  @Inject private SelfService self;
  @Inject private RequestOrigin origin;

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
      response.sendRedirect(
          sameSitePath(request.getRequestURI()) + (rest.isEmpty() ? "" : "?" + rest));
      return;
    }
    if (language.isChosen()
        && currentUser.isSignedIn()
        && request.getUserPrincipal() != null
        && !language.getTag().equals(currentUser.getUser().language())) {
      // The language chosen with the switch, before or after login, is the person's e-mail
      // language from now on (R-J6). The order of annotated filters is not defined, so the
      // request's address is noted here too, for the audit record.
      RequestOriginFilter.note(request, origin);
      self.preferLanguage(language.getTag());
      currentUser.languageRecorded(language.getTag());
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

  /**
   * The request's path as a path on this site: {@code //evil.example/x} (or with backslashes, which
   * browsers read as slashes) would be an address on another site in a {@code Location} header.
   */
  static String sameSitePath(String requestUri) {
    return "/" + requestUri.replaceFirst("^[/\\\\]+", "");
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
