package ca.qc.portail.web.support;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates written out as the seeds write them: "le 27 août 2021", "le 1er juillet 2022". */
public final class Dates {
  private static final DateTimeFormatter FRENCH_MONTH_YEAR =
      DateTimeFormatter.ofPattern("MMMM uuuu", Locale.CANADA_FRENCH);
  private static final DateTimeFormatter ENGLISH =
      DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.CANADA);

  private Dates() {}

  public static String longDate(LocalDate date, Locale locale) {
    if (locale.getLanguage().equals("en")) {
      return ENGLISH.format(date);
    }
    String day = date.getDayOfMonth() == 1 ? "1er" : String.valueOf(date.getDayOfMonth());
    return day + " " + FRENCH_MONTH_YEAR.format(date);
  }
}
