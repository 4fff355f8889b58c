package ca.qc.portail.batch.scheduling;

import ca.qc.portail.batch.locking.JobLockStep;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Starts each scheduled job through {@code JobOperator} at the times its setting gives ({@code
 * jobs.<job>.schedule}, a {@link CronSchedule}), with {@code runDate} set to the day of the run.
 */
@Singleton
@Startup
public class JobScheduler {

  private static final Logger LOG = Logger.getLogger(JobScheduler.class.getName());

  /** Each scheduled job and its default schedule: nightly, in the ministry's time zone. */
  static final Map<String, String> DEFAULT_SCHEDULES = defaults();

  private static Map<String, String> defaults() {
    Map<String, String> schedules = new LinkedHashMap<>();
    schedules.put("registration-code-expiry", "15 1 * * *");
    schedules.put("account-expiry", "30 1 * * *");
    schedules.put("account-inactivity", "45 1 * * *");
    schedules.put("expiry-notice", "0 2 * * *");
    schedules.put("exchange-expiry", "30 2 * * *");
    schedules.put("daily-report", "0 6 * * *");
    return Collections.unmodifiableMap(schedules);
  }

  /** Each job's schedule setting as in effect ("off" when not scheduled), in running order. */
  private final Map<String, String> settings = new LinkedHashMap<>();

  /**
   * Items per chunk (one transaction and one checkpoint each) for the jobs started here and from
   * the operations console when no chunkSize is given.
   */
  @Inject
  @ConfigProperty(name = "jobs.chunkSize", defaultValue = "1000")
  int chunkSize;

  @Resource private TimerService timers;
  @Inject private Config config;
  @Inject private Clock clock;

  @PostConstruct
  void schedule() {
    String zone = clock.getZone().getId();
    DEFAULT_SCHEDULES.forEach(
        (job, fallback) -> {
          String setting =
              config.getOptionalValue("jobs." + job + ".schedule", String.class).orElse(fallback);
          CronSchedule cron = CronSchedule.parse(setting);
          settings.put(job, cron == null ? "off" : setting.strip());
          if (cron == null) {
            LOG.info(() -> "Job " + job + " is not scheduled (off).");
            return;
          }
          timers.createCalendarTimer(cron.toExpression(zone), new TimerConfig(job, false));
          LOG.info(() -> "Job " + job + " scheduled: " + setting + " (" + zone + ")");
        });
  }

  /** Every scheduled job and its schedule setting ("off" when not scheduled), in running order. */
  @Lock(LockType.READ)
  public Map<String, String> schedules() {
    return Collections.unmodifiableMap(settings);
  }

  /** The setting jobs.chunkSize: items per chunk when a start does not say. */
  @Lock(LockType.READ)
  public int chunkSize() {
    return chunkSize;
  }

  /** When the job's timer fires next on this instance, if it is scheduled. */
  @Lock(LockType.READ)
  public Optional<Instant> nextRun(String job) {
    for (Timer timer : timers.getTimers()) {
      if (job.equals(timer.getInfo())) {
        return Optional.of(timer.getNextTimeout().toInstant());
      }
    }
    return Optional.empty();
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void run(Timer timer) {
    String job = (String) timer.getInfo();
    Properties parameters = new Properties();
    parameters.setProperty("runDate", LocalDate.now(clock).toString());
    parameters.setProperty("chunkSize", String.valueOf(chunkSize));
    // The minute the schedule fired for, the same on every instance: the job's lock step lets one
    // execution per minute do the work (JobLocks).
    parameters.setProperty(
        JobLockStep.SCHEDULED_FOR, clock.instant().truncatedTo(ChronoUnit.MINUTES).toString());
    for (int attempt = 1; attempt <= 2; attempt++) {
      try {
        long id = BatchRuntime.getJobOperator().start(job, parameters);
        LOG.info(() -> "Scheduled job " + job + " started, execution " + id);
        return;
      } catch (RuntimeException e) {
        // On a new database Payara creates its batch tables at the first start, and jobs scheduled
        // for the same minute may race to create them: one more try once they exist.
        LOG.log(
            attempt == 1 ? Level.WARNING : Level.SEVERE,
            "Scheduled job " + job + " could not start (attempt " + attempt + ")",
            e);
        if (attempt == 1) {
          try {
            Thread.sleep(2000);
          } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return;
          }
        }
      }
    }
  }
}
