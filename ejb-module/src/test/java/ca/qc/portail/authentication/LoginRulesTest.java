package ca.qc.portail.authentication;

import static org.assertj.core.api.Assertions.assertThat;

import ca.qc.portail.account.AccountState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LoginRulesTest {

  /** 2026-11-23 10:00 in Québec. */
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-23T15:00:00Z"), ZoneId.of("America/Toronto"));

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  @Test
  @DisplayName("R-L1: a wrong password is INVALID whatever the account's state, but a current lock")
  void wrongPasswordHidesTheState() {
    for (AccountState state : AccountState.values()) {
      assertThat(LoginRules.decide(state, TODAY.minusDays(9), null, false, CLOCK))
          .isEqualTo(LoginOutcome.INVALID);
    }
  }

  @Test
  @DisplayName("R-L5: the account is no longer valid on its expiry date")
  void expiryDateBoundary() {
    assertThat(LoginRules.decide(AccountState.ACTIF, TODAY.plusDays(1), null, true, CLOCK))
        .isEqualTo(LoginOutcome.SUCCESS);
    assertThat(LoginRules.decide(AccountState.ACTIF, TODAY, null, true, CLOCK))
        .isEqualTo(LoginOutcome.EXPIRED);
    assertThat(LoginRules.decide(AccountState.EXPIRE, TODAY.plusDays(5), null, true, CLOCK))
        .isEqualTo(LoginOutcome.EXPIRED);
    assertThat(LoginRules.decide(AccountState.ACTIF, null, null, true, CLOCK))
        .isEqualTo(LoginOutcome.SUCCESS);
  }

  @Test
  @DisplayName("R-L5: an inactive account is INACTIVE, even when also past its expiry")
  void inactive() {
    assertThat(LoginRules.decide(AccountState.INACTIF, TODAY.minusDays(1), null, true, CLOCK))
        .isEqualTo(LoginOutcome.INACTIVE);
  }

  @Test
  @DisplayName("R-L3: a lock holds until its end, then the account signs in again")
  void lockBoundary() {
    Instant now = CLOCK.instant();
    assertThat(
            LoginRules.decide(
                AccountState.VERROUILLE, TODAY.plusDays(9), now.plusSeconds(1), true, CLOCK))
        .isEqualTo(LoginOutcome.LOCKED);
    assertThat(LoginRules.decide(AccountState.VERROUILLE, TODAY.plusDays(9), now, true, CLOCK))
        .isEqualTo(LoginOutcome.SUCCESS);
    assertThat(
            LoginRules.decide(
                AccountState.VERROUILLE,
                TODAY.plusDays(9),
                now.minus(Duration.ofMinutes(1)),
                true,
                CLOCK))
        .isEqualTo(LoginOutcome.SUCCESS);
  }

  @Test
  @DisplayName("R-L3: while locked, every attempt gets the lock message, even a wrong password")
  void lockedWhateverThePassword() {
    assertThat(
            LoginRules.decide(
                AccountState.VERROUILLE,
                TODAY.plusDays(9),
                CLOCK.instant().plusSeconds(60),
                false,
                CLOCK))
        .isEqualTo(LoginOutcome.LOCKED);
  }

  @Test
  @DisplayName("R-L1: ordinary input is looked up, accents and symbols included")
  void acceptsOrdinaryInput() {
    assertThat(LoginRules.acceptableInput("jlabonte", "Demo-Portail-2026")).isTrue();
    assertThat(LoginRules.acceptableInput("joseph.labonte@cegep.example", "é à ç ! ' \" <>"))
        .isTrue();
    assertThat(LoginRules.acceptableInput("x".repeat(254), "p".repeat(256))).isTrue();
  }

  @ParameterizedTest
  @DisplayName("Bad input: empty, blank, overlong or control characters are refused")
  @ValueSource(strings = {"", "   ", "tab\there", "nul\u0000", "bidi\u202Eexe", "zero\u200Bwidth"})
  void refusesBadLogins(String login) {
    assertThat(LoginRules.acceptableInput(login, "Demo-Portail-2026")).isFalse();
  }

  @Test
  @DisplayName("Bad input: overlong values and missing values are refused")
  void refusesOverlongAndMissing() {
    assertThat(LoginRules.acceptableInput("x".repeat(255), "p")).isFalse();
    assertThat(LoginRules.acceptableInput("jlabonte", "p".repeat(257))).isFalse();
    assertThat(LoginRules.acceptableInput(null, "p")).isFalse();
    assertThat(LoginRules.acceptableInput("jlabonte", null)).isFalse();
    assertThat(LoginRules.acceptableInput("jlabonte", "")).isFalse();
    assertThat(LoginRules.acceptableInput("jlabonte", "ligne\nsuivante")).isFalse();
  }
}
