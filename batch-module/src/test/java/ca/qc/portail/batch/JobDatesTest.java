package ca.qc.portail.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** R-J1, R-J2: the day an operator may start a job for from the console. */
class JobDatesTest {

  private static final ZoneId MINISTRY = ZoneId.of("America/Toronto");

  /** 2026-11-23 at 23:30 in Québec, already the 24th in UTC. */
  private static final Clock LATE_EVENING =
      Clock.fixed(Instant.parse("2026-11-24T04:30:00Z"), MINISTRY);

  @Test
  void rJ1_todayAndMissedDaysMayBeRun() {
    assertThat(JobDates.mayStartFor(LocalDate.of(2026, 11, 23), LATE_EVENING, false)).isTrue();
    assertThat(JobDates.mayStartFor(LocalDate.of(2026, 11, 1), LATE_EVENING, false)).isTrue();
  }

  @Test
  void rJ1_aDayToComeIsRefusedEvenWhenItIsAlreadyThatDayInUtc() {
    assertThat(JobDates.mayStartFor(LocalDate.of(2026, 11, 24), LATE_EVENING, false)).isFalse();
    assertThat(JobDates.mayStartFor(LocalDate.of(2031, 3, 10), LATE_EVENING, false)).isFalse();
  }

  @Test
  void rJ1_rehearsalsMayRunAheadOfTime() {
    assertThat(JobDates.mayStartFor(LocalDate.of(2031, 3, 10), LATE_EVENING, true)).isTrue();
  }

  @Test
  void rJ1_anAbsentDateIsTodayInTheMinistrysZone() {
    assertThat(JobDates.runDate(null, LATE_EVENING)).isEqualTo(LocalDate.of(2026, 11, 23));
    assertThat(JobDates.runDate(" 2026-11-20 ", LATE_EVENING))
        .isEqualTo(LocalDate.of(2026, 11, 20));
  }
}
