package ca.qc.portail.web.operations;

import ca.qc.portail.batch.operations.ExecutionView;
import ca.qc.portail.batch.operations.JobView;
import ca.qc.portail.batch.operations.OperationRefused;
import ca.qc.portail.batch.operations.Operations;
import ca.qc.portail.web.support.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The operations console (role OPERATEUR): every job with its schedule, next run and latest
 * executions (status, times, step counts, exit status), and the operator's actions on them, all
 * through {@link Operations} (which checks the role again and audits every action). Request-scoped:
 * each request reads the jobs afresh, so the page always shows the repository as it is.
 */
@Named
@RequestScoped
public class OperationsConsole {
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  static final int EXECUTIONS_PER_JOB = 10;

  @Inject private Operations operations;
  @Inject private Clock clock;

  private List<JobView> jobs;
  private List<String> parameterNames;

  /** The start form's fields, per job: parameter name → value. */
  private final Map<String, Map<String, String>> parameters = new HashMap<>();

  @PostConstruct
  void load() {
    jobs = operations.jobs(EXECUTIONS_PER_JOB);
    parameterNames = operations.parameterNames();
    for (JobView job : jobs) {
      parameters.computeIfAbsent(job.name(), k -> new LinkedHashMap<>());
    }
  }

  public List<JobView> getJobs() {
    return jobs;
  }

  public Map<String, Map<String, String>> getParameters() {
    return parameters;
  }

  /** The start form's fields (the rehearsal ones only with {@code jobs.faultInjection=true}). */
  public List<String> getParameterNames() {
    return parameterNames;
  }

  /** How to read a schedule setting, with the time zone the schedules run in. */
  public String getScheduleHint() {
    return Pages.format("operations.schedule.hint", clock.getZone().getId());
  }

  /** *Démarrer maintenant*. */
  public void start(String job) {
    act(
        () -> {
          long id = operations.start(job, parameters.getOrDefault(job, Map.of()));
          info("operations.started", Pages.text("job." + job), id);
        });
  }

  public void stop(long execution) {
    act(
        () -> {
          operations.stop(execution);
          info("operations.stopped", execution);
        });
  }

  public void restart(long execution) {
    act(
        () -> {
          long id = operations.restart(execution);
          info("operations.restarted", execution, id);
        });
  }

  public void abandon(long execution) {
    act(
        () -> {
          operations.abandon(execution);
          info("operations.abandoned", execution);
        });
  }

  public void markFailed(long execution) {
    act(
        () -> {
          operations.markFailed(execution);
          info("operations.markedFailed", execution);
        });
  }

  /** *Actualiser*. */
  public void refresh() {
    jobs = operations.jobs(EXECUTIONS_PER_JOB);
  }

  private void act(Runnable action) {
    try {
      action.run();
    } catch (OperationRefused e) {
      Pages.message(null, FacesMessage.SEVERITY_ERROR, "operations.refused." + e.key());
    }
    refresh();
  }

  private static void info(String key, Object... arguments) {
    FacesContext.getCurrentInstance()
        .addMessage(
            null, new FacesMessage(FacesMessage.SEVERITY_INFO, Pages.format(key, arguments), null));
  }

  public String when(Instant instant) {
    return instant == null ? "—" : WHEN.format(instant.atZone(clock.getZone()));
  }

  public String duration(ExecutionView execution) {
    Duration d = execution.duration();
    if (d == null) {
      return "—";
    }
    long seconds = d.toSeconds();
    return seconds < 60
        ? String.format(
            FacesContext.getCurrentInstance().getViewRoot().getLocale(),
            "%.1f s",
            d.toMillis() / 1000.0)
        : String.format("%d min %02d s", seconds / 60, seconds % 60);
  }
}
