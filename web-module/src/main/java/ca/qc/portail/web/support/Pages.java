package ca.qc.portail.web.support;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ResourceBundle;
import java.util.Set;

/** Small helpers every backing bean needs: translated messages and the request. */
public final class Pages {
  private Pages() {}

  public static String text(String key) {
    FacesContext faces = FacesContext.getCurrentInstance();
    return ResourceBundle.getBundle(
            "ca.qc.portail.web.messages",
            faces.getViewRoot().getLocale(),
            Thread.currentThread().getContextClassLoader())
        .getString(key);
  }

  /** A translated text with its {0}, {1}… filled in. */
  public static String format(String key, Object... arguments) {
    return new java.text.MessageFormat(
            text(key), FacesContext.getCurrentInstance().getViewRoot().getLocale())
        .format(arguments);
  }

  /**
   * The messages that send a person to the support team or the central security group: a page
   * showing one also shows the link to *Nous joindre* (issue 13, point 1).
   */
  public static final Set<String> SUPPORT_KEYS =
      Set.of(
          "login.refused.EXPIRED",
          "login.refused.INACTIVE",
          "inscription.refused",
          "file.date.ownExtension",
          "file.reactivation.inactiveTooLong");

  /** The request attribute telling the page to show the *Nous joindre* link. */
  public static final String SUPPORT_REFERRED = "supportReferred";

  /** Adds a translated message; {@code clientId} null makes it a page-level message. */
  public static void message(String clientId, FacesMessage.Severity severity, String key) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(clientId, new FacesMessage(severity, text(key), null));
    if (SUPPORT_KEYS.contains(key)) {
      faces.getExternalContext().getRequestMap().put(SUPPORT_REFERRED, Boolean.TRUE);
    }
  }

  public static HttpServletRequest request() {
    return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
  }
}
