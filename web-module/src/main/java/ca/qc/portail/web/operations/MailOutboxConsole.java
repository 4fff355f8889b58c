package ca.qc.portail.web.operations;

import ca.qc.portail.batch.operations.OperationRefused;
import ca.qc.portail.batch.operations.Operations;
import ca.qc.portail.batch.operations.OutboxView;
import ca.qc.portail.notification.OutboxState;
import ca.qc.portail.web.support.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * The mail outbox on the operations console (R-J6): counts by state, the e-mails that failed after
 * their last attempt (with *Réessayer*) and those waiting.
 */
@Named
@RequestScoped
public class MailOutboxConsole {
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private static final int MAX = 200;

  @Inject private Operations operations;
  @Inject private Clock clock;

  private Map<OutboxState, Long> counts;
  private List<OutboxView> failed;
  private List<OutboxView> waiting;

  @PostConstruct
  void load() {
    counts = operations.outboxCounts();
    failed = operations.outbox(OutboxState.ECHEC, MAX);
    waiting = operations.outbox(OutboxState.EN_ATTENTE, MAX);
  }

  public void retry(long id) {
    try {
      operations.retryMail(id);
      FacesContext.getCurrentInstance()
          .addMessage(
              null,
              new FacesMessage(
                  FacesMessage.SEVERITY_INFO, Pages.format("outbox.retried", id), null));
    } catch (OperationRefused e) {
      Pages.message(null, FacesMessage.SEVERITY_ERROR, "operations.refused." + e.key());
    }
    load();
  }

  public List<OutboxState> getStates() {
    return List.of(OutboxState.values());
  }

  public Map<OutboxState, Long> getCounts() {
    return counts;
  }

  public List<OutboxView> getFailed() {
    return failed;
  }

  public List<OutboxView> getWaiting() {
    return waiting;
  }

  public String when(Instant instant) {
    return instant == null ? "—" : WHEN.format(instant.atZone(clock.getZone()));
  }
}
