package ca.qc.portail.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class InactivityRuleTest {

  private static final ZoneId ZONE = ZoneId.of("America/Toronto");
  private static final LocalDate RUN = LocalDate.of(2030, 3, 15);

  private static Instant at(LocalDate day, LocalTime time) {
    return day.atTime(time).atZone(ZONE).toInstant();
  }

  private static String reason(
      AccountState state, Instant lastAccess, Instant created, LocalDate expiry) {
    return InactivityRule.reason(state, lastAccess, created, expiry, RUN, ZONE).orElse(null);
  }

  @Test
  @DisplayName(
      "R-J2: last used 182 days ago stays Actif; 183 days ago becomes Inactif (Inactivité)")
  void unusedBoundary() {
    Instant created = at(RUN.minusYears(3), LocalTime.NOON);
    assertThat(
            reason(AccountState.ACTIF, at(RUN.minusDays(182), LocalTime.MIDNIGHT), created, null))
        .isNull();
    assertThat(
            reason(AccountState.ACTIF, at(RUN.minusDays(183), LocalTime.of(23, 59)), created, null))
        .isEqualTo(InactivityRule.INACTIVITY_REASON);
  }

  @Test
  @DisplayName("R-J2: a never-used account counts from its creation")
  void neverUsedCountsFromCreation() {
    assertThat(reason(AccountState.ACTIF, null, at(RUN.minusDays(182), LocalTime.NOON), null))
        .isNull();
    assertThat(reason(AccountState.ACTIF, null, at(RUN.minusDays(183), LocalTime.NOON), null))
        .isEqualTo(InactivityRule.INACTIVITY_REASON);
  }

  @Test
  @DisplayName("R-J2: Expiré 12 weeks stays Expiré; 12 weeks + 1 day becomes Inactif (Expiration)")
  void expiredBoundary() {
    Instant created = at(RUN.minusYears(1), LocalTime.NOON);
    assertThat(reason(AccountState.EXPIRE, null, created, RUN.minusWeeks(12))).isNull();
    assertThat(reason(AccountState.EXPIRE, null, created, RUN.minusWeeks(12).minusDays(1)))
        .isEqualTo(InactivityRule.EXPIRATION_REASON);
  }

  @Test
  @DisplayName("R-J2: Verrouillé and Inactif accounts are left alone")
  void otherStatesUntouched() {
    Instant old = at(RUN.minusYears(2), LocalTime.NOON);
    assertThat(reason(AccountState.VERROUILLE, old, old, RUN.minusYears(1))).isNull();
    assertThat(reason(AccountState.INACTIF, old, old, RUN.minusYears(1))).isNull();
  }
}
