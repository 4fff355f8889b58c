package ca.qc.portail.web.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.inject.Named;
import java.util.Set;

/**
 * The public pages keep no view state, so reading them opens no session (finding #14 of issue 12):
 * the login page, the forgotten-password page and the pages shown on errors. Their views are made
 * transient as soon as they are created or restored — before PrimeFaces, preparing the render,
 * would keep its script nonce in the view's map, which lives in the session. Their forms (the
 * login, the logout of an error page) carry no view state to protect them against another site:
 * {@code SameOriginFilter} does. Registered in faces-config.xml; the template's {@code f:view}
 * declares the same views transient (as {@code #{statelessViews.isStateless(view.viewId)}}), which
 * Faces requires before it accepts a stateless postback.
 */
@Named
@ApplicationScoped
public class StatelessViews implements PhaseListener {
  private static final long serialVersionUID = 1L;

  static final Set<String> VIEW_IDS =
      Set.of(
          "/connexion.xhtml",
          "/mot-de-passe-oublie.xhtml",
          "/desactive.xhtml",
          "/erreur.xhtml",
          "/introuvable.xhtml",
          "/session-expiree.xhtml",
          "/acces-refuse.xhtml");

  /** Whether the view {@code viewId} keeps no state. */
  public boolean isStateless(String viewId) {
    return VIEW_IDS.contains(viewId);
  }

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.RESTORE_VIEW;
  }

  @Override
  public void afterPhase(PhaseEvent event) {
    UIViewRoot root = event.getFacesContext().getViewRoot();
    if (root != null && VIEW_IDS.contains(root.getViewId())) {
      root.setTransient(true);
    }
  }

  @Override
  public void beforePhase(PhaseEvent event) {}
}
