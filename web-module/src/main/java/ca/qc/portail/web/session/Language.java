package ca.qc.portail.web.session;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The page language: French unless the person chose English with the switch shown on every page
 * ({@link LanguageSwitch}, a POST). Read at each request, without opening a session (finding #14 of
 * issue 12): a signed-in person's recorded language, otherwise the choice the switch left in the
 * {@code PORTAIL_LANGUE} cookie. A GET with {@code ?lang=fr} or {@code ?lang=en} shows that one
 * page in that language and records nothing (finding #9).
 */
@Named
@RequestScoped
public class Language {

  public static final Locale FRENCH = Locale.CANADA_FRENCH;
  public static final Locale ENGLISH = Locale.CANADA;

  @Inject private HttpServletRequest request;
  @Inject private CurrentUser currentUser;

  private String tag;

  @PostConstruct
  void resolve() {
    String signedIn =
        request.getSession(false) != null && currentUser.isSignedIn()
            ? currentUser.getUser().language()
            : null;
    tag =
        resolve(
            request.getMethod(),
            langOf(request.getQueryString()),
            signedIn,
            CookieNames.valueOf(request, CookieNames.LANGUAGE));
  }

  /**
   * The language of a response: a GET's {@code lang} parameter for that page alone, then the
   * signed-in person's recorded language, then the switch's cookie, then French.
   */
  static String resolve(String method, String queryLang, String signedInLang, String cookieLang) {
    if ("GET".equals(method) && supported(queryLang)) {
      return queryLang;
    }
    if (supported(signedInLang)) {
      return signedInLang;
    }
    return supported(cookieLang) ? cookieLang : "fr";
  }

  static boolean supported(String tag) {
    return "fr".equals(tag) || "en".equals(tag);
  }

  public Locale getLocale() {
    return isEnglish() ? ENGLISH : FRENCH;
  }

  /** The BCP 47 tag for the {@code lang} attribute. */
  public String getTag() {
    return tag;
  }

  /** The tag of the other language, which the switch offers. */
  public String getOtherTag() {
    return isEnglish() ? "fr" : "en";
  }

  public boolean isEnglish() {
    return "en".equals(tag);
  }

  /** The language the switch chose in this browser session, if it was used. */
  public String chosen() {
    String cookie = CookieNames.valueOf(request, CookieNames.LANGUAGE);
    return supported(cookie) ? cookie : null;
  }

  /**
   * Where the switch comes back to: this page with its parameters but {@code lang}. After a form's
   * post the address has no parameters left: the page's view parameters (a project's identifier,
   * say) are put back from their current values. On an error page, the address that failed.
   */
  public String getReturnPath() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces.isPostback()) {
      return faces
          .getApplication()
          .getViewHandler()
          .getBookmarkableURL(faces, faces.getViewRoot().getViewId(), Map.of(), true);
    }
    Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String uri = failed instanceof String s ? s : request.getRequestURI();
    String query =
        failed instanceof String
            ? (String) request.getAttribute("jakarta.servlet.error.query_string")
            : request.getQueryString();
    String rest = withoutLang(query);
    return uri + (rest.isEmpty() ? "" : "?" + rest);
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
