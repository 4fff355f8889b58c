package ca.qc.portail.exchange;

import ca.qc.portail.platform.TextInput;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The exchange's rules as plain functions, with no container (R-E1–R-E8, R-E10): project entries,
 * deposit checks, quotas, expiry dates and the formats the guide shows (seed 000).
 */
public final class ExchangeRules {
  private ExchangeRules() {}

  /** "Note aux destinataires": at most 500 characters, counter "0 / 500" (R-E3). */
  public static final int MAX_NOTE = 500;

  public static final int MAX_FILE_NAME = 255;
  public static final int MAX_NAME = 200;
  public static final int MAX_CONSENT = 10_000;

  /** R-E10: the protected ZIP's password, chosen by the depositor. */
  public static final int MIN_ZIP_PASSWORD = 8;

  private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{1,29}");
  private static final Locale FRENCH = Locale.CANADA_FRENCH;
  private static final DateTimeFormatter DEPOSIT =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy HH:mm", FRENCH);

  /** "PROJET001 - Projet 001" (seed 000). */
  public static String projectLabel(String code, String name) {
    return code + " - " + name;
  }

  /** The entry as stored: code upper-case, text trimmed, an empty consent text none at all. */
  public static ProjectData normalise(ProjectData data) {
    String consent = data.consentText() == null ? null : data.consentText().strip();
    return new ProjectData(
        data.code() == null ? null : data.code().strip().toUpperCase(Locale.ROOT),
        data.name() == null ? null : data.name().strip(),
        consent == null || consent.isEmpty() ? null : consent,
        data.singleDownload(),
        data.downloadQuota(),
        data.uploadQuota(),
        data.expiryDays(),
        data.receiptOnDownload());
  }

  /** What is wrong with a (normalised) project entry; empty when it may be stored. */
  public static List<ProjectViolation> check(ProjectData data) {
    List<ProjectViolation> violations = new ArrayList<>();
    if (data.code() == null || data.code().isEmpty()) {
      violations.add(ProjectViolation.CODE_REQUIRED);
    } else if (!CODE.matcher(data.code()).matches()) {
      violations.add(ProjectViolation.CODE_FORMAT);
    }
    if (data.name() == null || data.name().isEmpty()) {
      violations.add(ProjectViolation.NAME_REQUIRED);
    } else if (data.name().length() > MAX_NAME) {
      violations.add(ProjectViolation.NAME_TOO_LONG);
    } else if (!TextInput.isClean(data.name())) {
      // Finding #13 of issue 12: control characters refused, nothing stored.
      violations.add(ProjectViolation.NAME_CONTROL_CHARACTERS);
    }
    if (data.consentText() != null && data.consentText().length() > MAX_CONSENT) {
      violations.add(ProjectViolation.CONSENT_TOO_LONG);
    } else if (!TextInput.isClean(data.consentText(), true)) {
      violations.add(ProjectViolation.CONSENT_CONTROL_CHARACTERS);
    }
    if (data.downloadQuota() < 1 || data.uploadQuota() < 1) {
      violations.add(ProjectViolation.QUOTA_INVALID);
    }
    if (data.expiryDays() < 1 || data.expiryDays() > 3650) {
      violations.add(ProjectViolation.EXPIRY_INVALID);
    }
    return violations;
  }

  /**
   * The file name as kept: the last component of what the browser sent (some send a whole path),
   * without control and invisible format characters (a right-to-left override would show "txt.exe"
   * as "exe.txt", finding #13 of issue 12); empty when nothing is left.
   */
  public static String fileName(String sent) {
    if (sent == null) {
      return "";
    }
    String name = sent.substring(Math.max(sent.lastIndexOf('/'), sent.lastIndexOf('\\')) + 1);
    StringBuilder kept = new StringBuilder();
    name.codePoints().filter(cp -> !TextInput.refused(cp, false)).forEach(kept::appendCodePoint);
    return kept.toString().strip();
  }

  /**
   * What is wrong with a deposit before any byte is sent (R-E3, R-E6, R-E10): the file, the
   * recipients (each among {@code allowed}), the note, the quota and the ZIP password.
   */
  public static List<DepositViolation> check(
      DepositRequest request, long maxBytes, Set<Long> allowed, Quota uploads) {
    List<DepositViolation> violations = new ArrayList<>();
    String name = fileName(request.fileName());
    if (name.isEmpty()) {
      violations.add(DepositViolation.FILE_REQUIRED);
    } else if (name.length() > MAX_FILE_NAME) {
      violations.add(DepositViolation.FILE_NAME_TOO_LONG);
    }
    if (request.size() < 0 || request.size() > maxBytes) {
      violations.add(DepositViolation.FILE_TOO_LARGE);
    }
    if (request.recipients().isEmpty()) {
      violations.add(DepositViolation.RECIPIENT_REQUIRED);
    } else if (!allowed.containsAll(request.recipients())
        || Set.copyOf(request.recipients()).size() != request.recipients().size()) {
      violations.add(DepositViolation.RECIPIENT_NOT_ALLOWED);
    }
    if (request.note() != null && request.note().length() > MAX_NOTE) {
      violations.add(DepositViolation.NOTE_TOO_LONG);
    } else if (!TextInput.isClean(request.note(), true)) {
      // Finding #13 of issue 12.
      violations.add(DepositViolation.NOTE_CONTROL_CHARACTERS);
    }
    if (uploads != null && uploads.reached()) {
      violations.add(DepositViolation.UPLOAD_QUOTA_REACHED);
    }
    if (request.zipPassword() != null
        && !request.zipPassword().isEmpty()
        && request.zipPassword().length() < MIN_ZIP_PASSWORD) {
      violations.add(DepositViolation.ZIP_PASSWORD_TOO_SHORT);
    }
    return violations;
  }

  /** The note as kept: trimmed, none when empty. */
  public static String note(String note) {
    return note == null || note.isBlank() ? null : note.strip();
  }

  /** R-E5: a document expires its project's number of days after its deposit. */
  public static Instant expiresAt(Instant depositedAt, int expiryDays) {
    return depositedAt.plus(Duration.ofDays(expiryDays));
  }

  /** "Expire dans N jours": whole days between today and the expiry day, in the ministry's zone. */
  public static long daysLeft(Instant expiresAt, Instant now, ZoneId zone) {
    return Math.max(
        0,
        ChronoUnit.DAYS.between(
            now.atZone(zone).toLocalDate(), expiresAt.atZone(zone).toLocalDate()));
  }

  /**
   * R-E7: whether a person must (again) confirm the project's consent text before any download
   * link: there is a text, and they never confirmed this version of it.
   */
  public static boolean consentNeeded(
      String consentText, int currentVersion, Integer lastConfirmedVersion) {
    return consentText != null
        && (lastConfirmedVersion == null || lastConfirmedVersion < currentVersion);
  }

  /** "2,97 Ko" (R-E2): octets, Ko, Mo, Go in powers of 1024, two decimals at most. */
  public static String sizeLabel(long bytes) {
    String[] units = {"octets", "Ko", "Mo", "Go", "To"};
    double value = bytes;
    int unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
      value /= 1024;
      unit++;
    }
    DecimalFormat format = new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(FRENCH));
    return format.format(value) + " " + units[unit];
  }

  /** "Mardi 21 novembre 2023 14:20" (R-E2), in the ministry's time zone. */
  public static String depositLabel(Instant at, ZoneId zone) {
    String text = DEPOSIT.format(at.atZone(zone));
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
