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
}
