package ca.qc.portail.web.exchange;

import ca.qc.portail.exchange.ExchangeRules;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A document's size and deposit time in the page's language: the guide's French ("2,97 Ko", "Mardi
 * 21 novembre 2023 14:20", from {@link ExchangeRules}) or their English counterparts.
 */
final class DocumentLabels {
  private static final String[] ENGLISH_UNITS = {"bytes", "KB", "MB", "GB", "TB"};
  private static final DateTimeFormatter ENGLISH_TIME =
      DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy HH:mm", Locale.CANADA);

  private DocumentLabels() {}

  static String size(long bytes, Locale locale) {
    if (!english(locale)) {
      return ExchangeRules.sizeLabel(bytes);
    }
    double value = bytes;
    int unit = 0;
    while (value >= 1024 && unit < ENGLISH_UNITS.length - 1) {
      value /= 1024;
      unit++;
    }
    return new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.CANADA)).format(value)
        + " "
        + ENGLISH_UNITS[unit];
  }

  static String deposited(Instant at, ZoneId zone, Locale locale) {
    return english(locale)
        ? ENGLISH_TIME.format(at.atZone(zone))
        : ExchangeRules.depositLabel(at, zone);
  }

  private static boolean english(Locale locale) {
    return locale.getLanguage().equals("en");
  }
}
