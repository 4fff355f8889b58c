package ca.qc.portail.web.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 13, point 8: the operations console names each job's schedule in words, in the reader's
 * language, from the cron setting (R-J1–R-J7 run on these schedules); a shape it cannot say is
 * shown as the expression itself rather than said wrongly.
 */
class ScheduleWordsTest {

  private static final Locale FR = Locale.CANADA_FRENCH;
  private static final Locale EN = Locale.CANADA;

  @ParameterizedTest(name = "{0} → {1} / {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "30 1 * * *     | Tous les jours à 1 h 30                     | Every day at 1:30 a.m.",
        "15 1 * * *     | Tous les jours à 1 h 15                     | Every day at 1:15 a.m.",
        "0 6 * * *      | Tous les jours à 6 h                        | Every day at 6:00 a.m.",
        "5 0 * * *      | Tous les jours à 0 h 05                     | Every day at 12:05 a.m.",
        "0 12 * * *     | Tous les jours à 12 h                       | Every day at 12:00 p.m.",
        "45 23 * * *    | Tous les jours à 23 h 45                    | Every day at 11:45 p.m.",
        "0 6,18 * * *   | Tous les jours à 6 h et 18 h                | Every day at 6:00 a.m. and 6:00 p.m.",
        "0,30 2 * * *   | Tous les jours à 2 h et 2 h 30              | Every day at 2:00 a.m. and 2:30 a.m.",
        "0 2 * * 1-5    | Du lundi au vendredi à 2 h                  | Monday to Friday at 2:00 a.m.",
        "0 2 * * mon-fri| Du lundi au vendredi à 2 h                  | Monday to Friday at 2:00 a.m.",
        "30 3 * * 0     | Tous les dimanches à 3 h 30                 | Every Sunday at 3:30 a.m.",
        "30 3 * * 7     | Tous les dimanches à 3 h 30                 | Every Sunday at 3:30 a.m.",
        "30 3 * * SAT   | Tous les samedis à 3 h 30                   | Every Saturday at 3:30 a.m.",
        "0 4 * * 1,4    | Tous les lundis et jeudis à 4 h             | Every Monday and Thursday at 4:00 a.m.",
        "0 5 1 * *      | Le 1er de chaque mois à 5 h                 | On the 1st of every month at 5:00 a.m.",
        "0 5 1,15 * *   | Les 1er et 15 de chaque mois à 5 h          | On the 1st and 15th of every month at 5:00 a.m.",
        "0 5 22 * *     | Le 22 de chaque mois à 5 h                  | On the 22nd of every month at 5:00 a.m.",
        "*/15 * * * *   | Toutes les 15 minutes                       | Every 15 minutes",
        "* * * * *      | Toutes les minutes                          | Every minute",
        "0 * * * *      | Toutes les heures, à l'heure juste          | Every hour on the hour",
        "10 * * * *     | Toutes les heures, 10 minutes après l'heure juste | Every hour at 10 minutes past the hour",
        "0 */2 * * *    | Toutes les 2 heures à partir de 0 h         | Every 2 hours from 12:00 a.m.",
        "30 8-17 * * *  | Toutes les heures de 8 h 30 à 17 h 30       | Every hour from 8:30 a.m. to 5:30 p.m.",
        "*/10 * * * 1-5 | Du lundi au vendredi, toutes les 10 minutes | Monday to Friday, every 10 minutes",
      })
  @DisplayName("Each shape the settings allow is said in French and in English")
  void saysTheScheduleInWords(String cron, String french, String english) {
    assertThat(ScheduleWords.of(cron, FR)).isEqualTo(french);
    assertThat(ScheduleWords.of(cron, EN)).isEqualTo(english);
  }

  @Test
  @DisplayName("Several minutes and hours: every time of the day, in order of the setting")
  void severalMinutesAndHours() {
    assertThat(ScheduleWords.of("0,30 2,14 * * *", FR))
        .isEqualTo("Tous les jours à 2 h, 2 h 30, 14 h et 14 h 30");
    assertThat(ScheduleWords.of("0,30 2,14 * * *", EN))
        .isEqualTo("Every day at 2:00 a.m., 2:30 a.m., 2:00 p.m. and 2:30 p.m.");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "0 2 * 1 *", // a month
        "0 2 1 * 1", // both a day of the month and a weekday
        "0 8-17/2 * * *", // a step inside a range
        "*/5 8 * * *", // every few minutes within an hour
        "0,30 * * * *", // several minutes every hour
        "0 2 */2 * *", // every other day of the month
        "0 2 * * 1-5,0", // a list of ranges
        "61 2 * * *", // out of range
        "0 25 * * *",
        "0 2 32 * *",
        "0 17-8 * * *", // a range going backwards
        "0 2 * *", // four fields
      })
  @DisplayName("A shape it cannot say is shown as the expression itself, in both languages")
  void fallsBackToTheExpression(String cron) {
    assertThat(ScheduleWords.of(cron, FR)).isEqualTo(cron);
    assertThat(ScheduleWords.of(cron, EN)).isEqualTo(cron);
  }

  @Test
  @DisplayName("Spaces around and between the fields do not change the words")
  void toleratesSpacing() {
    assertThat(ScheduleWords.of("  30   1 * * *  ", FR)).isEqualTo("Tous les jours à 1 h 30");
  }
}
