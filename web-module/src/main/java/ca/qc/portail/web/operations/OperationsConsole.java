package ca.qc.portail.web.operations;

import ca.qc.portail.batch.operations.ExecutionView;
import ca.qc.portail.batch.operations.JobView;
import ca.qc.portail.batch.operations.OperationRefused;
import ca.qc.portail.batch.operations.Operations;
import ca.qc.portail.web.support.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Set;

/**
 * The operations console (role OPERATEUR): every job with its schedule, next run and latest
 * executions (status, times, step counts, exit status), and the operator's actions on them, all
 * through {@link Operations} (which checks the role again and audits every action). View-scoped: a
 * button acts on the execution of the row it was shown in, even when executions began between the
 * page's display and the click (Faces finds a clicked button by its row, so a list read afresh at
 * the postback could put another execution at that row). Opening the page, *Actualiser* and every
 * action read the jobs afresh.
 */
@Named
@ViewScoped
public class OperationsConsole implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  static final int EXECUTIONS_PER_JOB = 10;

  @Inject private Operations operations;

  /** Through Instance: the Clock itself cannot be kept with a passivating (view-scoped) bean. */
  @Inject private Instance<Clock> clock;

  private List<JobView> jobs;
  private List<String> parameterNames;

  /** The start form's fields, per job: parameter name → value. */
  private final Map<String, Map<String, String>> parameters = new HashMap<>();

  /** The start form's refused fields at this request, per job: parameter name → message. */
  private final Map<String, Map<String, String>> fieldErrors = new HashMap<>();

  private static final Set<String> KNOWN_EXIT_STATUSES = Set.of("BUSY");

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

  /**
   * A job's schedule in words in the reader's language ("Tous les jours à 1 h 30"), from its
   * setting; the setting itself only for a shape {@link ScheduleWords} does not say.
   */
  public String schedule(JobView job) {
    if ("off".equals(job.schedule())) {
      return Pages.text("operations.schedule.off");
    }
    return ScheduleWords.of(job.schedule(), locale());
  }

  /** The time zone the schedules and times are in, named in the reader's language. */
  public String getZone() {
    return Pages.format(
        "operations.schedule.zone", clock.get().getZone().getDisplayName(TextStyle.FULL, locale()));
  }

  /** A batch status (COMPLETED…) in the reader's language. */
  public String status(String status) {
    return Pages.text("operations.status." + status);
  }

  /**
   * An execution's exit status when it says more than its status: a known one (BUSY) in words, an
   * error as it was recorded; nothing when it only repeats the status.
   */
  public String exitStatus(String status, String exitStatus) {
    if (exitStatus == null || exitStatus.isBlank() || exitStatus.equals(status)) {
      return "";
    }
    if (KNOWN_EXIT_STATUSES.contains(exitStatus)) {
      return Pages.text("operations.exit." + exitStatus);
    }
    return exitStatus;
  }

  /** A step's name in words ("Expiration des codes d'enregistrement"). */
  public String step(String name) {
    return Pages.text("operations.step." + name);
  }

  /** An execution's parameters as the start form names them: "Date de traitement : 2031-01-15". */
  public String parameters(Map<String, String> parameters) {
    List<String> shown = new ArrayList<>();
    parameters.forEach(
        (name, value) -> shown.add(Pages.format("operations.parameter.shown", label(name), value)));
    return String.join(Pages.text("operations.parameter.separator"), shown);
  }

  /**
   * A parameter's label; its own name for one without a label, rather than a console that fails for
   * every job (ParameterLabelsTest keeps the known ones labelled).
   */
  private static String label(String parameter) {
    try {
      return Pages.text("operations.parameter.label." + parameter);
    } catch (MissingResourceException e) {
      return parameter;
    }
  }

  /** The message of a start form's field refused at the last start, or null. */
  public String fieldError(String job, String parameter) {
    return fieldErrors.getOrDefault(job, Map.of()).get(parameter);
  }

  private Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  /** *Démarrer maintenant*. A refused field gets its own message, beside it. */
  public void start(String job) {
    act(
        () -> {
          try {
            long id = operations.start(job, parameters.getOrDefault(job, Map.of()));
            info("operations.started", Pages.text("job." + job), id);
          } catch (OperationRefused e) {
            if (e.fields().isEmpty()) {
              throw e;
            }
            Map<String, String> messages = new LinkedHashMap<>();
            e.fields()
                .forEach(
                    (parameter, reason) ->
                        messages.put(
                            parameter,
                            Pages.text("operations.refused." + reason + "." + parameter)));
            fieldErrors.put(job, messages);
            Pages.message(null, FacesMessage.SEVERITY_ERROR, "operations.refused.badParameters");
          }
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
    fieldErrors.clear();
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
    return instant == null ? "—" : WHEN.format(instant.atZone(clock.get().getZone()));
  }

  public String duration(ExecutionView execution) {
    Duration d = execution.duration();
    if (d == null) {
      return "—";
    }
    long seconds = d.toSeconds();
    return seconds < 60
        ? String.format(locale(), "%.1f s", d.toMillis() / 1000.0)
        : String.format("%d min %02d s", seconds / 60, seconds % 60);
  }
}
