package ca.qc.portail.administration;

import ca.qc.portail.account.AccountState;
import ca.qc.portail.account.DeactivationReason;
import ca.qc.portail.account.SelfDeactivationRules;
import ca.qc.portail.account.UserAccount;
import ca.qc.portail.authentication.FailedLogins;
import ca.qc.portail.authentication.LockoutPolicy;
import ca.qc.portail.platform.TextInput;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules of a security file (R-S4–R-S7, R-C5), without side effects: each check returns every
 * reason the action is refused, empty when it may be done. Time is given by the caller (its {@code
 * Clock}).
 */
public final class SecurityFileRules {

  /** R-S7: an Expiré account may be extended during the 12 weeks after its expiry date. */
  public static final int EXPIRED_GRACE_DAYS = 12 * 7;

  /** R-S5: an officer reactivates an account inactive for at most this many months. */
  public static final int REACTIVATION_MONTHS = 3;

  private static final Pattern EMAIL =
      Pattern.compile(
          "[A-Za-z0-9._%+'-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");
  private static final Pattern SIN = Pattern.compile("\\d{6}");
  private static final Pattern PHONE = Pattern.compile("[0-9 ()+.-]{7,20}");
  private static final int MAX_NAME = 100;

  private SecurityFileRules() {}

  /** R-S4: Inactif for a reason other than failed logins, so read-only for an officer. */
  public static boolean readOnlyForOfficer(UserAccount account) {
    return account.getState() == AccountState.INACTIF && !deactivatedAfterFailedLogins(account);
  }

  static boolean deactivatedAfterFailedLogins(UserAccount account) {
    return account.getState() == AccountState.INACTIF
        && FailedLogins.DEACTIVATION_REASON.equals(account.getStateReason());
  }

  /** R-S5 (TEMPORARY mode): Verrouillé and the lock still running. */
  public static boolean currentlyLocked(UserAccount account, Instant now) {
    return account.getState() == AccountState.VERROUILLE
        && account.getLockedUntil() != null
        && account.getLockedUntil().isAfter(now);
  }

  /**
   * R-S5: whether an officer may reactivate {@code account}: deactivated by the system after failed
   * logins, expiry date after today, inactive at most 3 months, not the officer's own; or, in
   * TEMPORARY mode, a current lock lifted early.
   */
  public static List<FileViolation> checkReactivation(
      UserAccount account, boolean ownAccount, LockoutPolicy.Mode mode, Instant now, ZoneId zone) {
    List<FileViolation> violations = new ArrayList<>();
    if (ownAccount) {
      violations.add(FileViolation.OWN_ACCOUNT);
    }
    LocalDate today = LocalDate.ofInstant(now, zone);
    if (mode == LockoutPolicy.Mode.TEMPORARY && currentlyLocked(account, now)) {
      return List.copyOf(violations);
    }
    if (!deactivatedAfterFailedLogins(account)) {
      violations.add(FileViolation.NOT_REACTIVATABLE);
      return List.copyOf(violations);
    }
    if (account.getExpiryDate() == null || !account.getExpiryDate().isAfter(today)) {
      violations.add(FileViolation.EXPIRY_PASSED);
    }
    LocalDate since =
        account.getStateChangedAt() == null
            ? today
            : LocalDate.ofInstant(account.getStateChangedAt(), zone);
    if (today.isAfter(since.plusMonths(REACTIVATION_MONTHS))) {
      violations.add(FileViolation.INACTIVE_TOO_LONG);
    }
    return List.copyOf(violations);
  }

  /**
   * R-S7: a new expiry date for {@code account}. Not for an Inactif account (a reactivation passes
   * {@code reactivating} to check the date it brings); after today and at most one year after
   * today; an officer may shorten but never extend their own account ({@code ownAccount} is false
   * for central); an Expiré account during the 12 weeks after its expiry date.
   */
  public static List<FileViolation> checkValidity(
      UserAccount account,
      LocalDate requested,
      LocalDate today,
      boolean ownAccount,
      boolean reactivating) {
    List<FileViolation> violations = new ArrayList<>();
    AccountState state = account.getState();
    if (state == AccountState.INACTIF && !reactivating) {
      violations.add(FileViolation.INACTIVE);
      return List.copyOf(violations);
    }
    if (requested == null) {
      violations.add(FileViolation.DATE_MISSING);
      return List.copyOf(violations);
    }
    if (!requested.isAfter(today)) {
      violations.add(FileViolation.DATE_NOT_AFTER_TODAY);
    } else if (requested.isAfter(today.plusYears(1))) {
      violations.add(FileViolation.DATE_BEYOND_ONE_YEAR);
    }
    LocalDate current = account.getExpiryDate();
    if (!reactivating && requested.equals(current)) {
      violations.add(FileViolation.DATE_UNCHANGED);
    }
    if (ownAccount && (current == null || requested.isAfter(current))) {
      violations.add(FileViolation.OWN_EXTENSION);
    }
    if (state == AccountState.EXPIRE
        && current != null
        && today.isAfter(current.plusDays(EXPIRED_GRACE_DAYS))) {
      violations.add(FileViolation.EXPIRED_TOO_LONG);
    }
    return List.copyOf(violations);
  }

  /** Whether {@code requested} lengthens the validity (else it shortens it). */
  public static boolean lengthens(LocalDate current, LocalDate requested) {
    return current == null || requested.isAfter(current);
  }

  /** R-S6, R-C6: the reason, as R-D1 asks it; and the account must not be Inactif already. */
  public static List<FileViolation> checkDeactivation(
      UserAccount account, DeactivationReason reason, String otherReason) {
    List<FileViolation> violations = new ArrayList<>();
    if (account.getState() == AccountState.INACTIF) {
      violations.add(FileViolation.ALREADY_INACTIVE);
    }
    violations.addAll(checkDeactivationReason(reason, otherReason));
    return List.copyOf(violations);
  }

  /**
   * R-S6, R-C6: the reason alone, as R-D1 asks it; what the page checks before asking to confirm
   * (issue 13, point 4).
   */
  public static List<FileViolation> checkDeactivationReason(
      DeactivationReason reason, String otherReason) {
    return SelfDeactivationRules.checkReason(reason, otherReason).stream()
        .map(
            v ->
                switch (v) {
                  case REASON_MISSING -> FileViolation.REASON_MISSING;
                  case OTHER_REASON_MISSING -> FileViolation.OTHER_REASON_MISSING;
                  default -> FileViolation.OTHER_REASON_TOO_LONG;
                })
        .toList();
  }

  /** R-S5: a reactivation reason, and a text for *Autre raison*. */
  public static List<FileViolation> checkReactivationReason(
      ReactivationReason reason, String otherReason) {
    if (reason == null) {
      return List.of(FileViolation.REASON_MISSING);
    }
    if (reason == ReactivationReason.AUTRE_RAISON) {
      String text = otherReason == null ? "" : otherReason.strip();
      if (text.isEmpty()) {
        return List.of(FileViolation.OTHER_REASON_MISSING);
      }
      if (text.length() > SelfDeactivationRules.MAX_OTHER_REASON) {
        return List.of(FileViolation.OTHER_REASON_TOO_LONG);
      }
      if (!TextInput.isClean(text, true)) {
        return List.of(FileViolation.OTHER_REASON_CONTROL_CHARACTERS);
      }
    }
    return List.of();
  }

  public static String recordedReason(ReactivationReason reason, String otherReason) {
    return reason == ReactivationReason.AUTRE_RAISON ? otherReason.strip() : reason.name();
  }

  /** R-C5: names required (≤ 100), a well-formed e-mail, 6 digits of SIN, an optional phone. */
  public static List<FileViolation> checkPersonalData(PersonalData data) {
    List<FileViolation> violations = new ArrayList<>();
    if (blank(data.lastName()) || data.lastName().strip().length() > MAX_NAME) {
      violations.add(FileViolation.LAST_NAME_INVALID);
    } else if (!TextInput.isClean(data.lastName())) {
      // Finding #13 of issue 12: control characters refused, nothing stored.
      violations.add(FileViolation.LAST_NAME_CONTROL_CHARACTERS);
    }
    if (blank(data.firstName()) || data.firstName().strip().length() > MAX_NAME) {
      violations.add(FileViolation.FIRST_NAME_INVALID);
    } else if (!TextInput.isClean(data.firstName())) {
      violations.add(FileViolation.FIRST_NAME_CONTROL_CHARACTERS);
    }
    if (blank(data.email())
        || data.email().strip().length() > 254
        || !EMAIL.matcher(data.email().strip()).matches()) {
      violations.add(FileViolation.EMAIL_INVALID);
    }
    if (!blank(data.phone()) && !PHONE.matcher(data.phone().strip()).matches()) {
      violations.add(FileViolation.PHONE_INVALID);
    }
    if (blank(data.partialSin()) || !SIN.matcher(data.partialSin().strip()).matches()) {
      violations.add(FileViolation.SIN_INVALID);
    }
    return List.copyOf(violations);
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
