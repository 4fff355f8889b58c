package ca.qc.portail.batch;

import java.time.Clock;
import java.time.LocalDate;

/** Reads the {@code runDate} job parameter: the day a job acts for. */
public final class JobDates {
  private JobDates() {}

  /** The given ISO date, or today in the ministry's time zone when the parameter is absent. */
  public static LocalDate runDate(String parameter, Clock clock) {
    return parameter == null || parameter.isBlank()
        ? LocalDate.now(clock)
        : LocalDate.parse(parameter.strip());
  }

  /**
   * Whether an operator may start a job for {@code runDate}: today or a day missed, never a day to
   * come, which would expire or deactivate accounts before their time (R-J1, R-J2). Rehearsals
   * ({@code jobs.faultInjection}) may.
   */
  public static boolean mayStartFor(LocalDate runDate, Clock clock, boolean rehearsal) {
    return rehearsal || !runDate.isAfter(LocalDate.now(clock));
  }
}
