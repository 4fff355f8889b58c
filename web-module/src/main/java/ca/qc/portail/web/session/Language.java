package ca.qc.portail.web.session;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The page language: French unless the person chose English with the switch shown on every page (a
 * {@code ?lang=} link handled by {@link LanguageFilter}).
 */
@Named
@SessionScoped
public class Language implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final Locale FRENCH = Locale.CANADA_FRENCH;
  public static final Locale ENGLISH = Locale.CANADA;

  private Locale locale = FRENCH;
  private boolean chosen;

  public Locale getLocale() {
    return locale;
  }

  /** The BCP 47 tag for the {@code lang} attribute. */
  public String getTag() {
    return isEnglish() ? "en" : "fr";
  }

  /** The tag of the other language, which the switch offers. */
  public String getOtherTag() {
    return isEnglish() ? "fr" : "en";
  }

  public boolean isEnglish() {
    return locale.getLanguage().equals("en");
  }

  /**
   * The address of the switch: this page, its parameters but {@code lang}, and {@code lang} set to
   * the other language. After a form's post the address has no parameters left: the page's view
   * parameters (a project's identifier, say) are put back from their current values.
   */
  public String getSwitchLink() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces.isPostback()) {
      return faces
          .getApplication()
          .getViewHandler()
          .getBookmarkableURL(
              faces, faces.getViewRoot().getViewId(), Map.of("lang", List.of(getOtherTag())), true);
    }
    HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
    String query = LanguageFilter.withoutLang(request.getQueryString());
    return request.getRequestURI()
        + "?"
        + (query.isEmpty() ? "" : query + "&")
        + "lang="
        + getOtherTag();
  }

  void choose(String tag) {
    locale = "en".equals(tag) ? ENGLISH : FRENCH;
    chosen = true;
  }

  /** Whether the person used the switch in this session. */
  public boolean isChosen() {
    return chosen;
  }

  /**
   * At login, the language the person chose in an earlier session, unless they already chose one in
   * this session (which {@link LanguageFilter} then records as their language).
   */
  public void adopt(String tag) {
    if (!chosen) {
      locale = "en".equals(tag) ? ENGLISH : FRENCH;
    }
  }
}
