package ca.qc.portail.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Collections;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The days the Québec public service does not work in a year (jours fériés et chômés), each with
 * its French name: the calendar of the ministry's central security group, whose business days count
 * a registration code's validity (R-A5).
 *
 * <p><b>Which rule, and why.</b> R-A5 excludes "Québec statutory and government holidays": the days
 * are those the government's own staff do not work, not the labour-standards minimum. This class
 * therefore follows the thirteen days of the public service's collective agreements (article "Jours
 * fériés et chômés", 8-35 in the fonctionnaires' agreement as the SFPQ quoted it in 2011), whose
 * dates the Secrétariat du Conseil du trésor lists each year:
 *
 * <ul>
 *   <li>Jour de l'An and Lendemain du jour de l'An (1 and 2 January);
 *   <li>Vendredi saint and Lundi de Pâques, both (Easter computed below);
 *   <li>Journée nationale des patriotes, the Monday before 25 May;
 *   <li>Fête nationale du Québec (24 June) and Fête du Canada (1 July);
 *   <li>Fête du Travail (first Monday of September) and Action de grâces (second Monday of
 *       October);
 *   <li>Veille de Noël, Noël, Lendemain de Noël, Veille du jour de l'An (24, 25, 26 and 31
 *       December).
 * </ul>
 *
 * <p><b>Weekends.</b> The agreements give a day off for each of these days even when it falls on a
 * weekend, so the published lists move it to a weekday:
 *
 * <ul>
 *   <li>an eve (24 or 31 December) moves back to the Friday before;
 *   <li>Noël and Jour de l'An move forward to the Monday after, and their next day (26 December, 2
 *       January) to the first weekday after both the holiday and its own date;
 *   <li>24 June and 1 July move to Monday 25 June / 2 July when they fall on a Sunday (as the Loi
 *       sur la fête nationale and article 60 of the Loi sur les normes du travail also provide),
 *       and to the Friday before when they fall on a Saturday.
 * </ul>
 *
 * The Christmas rule reproduces the days published for 2011-2012 (SFPQ notice: 23, 26, 27 and 30
 * December, 2 and 3 January) and those observed in 2023-2024 (22, 25, 26 and 29 December, 1 and 2
 * January); it gives for 2026-2027 24, 25 and 28 December, 31 December, 1 and 4 January, and for
 * 2027-2028 24, 27, 28 and 31 December, 3 and 4 January. Those later years are computed from the
 * rule, not copied from a published list. A year's list holds its own January days and its own
 * December days: the eve of a New Year always stays in the December before it.
 *
 * <p><b>Deployment choices</b> (made here, not by law):
 *
 * <ul>
 *   <li>The public service's thirteen days, not the eight days of the Loi sur les normes du travail
 *       (which allows an employer to keep only one of Vendredi saint and Lundi de Pâques, and does
 *       not close 24, 26, 31 December or 2 January).
 *   <li>A 24 June or 1 July falling on a Saturday is observed on the Friday before (reported for
 *       2017: Fridays 23 and 30 June), like the eves of Christmas and New Year; the two laws only
 *       move a Sunday, and a private employer would instead owe an indemnity.
 *   <li>A day the government would close by a one-off decision cannot be computed: it must be added
 *       to this class when decided.
 *   <li>The current rules are applied to every year; the names and dates of past years (Fête de
 *       Dollard before 2003, for instance) are not reproduced.
 * </ul>
 */
public final class QuebecHolidays {

  /** First year of the Gregorian calendar's Easter rule in Rome. */
  static final int FIRST_GREGORIAN_YEAR = 1583;

  private QuebecHolidays() {}

  /**
   * The non-working weekdays of the public service in {@code year}, in date order, with their
   * French names. Unmodifiable.
   */
  public static NavigableMap<LocalDate, String> of(int year) {
    TreeMap<LocalDate, String> days = new TreeMap<>();

    LocalDate newYear = onOrAfterWeekend(LocalDate.of(year, Month.JANUARY, 1));
    add(days, newYear, "Jour de l'An");
    add(
        days,
        nextDayOff(newYear, LocalDate.of(year, Month.JANUARY, 2)),
        "Lendemain du jour de l'An");

    LocalDate easter = easterSunday(year);
    add(days, easter.minusDays(2), "Vendredi saint");
    add(days, easter.plusDays(1), "Lundi de Pâques");
    add(
        days,
        LocalDate.of(year, Month.MAY, 25).with(TemporalAdjusters.previous(DayOfWeek.MONDAY)),
        "Journée nationale des patriotes");

    add(days, nearestWeekday(LocalDate.of(year, Month.JUNE, 24)), "Fête nationale du Québec");
    add(days, nearestWeekday(LocalDate.of(year, Month.JULY, 1)), "Fête du Canada");
    add(
        days,
        LocalDate.of(year, Month.SEPTEMBER, 1)
            .with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)),
        "Fête du Travail");
    add(
        days,
        LocalDate.of(year, Month.OCTOBER, 1)
            .with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.MONDAY)),
        "Action de grâces");

    add(days, onOrBeforeWeekend(LocalDate.of(year, Month.DECEMBER, 24)), "Veille de Noël");
    LocalDate christmas = onOrAfterWeekend(LocalDate.of(year, Month.DECEMBER, 25));
    add(days, christmas, "Noël");
    add(days, nextDayOff(christmas, LocalDate.of(year, Month.DECEMBER, 26)), "Lendemain de Noël");
    add(days, onOrBeforeWeekend(LocalDate.of(year, Month.DECEMBER, 31)), "Veille du jour de l'An");

    return Collections.unmodifiableNavigableMap(days);
  }

  /**
   * Easter Sunday of {@code year} in the Gregorian calendar: the anonymous Gregorian algorithm
   * (Meeus, <i>Astronomical Algorithms</i>, ch. 8), exact for every Gregorian year.
   *
   * @throws IllegalArgumentException for a year before 1583
   */
  public static LocalDate easterSunday(int year) {
    if (year < FIRST_GREGORIAN_YEAR) {
      throw new IllegalArgumentException("Gregorian Easter is defined from 1583: " + year);
    }
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int n = h + l - 7 * m + 114;
    return LocalDate.of(year, n / 31, n % 31 + 1);
  }

  private static void add(TreeMap<LocalDate, String> days, LocalDate date, String name) {
    String previous = days.putIfAbsent(date, name);
    if (previous != null) {
      // Cannot happen with the rules above; guards a future rule that would silently lose a day.
      throw new IllegalStateException(name + " and " + previous + " both fall on " + date);
    }
  }

  private static boolean isWeekend(LocalDate date) {
    return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  /** An eve on a weekend is taken on the Friday before. */
  private static LocalDate onOrBeforeWeekend(LocalDate date) {
    return isWeekend(date) ? date.with(TemporalAdjusters.previous(DayOfWeek.FRIDAY)) : date;
  }

  /** A feast on a weekend is taken on the Monday after. */
  private static LocalDate onOrAfterWeekend(LocalDate date) {
    return isWeekend(date) ? date.with(TemporalAdjusters.next(DayOfWeek.MONDAY)) : date;
  }

  /** The day after a feast: its own date, or the first weekday after the feast as observed. */
  private static LocalDate nextDayOff(LocalDate observedFeast, LocalDate date) {
    LocalDate candidate = date.isAfter(observedFeast) ? date : observedFeast.plusDays(1);
    return onOrAfterWeekend(candidate);
  }

  /** 24 June and 1 July: a Saturday is taken on the Friday before, a Sunday on the Monday after. */
  private static LocalDate nearestWeekday(LocalDate date) {
    return switch (date.getDayOfWeek()) {
      case SATURDAY -> date.minusDays(1);
      case SUNDAY -> date.plusDays(1);
      default -> date;
    };
  }
}
