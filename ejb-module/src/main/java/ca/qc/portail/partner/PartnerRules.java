package ca.qc.portail.partner;

import ca.qc.portail.platform.TextInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * R-C1: the format rules of a partner and of an agreement, and the canonical form in which they are
 * stored. Uniqueness (NEQ, agreement number) needs the database and is checked by {@link
 * PartnerAdministration}.
 */
public final class PartnerRules {

  public static final int MAX_NAME = 200;
  public static final int MAX_ADDRESS = 300;

  /** Canadian postal code: no D, F, I, O, Q, U anywhere, no W or Z first (Canada Post). */
  private static final Pattern POSTAL_CODE =
      Pattern.compile("([ABCEGHJ-NPRSTVXY]\\d[ABCEGHJ-NPRSTV-Z]) ?(\\d[ABCEGHJ-NPRSTV-Z]\\d)");

  /** Ten digits, area code optionally in brackets, groups separated by a space, dot or hyphen. */
  private static final Pattern PHONE =
      Pattern.compile("(?:\\((\\d{3})\\)|(\\d{3}))[ .-]?(\\d{3})[ .-]?(\\d{4})");

  private static final Pattern NEQ = Pattern.compile("\\d{10}");
  private static final Pattern EDUCATION_NUMBER = Pattern.compile("\\d{1,20}");
  private static final Pattern AGREEMENT_NUMBER = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,29}");
  private static final Pattern MEASURE = Pattern.compile("[A-Z0-9]{1,20}");

  private PartnerRules() {}

  /** The entry as it will be stored: trimmed, blanks as null, postal code and phone canonical. */
  public static PartnerData normalise(PartnerData in) {
    return new PartnerData(
        trimmed(in.name()),
        trimmed(in.address()),
        postalCode(in.postalCode()),
        phone(in.phone()),
        stripSpaces(in.neq()),
        stripSpaces(in.educationNumber()),
        in.nonProfit());
  }

  /** Every format violation of a normalised partner entry, in form order. */
  public static List<PartnerViolation> check(PartnerData p) {
    List<PartnerViolation> violations = new ArrayList<>();
    if (p.name() == null) {
      violations.add(PartnerViolation.NAME_REQUIRED);
    } else if (p.name().length() > MAX_NAME) {
      violations.add(PartnerViolation.NAME_TOO_LONG);
    } else if (!TextInput.isClean(p.name())) {
      // Finding #13 of issue 12: control characters refused, nothing stored.
      violations.add(PartnerViolation.NAME_CONTROL_CHARACTERS);
    }
    if (p.address() != null && p.address().length() > MAX_ADDRESS) {
      violations.add(PartnerViolation.ADDRESS_TOO_LONG);
    } else if (!TextInput.isClean(p.address())) {
      violations.add(PartnerViolation.ADDRESS_CONTROL_CHARACTERS);
    }
    if (p.postalCode() != null && !POSTAL_CODE.matcher(p.postalCode()).matches()) {
      violations.add(PartnerViolation.POSTAL_CODE_FORMAT);
    }
    if (p.phone() != null && !p.phone().matches("\\d{3} \\d{3}-\\d{4}")) {
      violations.add(PartnerViolation.PHONE_FORMAT);
    }
    if (p.neq() == null) {
      violations.add(PartnerViolation.NEQ_REQUIRED);
    } else if (!NEQ.matcher(p.neq()).matches()) {
      violations.add(PartnerViolation.NEQ_FORMAT);
    }
    if (p.educationNumber() != null && !EDUCATION_NUMBER.matcher(p.educationNumber()).matches()) {
      violations.add(PartnerViolation.EDUCATION_NUMBER_FORMAT);
    }
    return violations;
  }

  /** The agreement as it will be stored: number and measure code trimmed and in capitals. */
  public static AgreementData normalise(AgreementData in) {
    return new AgreementData(
        upper(in.number()), in.family(), upper(in.measure()), in.startDate(), in.endDate());
  }

  /** Every format violation of a normalised agreement entry; the end must come after the start. */
  public static List<PartnerViolation> check(AgreementData a) {
    List<PartnerViolation> violations = new ArrayList<>();
    if (a.number() == null) {
      violations.add(PartnerViolation.AGREEMENT_NUMBER_REQUIRED);
    } else if (!AGREEMENT_NUMBER.matcher(a.number()).matches()) {
      violations.add(PartnerViolation.AGREEMENT_NUMBER_FORMAT);
    }
    if (a.family() == null) {
      violations.add(PartnerViolation.FAMILY_REQUIRED);
    }
    if (a.measure() == null) {
      violations.add(PartnerViolation.MEASURE_REQUIRED);
    } else if (!MEASURE.matcher(a.measure()).matches()) {
      violations.add(PartnerViolation.MEASURE_FORMAT);
    }
    if (a.startDate() == null) {
      violations.add(PartnerViolation.START_REQUIRED);
    }
    if (a.endDate() == null) {
      violations.add(PartnerViolation.END_REQUIRED);
    } else if (a.startDate() != null && !a.endDate().isAfter(a.startDate())) {
      violations.add(PartnerViolation.END_NOT_AFTER_START);
    }
    return violations;
  }

  /**
   * "j1e4k1" → "J1E 4K1"; anything that is not a postal code is returned trimmed, to be refused.
   */
  static String postalCode(String raw) {
    String value = trimmed(raw);
    if (value == null) {
      return null;
    }
    value = value.toUpperCase(Locale.ROOT);
    Matcher m = POSTAL_CODE.matcher(value);
    return m.matches() ? m.group(1) + " " + m.group(2) : value;
  }

  /** "(819) 564.6350" → "819 564-6350"; anything else is returned trimmed, to be refused. */
  static String phone(String raw) {
    String value = trimmed(raw);
    if (value == null) {
      return null;
    }
    Matcher m = PHONE.matcher(value);
    if (!m.matches()) {
      return value;
    }
    String area = m.group(1) != null ? m.group(1) : m.group(2);
    return area + " " + m.group(3) + "-" + m.group(4);
  }

  private static String trimmed(String value) {
    if (value == null) {
      return null;
    }
    String s = value.strip();
    return s.isEmpty() ? null : s;
  }

  private static String stripSpaces(String value) {
    String s = trimmed(value);
    return s == null ? null : s.replace(" ", "");
  }

  private static String upper(String value) {
    String s = trimmed(value);
    return s == null ? null : s.toUpperCase(Locale.ROOT);
  }
}
