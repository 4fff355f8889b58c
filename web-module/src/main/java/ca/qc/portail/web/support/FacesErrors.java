package ca.qc.portail.web.support;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.util.Iterator;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What a person sees when a Faces request fails (finding #14 of issue 12). An expired or forged
 * view state — the session ended, or the page was not one this server gave — leads to *Session
 * expirée*, AJAX or not. Any other failure of an AJAX request leads to the error page, as a full
 * page would: Faces' own answer names the exception's class in its partial response. The failure is
 * logged with a reference; a non-AJAX failure goes on to the container's error page (web.xml).
 * Registered in faces-config.xml.
 */
public class FacesErrors extends ExceptionHandlerFactory {

  public static final String EXPIRED_PAGE = "/session-expiree.xhtml";
  public static final String ERROR_PAGE = "/erreur.xhtml";

  private static final Logger LOG = Logger.getLogger(FacesErrors.class.getName());

  public FacesErrors(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new Handler(getWrapped().getExceptionHandler());
  }

  /** Whether {@code failure} or one of its causes is an expired (or unknown) view state. */
  static boolean viewExpired(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ViewExpiredException) {
        return true;
      }
    }
    return false;
  }

  private static final class Handler extends ExceptionHandlerWrapper {

    Handler(ExceptionHandler wrapped) {
      super(wrapped);
    }

    @Override
    public void handle() {
      FacesContext faces = FacesContext.getCurrentInstance();
      Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
      while (events.hasNext()) {
        Throwable failure = events.next().getContext().getException();
        ExternalContext external = faces.getExternalContext();
        boolean ajax = faces.getPartialViewContext().isAjaxRequest();
        String page;
        if (viewExpired(failure)) {
          page = EXPIRED_PAGE;
        } else if (ajax) {
          String reference = UUID.randomUUID().toString();
          LOG.log(Level.SEVERE, "AJAX request failed, reference " + reference, failure);
          page = ERROR_PAGE;
        } else {
          continue;
        }
        if (external.isResponseCommitted()) {
          continue;
        }
        try {
          events.remove();
          if (ajax) {
            faces.getPartialViewContext().setRenderAll(false);
          }
          external.redirect(external.getRequestContextPath() + page);
          faces.responseComplete();
        } catch (IOException e) {
          LOG.log(Level.WARNING, "Could not lead to " + page, e);
        }
        // One page to lead to; the other failures of the request are the same failure.
        while (events.hasNext()) {
          events.next();
          events.remove();
        }
        break;
      }
      getWrapped().handle();
    }
  }
}
