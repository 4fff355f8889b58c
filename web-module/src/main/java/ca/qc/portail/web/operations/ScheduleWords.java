package ca.qc.portail.web.operations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A job's schedule setting ({@code jobs.<job>.schedule}: five cron fields "minute hour day-of-month
 * month day-of-week", see {@code CronSchedule}) said in words for the operations console, in French
 * or English: {@code 30 1 * * *} is "Tous les jours à 1 h 30" / "Every day at 1:30 a.m.". Covers
 * the shapes an operator writes — a time or several each day, on some weekdays or days of the
 * month, every N minutes or hours, every hour at a given minute — and gives the expression itself
 * for any other shape (a month field, both a day of month and a weekday, steps inside ranges…), so
 * the console never says something the schedule does not do.
 */
public final class ScheduleWords {

  private ScheduleWords() {}

  private static final Pattern NUMBER = Pattern.compile("\\d{1,2}");
  private static final Pattern STEP = Pattern.compile("\\*/(\\d{1,2})");
  private static final Pattern RANGE = Pattern.compile("(\\w+)-(\\w+)");

  private static final List<String> DAY_NAMES =
      List.of("sun", "mon", "tue", "wed", "thu", "fri", "sat");
  private static final Map<Boolean, List<String>> WEEKDAYS =
      Map.of(
          true,
          List.of("dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"),
          false,
          List.of("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"));

  /**
   * The schedule in words in the language of {@code locale} (French unless English), starting with
   * a capital; the expression as it is when its shape is not one said in words.
   */
  public static String of(String expression, Locale locale) {
    boolean fr = !"en".equals(locale.getLanguage());
    String[] f = expression == null ? new String[0] : expression.strip().split("\\s+");
    if (f.length != 5) {
      return expression;
    }
    try {
      String days = days(f[2], f[3], f[4], fr);
      String time = time(f[0], f[1], fr);
      if (days == null || time == null) {
        return expression.strip();
      }
      String sentence;
      if (time.startsWith(fr ? "à " : "at ")) {
        sentence = days + " " + time;
      } else if (days.equals(fr ? "tous les jours" : "every day")) {
        sentence = time;
      } else {
        sentence = days + ", " + time;
      }
      return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
    } catch (IllegalArgumentException e) {
      return expression.strip();
    }
  }

  /** The days part, lower case: "tous les jours", "du lundi au vendredi"…; null when not said. */
  private static String days(String dayOfMonth, String month, String dayOfWeek, boolean fr) {
    if (!month.equals("*")) {
      return null;
    }
    boolean everyDayOfMonth = dayOfMonth.equals("*") || dayOfMonth.equals("?");
    if (everyDayOfMonth && dayOfWeek.equals("*")) {
      return fr ? "tous les jours" : "every day";
    }
    if (everyDayOfMonth) {
      Matcher range = RANGE.matcher(dayOfWeek);
      if (range.matches()) {
        String from = weekday(range.group(1), fr);
        String to = weekday(range.group(2), fr);
        return fr ? "du " + from + " au " + to : from + " to " + to;
      }
      List<String> names = new ArrayList<>();
      for (String day : dayOfWeek.split(",", -1)) {
        names.add(weekday(day, fr) + (fr ? "s" : ""));
      }
      return (fr ? "tous les " : "every ") + join(names, fr);
    }
    if (!dayOfWeek.equals("*")) {
      return null;
    }
    List<String> numbers = new ArrayList<>();
    for (String day : dayOfMonth.split(",", -1)) {
      numbers.add(ordinal(number(day, 1, 31), fr));
    }
    return fr
        ? (numbers.size() == 1 ? "le " : "les ") + join(numbers, fr) + " de chaque mois"
        : "on the " + join(numbers, fr) + " of every month";
  }

  /** The time part: "à 1 h 30", "toutes les 15 minutes"…; null when not said. */
  private static String time(String minute, String hour, boolean fr) {
    Matcher minuteStep = STEP.matcher(minute);
    if (minute.equals("*") || minuteStep.matches()) {
      if (!hour.equals("*")) {
        return null;
      }
      if (minute.equals("*") || Integer.parseInt(minuteStep.group(1)) == 1) {
        return fr ? "toutes les minutes" : "every minute";
      }
      int every = number(minuteStep.group(1), 1, 59);
      return fr ? "toutes les " + every + " minutes" : "every " + every + " minutes";
    }
    List<Integer> minutes = new ArrayList<>();
    for (String m : minute.split(",", -1)) {
      minutes.add(number(m, 0, 59));
    }
    if (hour.equals("*")) {
      if (minutes.size() != 1) {
        return null;
      }
      int m = minutes.get(0);
      if (m == 0) {
        return fr ? "toutes les heures, à l'heure juste" : "every hour on the hour";
      }
      return fr
          ? "toutes les heures, " + m + " minutes après l'heure juste"
          : "every hour at " + m + " minutes past the hour";
    }
    Matcher hourStep = STEP.matcher(hour);
    if (hourStep.matches() && minutes.size() == 1) {
      int every = number(hourStep.group(1), 1, 23);
      String from = clock(0, minutes.get(0), fr);
      return fr
          ? "toutes les " + every + " heures à partir de " + from
          : "every " + every + " hours from " + from;
    }
    Matcher hourRange = RANGE.matcher(hour);
    if (hourRange.matches() && minutes.size() == 1) {
      int first = number(hourRange.group(1), 0, 23);
      int last = number(hourRange.group(2), 0, 23);
      if (last <= first) {
        return null;
      }
      String from = clock(first, minutes.get(0), fr);
      String to = clock(last, minutes.get(0), fr);
      return fr
          ? "toutes les heures de " + from + " à " + to
          : "every hour from " + from + " to " + to;
    }
    List<String> times = new ArrayList<>();
    for (String h : hour.split(",", -1)) {
      int value = number(h, 0, 23);
      for (int m : minutes) {
        times.add(clock(value, m, fr));
      }
    }
    return (fr ? "à " : "at ") + join(times, fr);
  }

  /** "1 h 30", "6 h", "0 h 05"; "1:30 a.m.", "12:00 p.m.". */
  static String clock(int hour, int minute, boolean fr) {
    if (fr) {
      return minute == 0 ? hour + " h" : hour + " h " + String.format("%02d", minute);
    }
    int twelve = hour % 12 == 0 ? 12 : hour % 12;
    return twelve + ":" + String.format("%02d", minute) + (hour < 12 ? " a.m." : " p.m.");
  }

  private static String weekday(String day, boolean fr) {
    int index = DAY_NAMES.indexOf(day.toLowerCase(Locale.ROOT));
    if (index < 0) {
      index = number(day, 0, 7) % 7;
    }
    return WEEKDAYS.get(fr).get(index);
  }

  private static String ordinal(int day, boolean fr) {
    if (fr) {
      return day == 1 ? "1er" : String.valueOf(day);
    }
    String suffix =
        (day % 100 >= 11 && day % 100 <= 13)
            ? "th"
            : switch (day % 10) {
              case 1 -> "st";
              case 2 -> "nd";
              case 3 -> "rd";
              default -> "th";
            };
    return day + suffix;
  }

  private static int number(String text, int min, int max) {
    if (!NUMBER.matcher(text).matches()) {
      throw new IllegalArgumentException(text);
    }
    int value = Integer.parseInt(text);
    if (value < min || value > max) {
      throw new IllegalArgumentException(text);
    }
    return value;
  }

  /** "a", "a et b", "a, b et c"; "a and b", "a, b and c". */
  private static String join(List<String> items, boolean fr) {
    if (items.size() == 1) {
      return items.get(0);
    }
    String and = fr ? " et " : " and ";
    return String.join(", ", items.subList(0, items.size() - 1))
        + and
        + items.get(items.size() - 1);
  }
}
