package ca.qc.portail.batch.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.ScheduleExpression;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CronScheduleTest {

  @Test
  @DisplayName("A five-field setting becomes the EJB calendar expression, in the given zone")
  void parsesFiveFields() {
    ScheduleExpression expression =
        CronSchedule.parse("30 1 * * *").toExpression("America/Toronto");

    assertThat(expression.getSecond()).isEqualTo("0");
    assertThat(expression.getMinute()).isEqualTo("30");
    assertThat(expression.getHour()).isEqualTo("1");
    assertThat(expression.getDayOfMonth()).isEqualTo("*");
    assertThat(expression.getDayOfWeek()).isEqualTo("*");
    assertThat(expression.getTimezone()).isEqualTo("America/Toronto");
  }

  @Test
  @DisplayName("Lists, ranges, steps and day names are kept")
  void keepsListsRangesAndSteps() {
    CronSchedule cron = CronSchedule.parse("*/15 6-18 1,15 * Mon-Fri");

    assertThat(cron.minute()).isEqualTo("*/15");
    assertThat(cron.hour()).isEqualTo("6-18");
    assertThat(cron.dayOfMonth()).isEqualTo("1,15");
    assertThat(cron.dayOfWeek()).isEqualTo("mon-fri");
  }

  @Test
  @DisplayName("'off' or an empty setting leaves the job unscheduled")
  void offMeansNotScheduled() {
    assertThat(CronSchedule.parse("off")).isNull();
    assertThat(CronSchedule.parse(" ")).isNull();
    assertThat(CronSchedule.parse(null)).isNull();
  }

  @Test
  @DisplayName("A malformed setting is refused with a message naming it")
  void refusesMalformed() {
    assertThatThrownBy(() -> CronSchedule.parse("30 1 * *"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("5 fields");
    assertThatThrownBy(() -> CronSchedule.parse("30 1 * * *; rm"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
