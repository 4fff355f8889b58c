package ca.qc.portail.password;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PasswordChangeFrequencyTest {

  private static final ZoneId QUEBEC = ZoneId.of("America/Toronto");

  /** In November Québec is on UTC-5: local midnight is 05:00 UTC. */
  private static Clock at(String instant) {
    return Clock.fixed(Instant.parse(instant), QUEBEC);
  }

  @Test
  @DisplayName("R-P3: a second change the same local day is refused, from midnight to midnight")
  void sameDayRefused() {
    Instant justAfterMidnight = Instant.parse("2026-11-23T05:00:00Z");

    assertThat(PasswordRules.changeAllowed(justAfterMidnight, false, at("2026-11-23T15:00:00Z")))
        .isFalse();
    assertThat(PasswordRules.changeAllowed(justAfterMidnight, false, at("2026-11-24T04:59:59Z")))
        .as("23:59:59 the same day")
        .isFalse();
  }

  @Test
  @DisplayName("R-P3: the next local day the change is allowed, even a second after midnight")
  void nextDayAllowed() {
    Instant lateEvening = Instant.parse("2026-11-24T04:59:59Z"); // 23:59:59 on the 23rd

    assertThat(PasswordRules.changeAllowed(lateEvening, false, at("2026-11-24T05:00:00Z")))
        .isTrue();
    assertThat(PasswordRules.changeAllowed(lateEvening, false, at("2026-11-24T04:59:59Z")))
        .isFalse();
  }

  @Test
  @DisplayName("R-P3: the day is the clock's local day, not the UTC day")
  void localDayNotUtcDay() {
    Instant eveningBefore = Instant.parse("2026-11-23T03:00:00Z"); // 22:00 on the 22nd in Québec

    assertThat(PasswordRules.changeAllowed(eveningBefore, false, at("2026-11-23T15:00:00Z")))
        .as("same UTC date, but the previous day in Québec")
        .isTrue();
  }

  @Test
  @DisplayName("R-P3: a temporary, expired or reset password may be changed again the same day")
  void temporaryAllowed() {
    Instant thisMorning = Instant.parse("2026-11-23T14:00:00Z");

    assertThat(PasswordRules.changeAllowed(thisMorning, true, at("2026-11-23T15:00:00Z"))).isTrue();
  }

  @Test
  @DisplayName("R-P3: a password never changed may be changed; one changed 'tomorrow' may not")
  void neverChangedAndClockSkew() {
    Clock clock = at("2026-11-23T15:00:00Z");

    assertThat(PasswordRules.changeAllowed(null, false, clock)).isTrue();
    assertThat(PasswordRules.changeAllowed(Instant.parse("2026-11-24T15:00:00Z"), false, clock))
        .as("a last change ahead of this member's clock")
        .isFalse();
  }
}
