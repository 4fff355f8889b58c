package ca.qc.portail.batch.operations;

import ca.qc.portail.audit.AuditAction;
import ca.qc.portail.audit.AuditLog;
import ca.qc.portail.audit.AuditOutcome;
import ca.qc.portail.audit.AuditRecord;
import ca.qc.portail.batch.FaultInjection;
import ca.qc.portail.batch.JobDates;
import ca.qc.portail.batch.locking.JobLocks;
import ca.qc.portail.batch.scheduling.JobScheduler;
import ca.qc.portail.notification.Outbox;
import ca.qc.portail.notification.OutboxEmail;
import ca.qc.portail.notification.OutboxState;
import ca.qc.portail.security.Callers;
import ca.qc.portail.security.Requires;
import ca.qc.portail.security.Standing;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobSecurityException;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The operations console's service (R-J): the jobs, their executions and step counts as {@link
 * JobOperator} reports them (the same repository the server's own tools read), the operator's
 * actions on them, and the mail outbox (R-J6). Every action is audited with the operator as author,
 * refused ones included.
 *
 * <p>Every operation is for an Actif holder of the OPERATEUR role only ({@link Requires}, checked
 * here as well as by web.xml): anyone else, anonymous callers included, is refused and the attempt
 * audited ({@code ACCESS_REFUSED}) before anything is read or started.
 */
@Stateless
@Requires(value = Standing.OPERATOR, operation = Operations.SECTION)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Operations {

  /** Parameters an operator may give when starting a job. */
  public static final List<String> PARAMETERS = List.of("runDate", "chunkSize");

  /**
   * Parameters for rehearsals ({@link FaultInjection}), accepted and shown only with {@code
   * jobs.faultInjection=true}; never carried over to a restart.
   */
  public static final List<String> REHEARSAL_PARAMETERS =
      List.of(FaultInjection.FAIL_AT_ITEM, FaultInjection.ITEM_DELAY_MILLIS);

  /** The console's name in the refusals' audit records. */
  public static final String SECTION = "Traitements en lot";

  @Inject private Callers callers;
  @Inject private JobScheduler scheduler;
  @Inject private JobLocks locks;
  @Inject private StaleExecutions stale;
  @Inject private AuditLog audit;
  @Inject private Outbox outbox;
  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "jobs.faultInjection", defaultValue = "false")
  boolean faultInjection;

  private static JobOperator operator() {
    return BatchRuntime.getJobOperator();
  }

  /** Every job (scheduled or known to the repository) with its latest executions. */
  public List<JobView> jobs(int executionsPerJob) {
    Map<String, String> schedules = scheduler.schedules();
    Set<String> names = new LinkedHashSet<>(schedules.keySet());
    names.addAll(new java.util.TreeSet<>(operator().getJobNames()));
    List<JobView> jobs = new ArrayList<>();
    for (String name : names) {
      var lock = locks.held(name);
      jobs.add(
          new JobView(
              name,
              schedules.getOrDefault(name, "off"),
              scheduler.nextRun(name).orElse(null),
              lock.map(JobLocks.Lock::holder).orElse(null),
              lock.map(JobLocks.Lock::executionId).orElse(null),
              executionsOf(name, executionsPerJob)));
    }
    return jobs;
  }

  /** The job's latest executions, most recent first. */
  public List<ExecutionView> executions(String job, int max) {
    return executionsOf(job, max);
  }

  private List<ExecutionView> executionsOf(String job, int max) {
    List<ExecutionView> views = new ArrayList<>();
    List<JobInstance> instances;
    try {
      instances = operator().getJobInstances(job, 0, max);
    } catch (NoSuchJobException e) {
      return views;
    }
    for (JobInstance instance : instances) {
      List<JobExecution> executions = new ArrayList<>(operator().getJobExecutions(instance));
      executions.sort((a, b) -> Long.compare(b.getExecutionId(), a.getExecutionId()));
      for (JobExecution execution : executions) {
        views.add(view(execution, instance.getInstanceId()));
      }
    }
    views.sort((a, b) -> Long.compare(b.executionId(), a.executionId()));
    return views.size() > max ? views.subList(0, max) : views;
  }

  public ExecutionView execution(long executionId) {
    JobExecution execution = operator().getJobExecution(executionId);
    return view(execution, operator().getJobInstance(executionId).getInstanceId());
  }

  private ExecutionView view(JobExecution execution, long instanceId) {
    List<StepView> steps = new ArrayList<>();
    for (StepExecution step : operator().getStepExecutions(execution.getExecutionId())) {
      steps.add(step(step));
    }
    Properties parameters = execution.getJobParameters();
    Map<String, String> sorted = new TreeMap<>();
    if (parameters != null) {
      parameters.stringPropertyNames().forEach(k -> sorted.put(k, parameters.getProperty(k)));
    }
    String status = execution.getBatchStatus().name();
    return new ExecutionView(
        execution.getExecutionId(),
        instanceId,
        execution.getJobName(),
        status,
        execution.getExitStatus(),
        instant(execution.getStartTime()),
        instant(execution.getEndTime()),
        sorted,
        steps,
        stale.isStale(execution));
  }

  private static StepView step(StepExecution step) {
    long read = 0, written = 0, filtered = 0, skipped = 0, commits = 0, rollbacks = 0;
    for (Metric metric : step.getMetrics()) {
      long value = metric.getValue();
      switch (metric.getType()) {
        case READ_COUNT -> read = value;
        case WRITE_COUNT -> written = value;
        case FILTER_COUNT -> filtered = value;
        case READ_SKIP_COUNT, PROCESS_SKIP_COUNT, WRITE_SKIP_COUNT -> skipped += value;
        case COMMIT_COUNT -> commits = value;
        case ROLLBACK_COUNT -> rollbacks = value;
        default -> {}
      }
    }
    return new StepView(
        step.getStepName(),
        step.getBatchStatus() == null ? "" : step.getBatchStatus().name(),
        step.getExitStatus(),
        read,
        written,
        filtered,
        skipped,
        commits,
        rollbacks);
  }

  /** The parameters the start form offers: {@link #REHEARSAL_PARAMETERS} only for rehearsals. */
  public List<String> parameterNames() {
    return offeredParameters();
  }

  private List<String> offeredParameters() {
    if (!faultInjection) {
      return PARAMETERS;
    }
    List<String> names = new ArrayList<>(PARAMETERS);
    names.addAll(REHEARSAL_PARAMETERS);
    return names;
  }

  /**
   * Starts a job now with the given parameters ({@link #parameterNames}; {@code runDate} defaults
   * to today, {@code chunkSize} to the setting jobs.chunkSize). Returns the new execution's id.
   */
  public long start(String job, Map<String, String> parameters) {
    if (!scheduler.schedules().containsKey(job)) {
      throw refused("unknownJob", "start " + job);
    }
    Properties properties = new Properties();
    Map<String, String> wrong = new LinkedHashMap<>();
    for (var entry : parameters.entrySet()) {
      String value = entry.getValue() == null ? "" : entry.getValue().strip();
      if (value.isEmpty()) {
        continue;
      }
      if (!offeredParameters().contains(entry.getKey())) {
        throw refused("unknownParameter", "start " + job + " " + entry.getKey());
      }
      String reason = check(entry.getKey(), value);
      if (reason != null) {
        wrong.put(entry.getKey(), reason);
      }
      properties.setProperty(entry.getKey(), value);
    }
    if (!wrong.isEmpty()) {
      // Every wrong field is named with its own reason, not only the first one met.
      audit.writeOnItsOwn(
          operatorRecord(AuditOutcome.REFUSED)
              .detail("Refusé : start " + job + " " + new TreeMap<>(parameters)));
      throw new OperationRefused("badParameters", wrong, "start " + job + " " + wrong);
    }
    if (!properties.containsKey("runDate")) {
      properties.setProperty("runDate", LocalDate.now(clock).toString());
    }
    if (!properties.containsKey("chunkSize")) {
      properties.setProperty("chunkSize", String.valueOf(scheduler.chunkSize()));
    }
    long id = operator().start(job, properties);
    audited("JOB_STARTED_BY_OPERATOR", job, new TreeMap<>(properties), id);
    return id;
  }

  /**
   * Why a start parameter is refused ({@code badRunDate}, {@code futureRunDate}, {@code
   * badNumber}), or null when it is accepted.
   */
  private String check(String name, String value) {
    if (name.equals("runDate")) {
      try {
        return JobDates.mayStartFor(LocalDate.parse(value), clock, faultInjection)
            ? null
            : "futureRunDate";
      } catch (DateTimeParseException e) {
        return "badRunDate";
      }
    }
    try {
      return Long.parseLong(value) > 0 ? null : "badNumber";
    } catch (NumberFormatException e) {
      return "badNumber";
    }
  }

  /** Asks a running execution to stop after its current chunk. */
  public void stop(long executionId) {
    try {
      operator().stop(executionId);
    } catch (RuntimeException e) {
      throw refused(
          "notRunning", "stop " + executionId + " (" + e.getClass().getSimpleName() + ")");
    }
    audited("STOP_REQUESTED", executionId);
  }

  /**
   * Restarts a failed or stopped execution from its last checkpoint, with its original parameters
   * (less the rehearsal ones); returns the new execution's id.
   */
  public long restart(long executionId) {
    long id;
    try {
      Properties parameters =
          restartParameters(operator().getJobExecution(executionId).getJobParameters());
      id = operator().restart(executionId, parameters);
    } catch (JobSecurityException e) {
      throw e;
    } catch (RuntimeException e) {
      throw refused(
          "notRestartable", "restart " + executionId + " (" + e.getClass().getSimpleName() + ")");
    }
    audited("RESTARTED", executionId, id);
    return id;
  }

  /** A restart's parameters: the original ones, less the {@link #REHEARSAL_PARAMETERS}. */
  public static Properties restartParameters(Properties original) {
    Properties parameters = new Properties();
    if (original != null) {
      parameters.putAll(original);
    }
    REHEARSAL_PARAMETERS.forEach(parameters::remove);
    return parameters;
  }

  /** Abandons a failed or stopped execution: it will never be restarted. */
  public void abandon(long executionId) {
    try {
      operator().abandon(executionId);
    } catch (RuntimeException e) {
      throw refused(
          "notAbandonable", "abandon " + executionId + " (" + e.getClass().getSimpleName() + ")");
    }
    audited("ABANDONED", executionId);
  }

  /**
   * Marks FAILED an execution left STARTED by a crashed instance (see {@link ExecutionView#stale}),
   * and frees its job's lock, so it can be restarted or abandoned.
   */
  public void markFailed(long executionId) {
    if (!stale.markFailed(executionId)) {
      throw refused("notStale", "markFailed " + executionId);
    }
    audited("MARKED_FAILED", executionId);
  }

  /** The e-mails in a state, oldest first. */
  public List<OutboxView> outbox(OutboxState state, int max) {
    return outbox.inState(state, max).stream().map(Operations::view).toList();
  }

  public Map<OutboxState, Long> outboxCounts() {
    Map<OutboxState, Long> counts = new java.util.EnumMap<>(OutboxState.class);
    for (OutboxState state : OutboxState.values()) {
      counts.put(state, outbox.count(state));
    }
    return counts;
  }

  /** Puts a failed e-mail back in the outbox (R-J6). */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public void retryMail(long emailId) {
    if (!outbox.retry(emailId)) {
      throw refused("notFailed", "retry e-mail " + emailId);
    }
    audit.write(operatorRecord(AuditOutcome.SUCCESS).detail("EMAIL_RETRIED", emailId));
  }

  private static OutboxView view(OutboxEmail email) {
    return new OutboxView(
        email.getId(),
        email.getCreatedAt(),
        String.join(", ", email.getRecipients()),
        email.getSubject(),
        email.getState().name(),
        email.getAttempts(),
        email.getNextAttemptAt(),
        email.getLastError());
  }

  private void audited(String code, Object... values) {
    audit.writeOnItsOwn(operatorRecord(AuditOutcome.SUCCESS).detail(code, values));
  }

  private OperationRefused refused(String key, String detail) {
    audit.writeOnItsOwn(
        operatorRecord(AuditOutcome.REFUSED)
            .detail("OPERATOR_REFUSED", "@operations.refused." + key, detail));
    return new OperationRefused(key, detail);
  }

  /** A record of the operator's action: the caller the declaration let in, and their address. */
  private AuditRecord operatorRecord(AuditOutcome outcome) {
    return callers.current().record(AuditAction.OPERATOR_ACTION, outcome);
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }
}
