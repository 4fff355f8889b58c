package ca.qc.portail.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The one calendar of business days: Monday to Friday, except the public service's non-working days
 * ({@link QuebecHolidays}). Delays counted in business days, such as a registration code's 4 days
 * and its one extension of 2 days (R-A5), are computed here and nowhere else.
 *
 * <p>A delay follows the Québec rule of computing time periods: the day it starts from is not
 * counted, the last day is.
 */
@ApplicationScoped
public class BusinessCalendar {

  /** Each year's holidays, computed once; the maps themselves are unmodifiable. */
  private final ConcurrentMap<Integer, NavigableMap<LocalDate, String>> holidaysByYear =
      new ConcurrentHashMap<>();

  public BusinessCalendar() {}

  public boolean isBusinessDay(LocalDate date) {
    Objects.requireNonNull(date, "date");
    DayOfWeek day = date.getDayOfWeek();
    return day != DayOfWeek.SATURDAY
        && day != DayOfWeek.SUNDAY
        && !holidays(date.getYear()).containsKey(date);
  }

  /**
   * The date that is {@code days} business days after {@code from}, {@code from} itself not
   * counted: from Thursday 2026-04-02, 4 business days end on Friday 2026-04-10, Good Friday and
   * Easter Monday being skipped. {@code from} may itself be a weekend or a holiday; 0 days returns
   * {@code from} unchanged.
   *
   * @throws IllegalArgumentException when {@code days} is negative
   */
  public LocalDate plusBusinessDays(LocalDate from, int days) {
    Objects.requireNonNull(from, "from");
    if (days < 0) {
      throw new IllegalArgumentException("days must not be negative: " + days);
    }
    LocalDate date = from;
    int remaining = days;
    while (remaining > 0) {
      date = date.plusDays(1);
      if (isBusinessDay(date)) {
        remaining--;
      }
    }
    return date;
  }

  /** The French name of the holiday observed on {@code date}, if the public service is closed. */
  public Optional<String> holidayName(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return Optional.ofNullable(holidays(date.getYear()).get(date));
  }

  private NavigableMap<LocalDate, String> holidays(int year) {
    return holidaysByYear.computeIfAbsent(year, QuebecHolidays::of);
  }
}
