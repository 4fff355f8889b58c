package ca.qc.portail.batch.scheduling;

import jakarta.ejb.ScheduleExpression;
import java.util.Locale;

/**
 * A job schedule setting: five cron fields "minute hour day-of-month month day-of-week" (for
 * example {@code 30 1 * * *}, every day at 1:30), or {@code off}. Fields accept what EJB calendar
 * expressions accept: {@code *}, numbers, lists {@code 1,15}, ranges {@code 1-5} and steps {@code
 * *}{@code /15}.
 */
public record CronSchedule(
    String minute, String hour, String dayOfMonth, String month, String dayOfWeek) {

  private static final String FIELD = "[0-9*/,\\-]+|[A-Za-z]{3}(-[A-Za-z]{3})?";

  /** Parses a setting; {@code null} means the job is not scheduled ("off"). */
  public static CronSchedule parse(String setting) {
    if (setting == null || setting.isBlank() || setting.strip().equalsIgnoreCase("off")) {
      return null;
    }
    String[] f = setting.strip().split("\\s+");
    if (f.length != 5) {
      throw new IllegalArgumentException(
          "Schedule '" + setting + "' must have 5 fields: minute hour day month day-of-week");
    }
    for (String field : f) {
      if (!field.matches(FIELD)) {
        throw new IllegalArgumentException("Invalid schedule field '" + field + "' in " + setting);
      }
    }
    return new CronSchedule(f[0], f[1], f[2], f[3], f[4].toLowerCase(Locale.ROOT));
  }

  public ScheduleExpression toExpression(String timezone) {
    return new ScheduleExpression()
        .second("0")
        .minute(minute)
        .hour(hour)
        .dayOfMonth(dayOfMonth.equals("?") ? "*" : dayOfMonth)
        .month(month)
        .dayOfWeek(dayOfWeek)
        .timezone(timezone);
  }
}
