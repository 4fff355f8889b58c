package ca.qc.portail.web.support;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * A section's folder address ({@code /app/operations/}, the address the README gives, {@code
 * /app/central/}, {@code /app/echange/}…) opens the section's first page instead of answering *Page
 * introuvable* (issue 13, point 8). The container checks the folder's roles before any filter runs,
 * so a person without them is still refused, and audited, as for the page itself.
 */
@WebFilter(urlPatterns = {"/app/*", "/dev/*"})
public class SectionFolders extends HttpFilter {
  private static final long serialVersionUID = 1L;

  /** Each folder (without its last slash) → its first page. */
  static final Map<String, String> FIRST_PAGES =
      Map.of(
          "/app", "/app/accueil.xhtml",
          "/app/securite", "/app/securite/organisme.xhtml",
          "/app/central", "/app/central/index.xhtml",
          "/app/echange", "/app/echange/index.xhtml",
          "/app/echange/admin", "/app/echange/admin/index.xhtml",
          "/app/operations", "/app/operations/index.xhtml",
          "/dev", "/dev/courriels.xhtml");

  /** The first page of the folder {@code path} names (with or without its last slash), if any. */
  static Optional<String> firstPage(String path) {
    String folder = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    return Optional.ofNullable(FIRST_PAGES.get(folder));
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    Optional<String> page = "GET".equals(request.getMethod()) ? firstPage(path) : Optional.empty();
    if (page.isPresent()) {
      response.sendRedirect(request.getContextPath() + page.get());
      return;
    }
    chain.doFilter(request, response);
  }
}
