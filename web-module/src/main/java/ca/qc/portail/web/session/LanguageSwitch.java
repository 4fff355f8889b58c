package ca.qc.portail.web.session;

import ca.qc.portail.security.RequestOrigin;
import ca.qc.portail.selfservice.SelfService;
import ca.qc.portail.web.security.RequestOriginFilter;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The *English* / *Français* switch of every page: a form's POST (finding #9 of issue 12: no GET
 * changes anything), from this site only ({@code SameOriginFilter}). The choice is kept for the
 * browser session in the {@code PORTAIL_LANGUE} cookie — no server session is opened for it — and,
 * for a signed-in person, recorded as the language of their e-mails and next logins (R-J6). The
 * browser is sent back to the page it came from, only ever a path of this site (finding #2).
 */
@WebServlet(urlPatterns = LanguageSwitch.PATH)
public class LanguageSwitch extends HttpServlet {
  private static final long serialVersionUID = 1L;

  public static final String PATH = "/langue";

  @Inject private CookieNames cookies;
  @Inject private CurrentUser currentUser;
  @Inject private SelfService self;
  @Inject private RequestOrigin origin;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String tag = request.getParameter("lang");
    if (!Language.supported(tag)) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    response.addCookie(cookies.sessionCookie(CookieNames.LANGUAGE, tag));
    if (signedIn(request) && !tag.equals(currentUser.getUser().language())) {
      RequestOriginFilter.note(request, origin);
      self.preferLanguage(tag);
      currentUser.languageRecorded(tag);
    }
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader("Location", sameSitePath(request.getParameter("retour")));
  }

  private boolean signedIn(HttpServletRequest request) {
    return request.getUserPrincipal() != null
        && request.getSession(false) != null
        && currentUser.isSignedIn()
        && currentUser.holdsKey(CookieNames.valueOf(request, cookies.key()));
  }

  /**
   * The page to go back to, as a path on this site: {@code //evil.example/x} (or with backslashes,
   * which browsers read as slashes) would be an address on another site in a {@code Location}
   * header, and control characters could split the header. Anything else leads to the site's root.
   */
  static String sameSitePath(String path) {
    if (path == null || path.isEmpty() || path.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      return "/";
    }
    return "/" + path.replaceFirst("^[/\\\\]+", "").replace('\\', '/');
  }
}
