package ca.qc.portail.password;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PasswordStatusTest {

  private static final Clock NOW =
      Clock.fixed(Instant.parse("2026-11-23T15:00:00Z"), ZoneId.of("America/Toronto"));

  @Test
  @DisplayName("R-P2: with password.maxAgeDays 0 (the default) a password never expires")
  void offByDefault() {
    assertThat(PasswordStatus.of(false, Instant.parse("2010-01-01T00:00:00Z"), 0, NOW))
        .isEqualTo(PasswordStatus.CURRENT);
  }

  @Test
  @DisplayName("R-P2: at 180 days a password is expired from the very instant it is 180 days old")
  void expiresAtMaxAge() {
    Instant exactly180DaysAgo = Instant.parse("2026-05-27T15:00:00Z");

    assertThat(PasswordStatus.of(false, exactly180DaysAgo, 180, NOW))
        .isEqualTo(PasswordStatus.EXPIRED);
    assertThat(PasswordStatus.of(false, exactly180DaysAgo.plusSeconds(1), 180, NOW))
        .as("one second younger")
        .isEqualTo(PasswordStatus.CURRENT);
    assertThat(PasswordStatus.EXPIRED.mustChange()).isTrue();
  }

  @Test
  @DisplayName("R-P4: a temporary password must be changed, whatever its age or the setting")
  void temporaryAlwaysMustChange() {
    assertThat(PasswordStatus.of(true, NOW.instant(), 0, NOW)).isEqualTo(PasswordStatus.TEMPORARY);
    assertThat(PasswordStatus.of(true, NOW.instant(), 180, NOW).mustChange()).isTrue();
    assertThat(PasswordStatus.CURRENT.mustChange()).isFalse();
  }

  @Test
  @DisplayName("R-P2: a password with no change date (set before the rule existed) is current")
  void noChangeDate() {
    assertThat(PasswordStatus.of(false, null, 180, NOW)).isEqualTo(PasswordStatus.CURRENT);
  }
}
