package ca.qc.portail.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BusinessCalendarTest {

  /** R-A5: a registration code is valid 4 business days. */
  private static final int VALIDITY = 4;

  /** R-A5: central may extend it once by 2 business days. */
  private static final int EXTENSION = 2;

  private final BusinessCalendar calendar = new BusinessCalendar();

  private static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  @DisplayName("R-A5: weekdays are business days, weekends and holidays are not")
  void businessDays() {
    assertThat(calendar.isBusinessDay(date("2026-04-02"))).as("Thursday").isTrue();
    assertThat(calendar.isBusinessDay(date("2026-04-03"))).as("Good Friday").isFalse();
    assertThat(calendar.isBusinessDay(date("2026-04-04"))).as("Saturday").isFalse();
    assertThat(calendar.isBusinessDay(date("2026-04-05"))).as("Easter Sunday").isFalse();
    assertThat(calendar.isBusinessDay(date("2026-04-06"))).as("Easter Monday").isFalse();
    assertThat(calendar.isBusinessDay(date("2026-04-07"))).as("Tuesday").isTrue();
    assertThat(calendar.isBusinessDay(date("2026-12-28"))).as("26 December moved").isFalse();
    assertThat(calendar.isBusinessDay(date("2026-12-29"))).as("Tuesday").isTrue();
  }

  @Test
  @DisplayName("R-A5: a holiday is named in French on the day the public service takes it")
  void holidayName() {
    assertThat(calendar.holidayName(date("2026-04-03"))).contains("Vendredi saint");
    assertThat(calendar.holidayName(date("2026-05-18")))
        .contains("Journée nationale des patriotes");
    assertThat(calendar.holidayName(date("2026-12-28"))).contains("Lendemain de Noël");
    assertThat(calendar.holidayName(date("2027-12-27"))).contains("Noël");
    assertThat(calendar.holidayName(date("2026-12-26"))).as("the Saturday it moved from").isEmpty();
    assertThat(calendar.holidayName(date("2026-04-07"))).isEmpty();
  }

  @Test
  @DisplayName("R-A5: 0 business days is the starting date itself, even on a weekend")
  void zeroDays() {
    assertThat(calendar.plusBusinessDays(date("2026-04-02"), 0)).isEqualTo(date("2026-04-02"));
    assertThat(calendar.plusBusinessDays(date("2026-04-04"), 0)).isEqualTo(date("2026-04-04"));
  }

  @Test
  @DisplayName("R-A5: a code issued on an ordinary Thursday is valid until the next Wednesday")
  void ordinaryWeek() {
    assertThat(calendar.plusBusinessDays(date("2026-03-19"), VALIDITY))
        .isEqualTo(date("2026-03-25"));
  }

  @Test
  @DisplayName(
      "R-A5: a code issued Thursday 2026-04-02 ends Friday 2026-04-10, Good Friday and Easter"
          + " Monday skipped")
  void acrossEaster() {
    LocalDate end = calendar.plusBusinessDays(date("2026-04-02"), VALIDITY);
    assertThat(end).isEqualTo(date("2026-04-10"));
    assertThat(calendar.plusBusinessDays(end, EXTENSION))
        .as("extended once on its last day")
        .isEqualTo(date("2026-04-14"));
  }

  @Test
  @DisplayName("R-A5: a code issued Friday 2026-12-18 crosses the Christmas season to 2026-12-29")
  void acrossChristmas2026() {
    LocalDate end = calendar.plusBusinessDays(date("2026-12-18"), VALIDITY);
    assertThat(end).isEqualTo(date("2026-12-29"));
    assertThat(calendar.plusBusinessDays(end, EXTENSION))
        .as("30 December, then past 31 December, 1 and 4 January")
        .isEqualTo(date("2027-01-05"));
  }

  @Test
  @DisplayName("R-A5: a code issued Wednesday 2027-12-22 crosses both holiday weekends")
  void acrossChristmas2027() {
    assertThat(calendar.plusBusinessDays(date("2027-12-22"), VALIDITY))
        .isEqualTo(date("2028-01-05"));
  }

  @ParameterizedTest(name = "{0} + {1} business days = {2}")
  @DisplayName("R-A5: counting starts the day after, whatever day the count starts from")
  @CsvSource({
    "2026-04-04, 1, 2026-04-07", // from a Saturday of Easter weekend
    "2026-04-03, 1, 2026-04-07", // from Good Friday itself
    "2026-05-15, 1, 2026-05-19", // over the Journée nationale des patriotes
    "2026-06-23, 2, 2026-06-26", // over the Fête nationale
    "2026-06-30, 1, 2026-07-02", // over the Fête du Canada
    "2026-10-09, 1, 2026-10-13", // over the Action de grâces
    "2026-12-23, 1, 2026-12-29", // over 24, 25 and (moved) 26 December
  })
  void startingDays(LocalDate from, int days, LocalDate expected) {
    assertThat(calendar.plusBusinessDays(from, days)).isEqualTo(expected);
  }

  @Test
  @DisplayName("R-A5: a negative number of business days is refused")
  void negativeDays() {
    assertThatThrownBy(() -> calendar.plusBusinessDays(date("2026-04-02"), -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("R-A5: the calendar closes weekends and exactly the days of QuebecHolidays")
  void closesExactlyWeekendsAndHolidays() {
    for (LocalDate day = date("2026-01-01");
        day.isBefore(date("2028-01-10"));
        day = day.plusDays(1)) {
      boolean weekend =
          day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
      boolean holiday = QuebecHolidays.of(day.getYear()).containsKey(day);
      assertThat(calendar.isBusinessDay(day)).as("%s", day).isEqualTo(!weekend && !holiday);
      assertThat(calendar.holidayName(day).isPresent()).as("%s", day).isEqualTo(holiday);
    }
  }
}
