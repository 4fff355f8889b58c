package ca.qc.portail.web.support;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Iterator;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.primefaces.csp.CspException;

/**
 * What a person sees when a Faces request fails (finding #14 of issue 12). An expired or forged
 * view state — the session ended, or the page was not one this server gave — leads to *Session
 * expirée*, AJAX or not. Any other failure of an AJAX request leads to the error page, as a full
 * page would: Faces' own answer names the exception's class in its partial response. The failure is
 * logged with a reference; a non-AJAX failure goes on to the container's error page (web.xml). A
 * form posted without the script nonce of the page it came from (which every form of this portal
 * carries, {@link NonceForms}) was not sent by one of its pages: 400 and the error page, one line
 * in the log, no stack trace. Registered in faces-config.xml.
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
    return cause(failure, ViewExpiredException.class) != null;
  }

  /** {@code failure} or its first cause of {@code type}, or null. */
  static <T extends Throwable> T cause(Throwable failure, Class<T> type) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
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
        CspException nonce = cause(failure, CspException.class);
        String page;
        if (viewExpired(failure)) {
          page = EXPIRED_PAGE;
        } else if (nonce != null) {
          LOG.info(
              () ->
                  "Form refused: "
                      + nonce.getMessage()
                      + " ("
                      + external.getRequestServletPath()
                      + ")");
          if (!ajax) {
            refuse(faces, events);
            break;
          }
          page = ERROR_PAGE;
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
        dropRest(events);
        break;
      }
      getWrapped().handle();
    }

    /** Answers 400 with the error page (web.xml) and drops the request's other failures. */
    private static void refuse(FacesContext faces, Iterator<ExceptionQueuedEvent> events) {
      events.remove();
      dropRest(events);
      ExternalContext external = faces.getExternalContext();
      if (!external.isResponseCommitted()) {
        try {
          external.responseReset();
          external.responseSendError(HttpServletResponse.SC_BAD_REQUEST, null);
        } catch (IOException e) {
          LOG.log(Level.WARNING, "Could not refuse the form", e);
        }
      }
      faces.responseComplete();
    }

    /** Removes the failures after the current one: the same failure, already answered. */
    private static void dropRest(Iterator<ExceptionQueuedEvent> events) {
      while (events.hasNext()) {
        events.next();
        events.remove();
      }
    }
  }
}
