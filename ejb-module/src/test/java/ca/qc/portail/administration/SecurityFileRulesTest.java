package ca.qc.portail.administration;

import static org.assertj.core.api.Assertions.assertThat;

import ca.qc.portail.account.AccountState;
import ca.qc.portail.account.DeactivationReason;
import ca.qc.portail.account.UserAccount;
import ca.qc.portail.authentication.FailedLogins;
import ca.qc.portail.authentication.LockoutPolicy.Mode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** R-S4, R-S5, R-S6, R-S7, R-C5 with a fixed clock, at every boundary. */
class SecurityFileRulesTest {

  private static final ZoneId ZONE = ZoneId.of("America/Toronto");
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
  private static final Clock CLOCK =
      Clock.fixed(ZonedDateTime.of(TODAY.atTime(10, 0), ZONE).toInstant(), ZONE);
  private static final Instant NOW = CLOCK.instant();

  private static UserAccount account(AccountState state, LocalDate expiry) {
    UserAccount account =
        new UserAccount(null, "a@test.example", "Anne", "Gagnon", "123456", expiry, NOW);
    account.assignUserCode("agagnon");
    if (state != AccountState.ACTIF) {
      account.changeState(state, "Préparé", "Test", NOW);
    }
    return account;
  }

  /** Inactif after failed logins on {@code day}, expiring on {@code expiry}. */
  private static UserAccount failedLogins(LocalDate day, LocalDate expiry) {
    UserAccount account = account(AccountState.ACTIF, expiry);
    account.changeState(
        AccountState.INACTIF,
        FailedLogins.DEACTIVATION_REASON,
        null,
        ZonedDateTime.of(day.atTime(23, 30), ZONE).toInstant());
    return account;
  }

  @Nested
  @DisplayName("R-S5 Réactiver")
  class Reactivation {

    @Test
    @DisplayName("R-S5: Inactif after failed logins, expiry after today, recently: allowed")
    void allowedAfterFailedLogins() {
      assertThat(
              SecurityFileRules.checkReactivation(
                  failedLogins(TODAY.minusDays(2), TODAY.plusMonths(6)),
                  false,
                  Mode.DEACTIVATE,
                  NOW,
                  ZONE))
          .isEmpty();
    }

    @Test
    @DisplayName("R-S5: inactive exactly 3 months is allowed, 3 months and one day is refused")
    void threeMonthsBoundary() {
      assertThat(
              SecurityFileRules.checkReactivation(
                  failedLogins(TODAY.minusMonths(3), TODAY.plusMonths(6)),
                  false,
                  Mode.DEACTIVATE,
                  NOW,
                  ZONE))
          .isEmpty();
      assertThat(
              SecurityFileRules.checkReactivation(
                  failedLogins(TODAY.minusMonths(3).minusDays(1), TODAY.plusMonths(6)),
                  false,
                  Mode.DEACTIVATE,
                  NOW,
                  ZONE))
          .containsExactly(FileViolation.INACTIVE_TOO_LONG);
    }

    @Test
    @DisplayName("R-S5: the expiry date must be after today (today itself is refused)")
    void expiryAfterToday() {
      assertThat(
              SecurityFileRules.checkReactivation(
                  failedLogins(TODAY.minusDays(1), TODAY.plusDays(1)),
                  false,
                  Mode.DEACTIVATE,
                  NOW,
                  ZONE))
          .isEmpty();
      assertThat(
              SecurityFileRules.checkReactivation(
                  failedLogins(TODAY.minusDays(1), TODAY), false, Mode.DEACTIVATE, NOW, ZONE))
          .containsExactly(FileViolation.EXPIRY_PASSED);
    }

    @Test
    @DisplayName("R-S5: never the officer's own account")
    void notOwn() {
      assertThat(
              SecurityFileRules.checkReactivation(
                  failedLogins(TODAY.minusDays(1), TODAY.plusMonths(6)),
                  true,
                  Mode.DEACTIVATE,
                  NOW,
                  ZONE))
          .containsExactly(FileViolation.OWN_ACCOUNT);
    }

    @Test
    @DisplayName("R-S4/R-S5: Inactif for another reason, Actif, Expiré: not reactivatable")
    void otherStatesRefused() {
      UserAccount byReason = account(AccountState.ACTIF, TODAY.plusMonths(6));
      byReason.changeState(AccountState.INACTIF, "Congédiement", "Joseph Labonté", NOW);
      assertThat(SecurityFileRules.readOnlyForOfficer(byReason)).isTrue();
      assertThat(SecurityFileRules.checkReactivation(byReason, false, Mode.DEACTIVATE, NOW, ZONE))
          .containsExactly(FileViolation.NOT_REACTIVATABLE);
      assertThat(
              SecurityFileRules.readOnlyForOfficer(
                  failedLogins(TODAY.minusDays(1), TODAY.plusMonths(6))))
          .isFalse();
      for (AccountState state : new AccountState[] {AccountState.ACTIF, AccountState.EXPIRE}) {
        assertThat(
                SecurityFileRules.checkReactivation(
                    account(state, TODAY.plusMonths(6)), false, Mode.TEMPORARY, NOW, ZONE))
            .containsExactly(FileViolation.NOT_REACTIVATABLE);
      }
    }

    @Test
    @DisplayName("R-S5 (TEMPORARY): a current lock may be lifted early; an elapsed one may not")
    void lockLift() {
      UserAccount locked = account(AccountState.ACTIF, TODAY.plusMonths(6));
      locked.lockUntil(NOW.plus(Duration.ofMinutes(10)), "5 tentatives", NOW);
      assertThat(SecurityFileRules.checkReactivation(locked, false, Mode.TEMPORARY, NOW, ZONE))
          .isEmpty();
      assertThat(SecurityFileRules.checkReactivation(locked, true, Mode.TEMPORARY, NOW, ZONE))
          .containsExactly(FileViolation.OWN_ACCOUNT);
      assertThat(SecurityFileRules.checkReactivation(locked, false, Mode.DEACTIVATE, NOW, ZONE))
          .containsExactly(FileViolation.NOT_REACTIVATABLE);
      UserAccount elapsed = account(AccountState.ACTIF, TODAY.plusMonths(6));
      elapsed.lockUntil(NOW.minusSeconds(1), "5 tentatives", NOW.minusSeconds(900));
      assertThat(SecurityFileRules.checkReactivation(elapsed, false, Mode.TEMPORARY, NOW, ZONE))
          .containsExactly(FileViolation.NOT_REACTIVATABLE);
    }

    @Test
    @DisplayName("R-S5: a reason is required, and a text for « Autre raison »")
    void reason() {
      assertThat(SecurityFileRules.checkReactivationReason(null, null))
          .containsExactly(FileViolation.REASON_MISSING);
      assertThat(SecurityFileRules.checkReactivationReason(ReactivationReason.AUTRE_RAISON, "  "))
          .containsExactly(FileViolation.OTHER_REASON_MISSING);
      assertThat(
              SecurityFileRules.checkReactivationReason(
                  ReactivationReason.AUTRE_RAISON, "x".repeat(301)))
          .containsExactly(FileViolation.OTHER_REASON_TOO_LONG);
      assertThat(
              SecurityFileRules.checkReactivationReason(
                  ReactivationReason.IDENTITE_CONFIRMEE, null))
          .isEmpty();
      assertThat(SecurityFileRules.recordedReason(ReactivationReason.AUTRE_RAISON, " Appel "))
          .isEqualTo("Appel");
    }
  }

  @Nested
  @DisplayName("R-S7 Modifier la période de validité")
  class Validity {

    private final UserAccount active = account(AccountState.ACTIF, TODAY.plusMonths(2));

    @Test
    @DisplayName("R-S7: exactly 1 year after today is allowed, 1 year and 1 day is refused")
    void oneYear() {
      assertThat(SecurityFileRules.checkValidity(active, TODAY.plusYears(1), TODAY, false, false))
          .isEmpty();
      assertThat(
              SecurityFileRules.checkValidity(
                  active, TODAY.plusYears(1).plusDays(1), TODAY, false, false))
          .containsExactly(FileViolation.DATE_BEYOND_ONE_YEAR);
    }

    @Test
    @DisplayName("R-S7: the new date must be after today: today and the past are refused")
    void afterToday() {
      assertThat(SecurityFileRules.checkValidity(active, TODAY, TODAY, false, false))
          .containsExactly(FileViolation.DATE_NOT_AFTER_TODAY);
      assertThat(SecurityFileRules.checkValidity(active, TODAY.minusDays(3), TODAY, false, false))
          .containsExactly(FileViolation.DATE_NOT_AFTER_TODAY);
      assertThat(SecurityFileRules.checkValidity(active, TODAY.plusDays(1), TODAY, false, false))
          .isEmpty();
      assertThat(SecurityFileRules.checkValidity(active, null, TODAY, false, false))
          .containsExactly(FileViolation.DATE_MISSING);
    }

    @Test
    @DisplayName("R-S7: an officer shortens but never extends their own account")
    void ownAccount() {
      assertThat(SecurityFileRules.checkValidity(active, TODAY.plusMonths(1), TODAY, true, false))
          .isEmpty();
      assertThat(SecurityFileRules.checkValidity(active, TODAY.plusMonths(3), TODAY, true, false))
          .containsExactly(FileViolation.OWN_EXTENSION);
      assertThat(SecurityFileRules.checkValidity(active, TODAY.plusMonths(3), TODAY, false, false))
          .isEmpty();
      assertThat(SecurityFileRules.lengthens(TODAY.plusMonths(2), TODAY.plusMonths(3))).isTrue();
      assertThat(SecurityFileRules.lengthens(TODAY.plusMonths(2), TODAY.plusMonths(1))).isFalse();
    }

    @Test
    @DisplayName("R-S7: Expiré is extendable on day 84 after expiry, not on day 85")
    void expiredGrace() {
      UserAccount day84 = account(AccountState.EXPIRE, TODAY.minusDays(84));
      UserAccount day85 = account(AccountState.EXPIRE, TODAY.minusDays(85));
      assertThat(SecurityFileRules.checkValidity(day84, TODAY.plusMonths(6), TODAY, false, false))
          .isEmpty();
      assertThat(SecurityFileRules.checkValidity(day85, TODAY.plusMonths(6), TODAY, false, false))
          .containsExactly(FileViolation.EXPIRED_TOO_LONG);
    }

    @Test
    @DisplayName("R-S7: never for an Inactif account (but a reactivation may bring a date)")
    void inactive() {
      UserAccount inactive = failedLogins(TODAY.minusDays(1), TODAY.plusMonths(6));
      assertThat(
              SecurityFileRules.checkValidity(inactive, TODAY.plusMonths(8), TODAY, false, false))
          .containsExactly(FileViolation.INACTIVE);
      assertThat(SecurityFileRules.checkValidity(inactive, TODAY.plusMonths(8), TODAY, false, true))
          .isEmpty();
    }

    @Test
    @DisplayName("R-S7: the same date is no change")
    void unchanged() {
      assertThat(SecurityFileRules.checkValidity(active, TODAY.plusMonths(2), TODAY, false, false))
          .containsExactly(FileViolation.DATE_UNCHANGED);
    }
  }

  @Nested
  @DisplayName("Month ends, leap years and the ministry's day")
  class CalendarBoundaries {

    private Instant at(LocalDate day, int hour, int minute) {
      return ZonedDateTime.of(day.atTime(hour, minute), ZONE).toInstant();
    }

    @Test
    @DisplayName("R-S7: on 29 February, « 1 year » ends on 28 February; 1 March is refused")
    void oneYearFromLeapDay() {
      LocalDate leapDay = LocalDate.of(2028, 2, 29);
      UserAccount active = account(AccountState.ACTIF, leapDay.plusMonths(2));
      assertThat(
              SecurityFileRules.checkValidity(
                  active, LocalDate.of(2029, 2, 28), leapDay, false, false))
          .isEmpty();
      assertThat(
              SecurityFileRules.checkValidity(
                  active, LocalDate.of(2029, 3, 1), leapDay, false, false))
          .containsExactly(FileViolation.DATE_BEYOND_ONE_YEAR);
    }

    @Test
    @DisplayName("R-S7: the 12 weeks of an Expiré account count 29 February as a day")
    void graceAcrossLeapFebruary() {
      LocalDate expiry = LocalDate.of(2028, 2, 1);
      UserAccount expired = account(AccountState.EXPIRE, expiry);
      LocalDate day84 = LocalDate.of(2028, 4, 25);
      assertThat(expiry.plusDays(84)).isEqualTo(day84);
      assertThat(SecurityFileRules.checkValidity(expired, day84.plusMonths(6), day84, false, false))
          .isEmpty();
      assertThat(
              SecurityFileRules.checkValidity(
                  expired, day84.plusMonths(6), day84.plusDays(1), false, false))
          .containsExactly(FileViolation.EXPIRED_TOO_LONG);
    }

    @Test
    @DisplayName(
        "R-S5: deactivated on 30 November, reactivatable until 28 February, not on 1 March")
    void threeMonthsAtMonthEnd() {
      UserAccount account = failedLogins(LocalDate.of(2025, 11, 30), LocalDate.of(2026, 9, 1));
      assertThat(
              SecurityFileRules.checkReactivation(
                  account, false, Mode.DEACTIVATE, at(LocalDate.of(2026, 2, 28), 12, 0), ZONE))
          .isEmpty();
      assertThat(
              SecurityFileRules.checkReactivation(
                  account, false, Mode.DEACTIVATE, at(LocalDate.of(2026, 3, 1), 0, 1), ZONE))
          .containsExactly(FileViolation.INACTIVE_TOO_LONG);
    }

    @Test
    @DisplayName(
        "R-S5: the day is the ministry's — at 23:59 on the last allowed day (already the next"
            + " day in UTC) reactivation is still allowed")
    void ministrysDay() {
      UserAccount account = failedLogins(LocalDate.of(2025, 11, 30), LocalDate.of(2026, 9, 1));
      assertThat(
              SecurityFileRules.checkReactivation(
                  account, false, Mode.DEACTIVATE, at(LocalDate.of(2026, 2, 28), 23, 59), ZONE))
          .isEmpty();
      UserAccount expiresTomorrow =
          failedLogins(LocalDate.of(2026, 2, 20), LocalDate.of(2026, 3, 1));
      assertThat(
              SecurityFileRules.checkReactivation(
                  expiresTomorrow,
                  false,
                  Mode.DEACTIVATE,
                  at(LocalDate.of(2026, 2, 28), 23, 59),
                  ZONE))
          .as("its expiry date (1 March) is still after the ministry's today")
          .isEmpty();
    }
  }

  @Test
  @DisplayName("R-S6: a reason is required (R-D1's list), « Autre raison » needs a text")
  void deactivationReason() {
    UserAccount active = account(AccountState.ACTIF, TODAY.plusMonths(2));
    assertThat(SecurityFileRules.checkDeactivation(active, null, null))
        .containsExactly(FileViolation.REASON_MISSING);
    assertThat(SecurityFileRules.checkDeactivation(active, DeactivationReason.AUTRE_RAISON, ""))
        .containsExactly(FileViolation.OTHER_REASON_MISSING);
    assertThat(SecurityFileRules.checkDeactivation(active, DeactivationReason.CONGEDIEMENT, null))
        .isEmpty();
    UserAccount inactive = account(AccountState.INACTIF, TODAY.plusMonths(2));
    assertThat(SecurityFileRules.checkDeactivation(inactive, DeactivationReason.CONGEDIEMENT, null))
        .containsExactly(FileViolation.ALREADY_INACTIVE);
  }

  @Test
  @DisplayName("R-C5: names, e-mail, phone and partial SIN are checked field by field")
  void personalData() {
    assertThat(
            SecurityFileRules.checkPersonalData(
                new PersonalData("Gagnon", "Anne", "418 555-0101", "anne@exemple.qc.ca", "123456")))
        .isEmpty();
    assertThat(
            SecurityFileRules.checkPersonalData(new PersonalData(" ", "", "abc", "anne@", "12345")))
        .containsExactly(
            FileViolation.LAST_NAME_INVALID,
            FileViolation.FIRST_NAME_INVALID,
            FileViolation.EMAIL_INVALID,
            FileViolation.PHONE_INVALID,
            FileViolation.SIN_INVALID);
    assertThat(
            SecurityFileRules.checkPersonalData(
                new PersonalData("G", "A", null, "a b@exemple.ca", "12345a")))
        .containsExactly(FileViolation.EMAIL_INVALID, FileViolation.SIN_INVALID);
  }
}
