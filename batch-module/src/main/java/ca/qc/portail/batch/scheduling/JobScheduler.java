package ca.qc.portail.batch.scheduling;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Starts each scheduled job through {@code JobOperator} at the times its setting gives ({@code
 * jobs.<job>.schedule}, a {@link CronSchedule}), with {@code runDate} set to the day of the run.
 */
@Singleton
@Startup
public class JobScheduler {

  private static final Logger LOG = Logger.getLogger(JobScheduler.class.getName());

  /** Each scheduled job and its default schedule: nightly, in the ministry's time zone. */
  static final Map<String, String> DEFAULT_SCHEDULES = Map.of("account-expiry", "30 1 * * *");

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
          if (cron == null) {
            LOG.info(() -> "Job " + job + " is not scheduled (off).");
            return;
          }
          timers.createCalendarTimer(cron.toExpression(zone), new TimerConfig(job, false));
          LOG.info(() -> "Job " + job + " scheduled: " + setting + " (" + zone + ")");
        });
  }

  @Timeout
  void run(Timer timer) {
    String job = (String) timer.getInfo();
    Properties parameters = new Properties();
    parameters.setProperty("runDate", LocalDate.now(clock).toString());
    try {
      long id = BatchRuntime.getJobOperator().start(job, parameters);
      LOG.info(() -> "Scheduled job " + job + " started, execution " + id);
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Scheduled job " + job + " could not start", e);
    }
  }
}
