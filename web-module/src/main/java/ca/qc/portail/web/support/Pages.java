package ca.qc.portail.web.support;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ResourceBundle;

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

  /** Adds a translated message; {@code clientId} null makes it a page-level message. */
  public static void message(String clientId, FacesMessage.Severity severity, String key) {
    FacesContext.getCurrentInstance()
        .addMessage(clientId, new FacesMessage(severity, text(key), null));
  }

  public static HttpServletRequest request() {
    return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
  }
}
