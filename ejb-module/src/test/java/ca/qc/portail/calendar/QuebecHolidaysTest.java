package ca.qc.portail.calendar;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.NavigableMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuebecHolidaysTest {

  private static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  @DisplayName("R-A5: the public service's thirteen non-working days of 2026, by exact date")
  void holidaysOf2026() {
    assertThat(QuebecHolidays.of(2026))
        .containsExactly(
            entry(date("2026-01-01"), "Jour de l'An"),
            entry(date("2026-01-02"), "Lendemain du jour de l'An"),
            entry(date("2026-04-03"), "Vendredi saint"),
            entry(date("2026-04-06"), "Lundi de Pâques"),
            entry(date("2026-05-18"), "Journée nationale des patriotes"),
            entry(date("2026-06-24"), "Fête nationale du Québec"),
            entry(date("2026-07-01"), "Fête du Canada"),
            entry(date("2026-09-07"), "Fête du Travail"),
            entry(date("2026-10-12"), "Action de grâces"),
            entry(date("2026-12-24"), "Veille de Noël"),
            entry(date("2026-12-25"), "Noël"),
            // 26 December 2026 is a Saturday.
            entry(date("2026-12-28"), "Lendemain de Noël"),
            entry(date("2026-12-31"), "Veille du jour de l'An"));
  }

  @Test
  @DisplayName("R-A5: the public service's thirteen non-working days of 2027, by exact date")
  void holidaysOf2027() {
    assertThat(QuebecHolidays.of(2027))
        .containsExactly(
            entry(date("2027-01-01"), "Jour de l'An"),
            // 2 January 2027 is a Saturday.
            entry(date("2027-01-04"), "Lendemain du jour de l'An"),
            entry(date("2027-03-26"), "Vendredi saint"),
            entry(date("2027-03-29"), "Lundi de Pâques"),
            entry(date("2027-05-24"), "Journée nationale des patriotes"),
            entry(date("2027-06-24"), "Fête nationale du Québec"),
            entry(date("2027-07-01"), "Fête du Canada"),
            entry(date("2027-09-06"), "Fête du Travail"),
            entry(date("2027-10-11"), "Action de grâces"),
            entry(date("2027-12-24"), "Veille de Noël"),
            // 25 and 26 December 2027 are a Saturday and a Sunday.
            entry(date("2027-12-27"), "Noël"),
            entry(date("2027-12-28"), "Lendemain de Noël"),
            entry(date("2027-12-31"), "Veille du jour de l'An"));
  }

  @Test
  @DisplayName("R-A5: New Year 2028 on a weekend is taken on Monday 3 and Tuesday 4 January")
  void newYear2028() {
    assertThat(QuebecHolidays.of(2028).headMap(date("2028-02-01")))
        .containsExactly(
            entry(date("2028-01-03"), "Jour de l'An"),
            entry(date("2028-01-04"), "Lendemain du jour de l'An"));
  }

  @Test
  @DisplayName("R-A5: 2011-2012, the published list: 23, 26, 27, 30 December, 2 and 3 January")
  void christmasSeasonOnSaturdayToMonday() {
    assertThat(QuebecHolidays.of(2011).tailMap(date("2011-12-01")).keySet())
        .containsExactly(
            date("2011-12-23"), date("2011-12-26"), date("2011-12-27"), date("2011-12-30"));
    assertThat(QuebecHolidays.of(2012).headMap(date("2012-02-01")).keySet())
        .containsExactly(date("2012-01-02"), date("2012-01-03"));
  }

  @Test
  @DisplayName("R-A5: 2023-2024, eves on a Sunday are taken on the Friday before")
  void christmasSeasonOnSundayToTuesday() {
    assertThat(QuebecHolidays.of(2023).tailMap(date("2023-12-01")))
        .containsExactly(
            entry(date("2023-12-22"), "Veille de Noël"),
            entry(date("2023-12-25"), "Noël"),
            entry(date("2023-12-26"), "Lendemain de Noël"),
            entry(date("2023-12-29"), "Veille du jour de l'An"));
    assertThat(QuebecHolidays.of(2024).headMap(date("2024-02-01")).keySet())
        .containsExactly(date("2024-01-01"), date("2024-01-02"));
  }

  @Test
  @DisplayName("R-A5: 24 June and 1 July on a Sunday are taken on Monday 25 June and 2 July")
  void summerHolidaysOnSunday() {
    NavigableMap<LocalDate, String> days = QuebecHolidays.of(2018);
    assertThat(days).containsEntry(date("2018-06-25"), "Fête nationale du Québec");
    assertThat(days).containsEntry(date("2018-07-02"), "Fête du Canada");
    assertThat(days).doesNotContainKeys(date("2018-06-24"), date("2018-07-01"));
  }

  @Test
  @DisplayName(
      "R-A5 (deployment choice): 24 June and 1 July on a Saturday are taken the Friday before")
  void summerHolidaysOnSaturday() {
    NavigableMap<LocalDate, String> days = QuebecHolidays.of(2028);
    assertThat(days).containsEntry(date("2028-06-23"), "Fête nationale du Québec");
    assertThat(days).containsEntry(date("2028-06-30"), "Fête du Canada");
    assertThat(days).doesNotContainKeys(date("2028-06-24"), date("2028-07-01"));
  }

  @ParameterizedTest(name = "Easter {0} is {1}")
  @DisplayName("R-A5: Easter Sunday by the anonymous Gregorian algorithm")
  @CsvSource({
    "1583, 1583-04-10",
    "1818, 1818-03-22",
    "1943, 1943-04-25",
    "2000, 2000-04-23",
    "2008, 2008-03-23",
    "2019, 2019-04-21",
    "2024, 2024-03-31",
    "2025, 2025-04-20",
    "2026, 2026-04-05",
    "2027, 2027-03-28",
    "2038, 2038-04-25",
    "2285, 2285-03-22"
  })
  void easterSunday(int year, LocalDate expected) {
    assertThat(QuebecHolidays.easterSunday(year)).isEqualTo(expected);
  }

  @Test
  @DisplayName("R-A5: Easter before the Gregorian calendar is refused")
  void easterBeforeGregorianCalendar() {
    assertThatThrownBy(() -> QuebecHolidays.easterSunday(1582))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("R-A5: every year has thirteen distinct weekdays off, all within the year")
  void thirteenWeekdaysEveryYear() {
    for (int year = 1583; year <= 2600; year++) {
      NavigableMap<LocalDate, String> days = QuebecHolidays.of(year);
      assertThat(days).as("year %d", year).hasSize(13);
      for (LocalDate day : days.keySet()) {
        assertThat(day.getYear()).as("%s", day).isEqualTo(year);
        assertThat(day.getDayOfWeek()).as("%s", day).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
      }
    }
  }

  @Test
  @DisplayName("A year's list cannot be changed by its reader")
  void unmodifiable() {
    NavigableMap<LocalDate, String> days = QuebecHolidays.of(2026);
    assertThatThrownBy(() -> days.put(date("2026-03-02"), "Jour inventé"))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
