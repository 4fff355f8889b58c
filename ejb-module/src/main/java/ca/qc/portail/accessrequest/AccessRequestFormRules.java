package ca.qc.portail.accessrequest;

import ca.qc.portail.account.Profile;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The form of a form 2490 (R-A1), field by field: what is required, the shapes of the partial SIN,
 * phone numbers, postal code, NEQ and e-mail, the profiles that go together, and the requested
 * expiry date (after today, at most one year later). Pure; the signers are {@link
 * SignatoryMatrix}'s.
 */
public final class AccessRequestFormRules {

  public static final int NAME_MAX = 100;
  public static final int EMAIL_MAX = 254;
  public static final int COMMENTS_MAX = 1000;
  public static final int USER_CODE_MAX = 64;

  private static final Pattern SIN = Pattern.compile("[0-9]{6}");
  private static final Pattern NEQ = Pattern.compile("[0-9]{10}");
  private static final Pattern EXTENSION = Pattern.compile("[0-9]{1,6}");
  // Canada Post: no D, F, I, O, Q, U; no W or Z in first position.
  private static final Pattern POSTAL_CODE =
      Pattern.compile("[ABCEGHJ-NPRSTVXY][0-9][ABCEGHJ-NPRSTV-Z] ?[0-9][ABCEGHJ-NPRSTV-Z][0-9]");
  private static final Pattern EMAIL =
      Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

  private AccessRequestFormRules() {}

  /** Every field that is missing or malformed; empty when the form may go to the matrix. */
  public static List<RequestViolation> check(AccessRequestForm form, Clock clock) {
    List<RequestViolation> v = new ArrayList<>();
    LocalDate today = LocalDate.now(clock);
    if (form.type() == null) {
      v.add(RequestViolation.of("type", "request.type.required"));
    } else if (form.type() == RequestType.MODIFICATION_PROFIL) {
      if (blank(form.requesterUserCode())) {
        v.add(RequestViolation.of("requesterUserCode", "request.userCode.required"));
      } else if (form.requesterUserCode().strip().length() > USER_CODE_MAX) {
        v.add(RequestViolation.of("requesterUserCode", "request.tooLong"));
      }
    }
    // Section 1
    text(v, form.partnerName(), "partnerName", 200, true);
    text(v, form.partnerAddress(), "partnerAddress", 300, false);
    if (!blank(form.partnerPostalCode()) && postalCode(form.partnerPostalCode()) == null) {
      v.add(RequestViolation.of("partnerPostalCode", "request.postalCode.invalid"));
    }
    if (!blank(form.partnerPhone()) && phone(form.partnerPhone()) == null) {
      v.add(RequestViolation.of("partnerPhone", "request.phone.invalid"));
    }
    text(v, form.educationNumber(), "educationNumber", 20, false);
    if (!blank(form.neq()) && neq(form.neq()) == null) {
      v.add(RequestViolation.of("neq", "request.neq.invalid"));
    }
    // Section 2
    if (form.civility() == null) {
      v.add(RequestViolation.of("civility", "request.civility.required"));
    }
    text(v, form.lastName(), "lastName", NAME_MAX, true);
    text(v, form.firstName(), "firstName", NAME_MAX, true);
    if (blank(form.partialSin())) {
      v.add(RequestViolation.of("partialSin", "request.partialSin.required"));
    } else if (partialSin(form.partialSin()) == null) {
      v.add(RequestViolation.of("partialSin", "request.partialSin.invalid"));
    }
    phoneWithExtension(v, form.phone(), form.phoneExtension(), "phone", "phoneExtension");
    if (!blank(form.fax()) && phone(form.fax()) == null) {
      v.add(RequestViolation.of("fax", "request.phone.invalid"));
    }
    email(v, form.email(), "email");
    profiles(v, form.profileSet());
    if (!form.declarationAccepted()) {
      v.add(RequestViolation.of("declarationAccepted", "request.declaration.required"));
    }
    if (form.declarationDate() == null) {
      v.add(RequestViolation.of("declarationDate", "request.date.required"));
    } else if (form.declarationDate().isAfter(today)) {
      v.add(RequestViolation.of("declarationDate", "request.declarationDate.future"));
    }
    // Section 3
    text(v, form.approverLastName(), "approverLastName", NAME_MAX, true);
    text(v, form.approverFirstName(), "approverFirstName", NAME_MAX, true);
    email(v, form.approverEmail(), "approverEmail");
    phoneWithExtension(
        v, form.approverPhone(), form.approverExtension(), "approverPhone", "approverExtension");
    if (form.approverRole() == null) {
      v.add(RequestViolation.of("approverRole", "request.approverRole.required"));
    }
    expiry(v, form.requestedExpiry(), today);
    text(v, form.comments(), "comments", COMMENTS_MAX, false);
    return v;
  }

  /**
   * The requested expiry date against the day of approval (R-A1): after that day and at most one
   * year later. Checked when the request is submitted and again when central approves it.
   */
  public static List<RequestViolation> checkExpiry(LocalDate requested, LocalDate approvalDay) {
    List<RequestViolation> v = new ArrayList<>();
    expiry(v, requested, approvalDay);
    return v;
  }

  private static void expiry(List<RequestViolation> v, LocalDate requested, LocalDate day) {
    if (requested == null) {
      v.add(RequestViolation.of("requestedExpiry", "request.expiry.required"));
    } else if (!requested.isAfter(day)) {
      v.add(RequestViolation.of("requestedExpiry", "request.expiry.past"));
    } else if (requested.isAfter(day.plusYears(1))) {
      v.add(RequestViolation.of("requestedExpiry", "request.expiry.tooFar"));
    }
  }

  private static void profiles(List<RequestViolation> v, Set<Profile> profiles) {
    if (profiles.isEmpty()) {
      v.add(RequestViolation.of("profiles", "request.profiles.required"));
      return;
    }
    if (profiles.contains(Profile.RESPONSABLE_PRINCIPAL)
        && profiles.contains(Profile.RESPONSABLE_AUXILIAIRE)) {
      v.add(RequestViolation.of("profiles", "request.profiles.oneOfficer"));
    }
    if (profiles.contains(Profile.EXTRACTION_INDIVIDUS)
        && !profiles.contains(Profile.UTILISATEUR_INDIVIDUS)) {
      v.add(RequestViolation.of("profiles", "request.profiles.extraction"));
    }
  }

  private static void phoneWithExtension(
      List<RequestViolation> v, String phone, String extension, String field, String extField) {
    if (blank(phone)) {
      v.add(RequestViolation.of(field, "request.phone.required"));
    } else if (phone(phone) == null) {
      v.add(RequestViolation.of(field, "request.phone.invalid"));
    }
    if (!blank(extension) && !EXTENSION.matcher(extension.strip()).matches()) {
      v.add(RequestViolation.of(extField, "request.extension.invalid"));
    }
  }

  private static void email(List<RequestViolation> v, String email, String field) {
    if (blank(email)) {
      v.add(RequestViolation.of(field, "request.email.required"));
    } else if (email.strip().length() > EMAIL_MAX || !EMAIL.matcher(email.strip()).matches()) {
      v.add(RequestViolation.of(field, "request.email.invalid"));
    }
  }

  private static void text(
      List<RequestViolation> v, String value, String field, int max, boolean required) {
    if (blank(value)) {
      if (required) {
        v.add(RequestViolation.of(field, "request." + field + ".required"));
      }
    } else if (value.strip().length() > max) {
      v.add(RequestViolation.of(field, "request.tooLong"));
    }
  }

  static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  /** The first 6 digits of a SIN, spaces allowed between them; {@code null} otherwise. */
  public static String partialSin(String typed) {
    if (typed == null) {
      return null;
    }
    String digits = typed.replaceAll("\\s", "");
    return SIN.matcher(digits).matches() ? digits : null;
  }

  /**
   * A North American phone number as stored, "819 564-6350"; {@code null} when it is not 10 digits
   * (an optional leading 1, spaces, dots, dashes and brackets allowed).
   */
  public static String phone(String typed) {
    if (typed == null || typed.length() > 25) {
      return null;
    }
    if (!typed.strip().matches("[0-9 ().+-]+")) {
      return null;
    }
    String digits = typed.replaceAll("[^0-9]", "");
    if (digits.length() == 11 && digits.startsWith("1")) {
      digits = digits.substring(1);
    }
    if (digits.length() != 10) {
      return null;
    }
    return digits.substring(0, 3) + " " + digits.substring(3, 6) + "-" + digits.substring(6);
  }

  /** A Canadian postal code as stored, "J1E 4K1"; {@code null} when malformed. */
  public static String postalCode(String typed) {
    if (typed == null) {
      return null;
    }
    String code = typed.strip().toUpperCase(Locale.ROOT);
    if (!POSTAL_CODE.matcher(code).matches()) {
      return null;
    }
    code = code.replace(" ", "");
    return code.substring(0, 3) + " " + code.substring(3);
  }

  /** A Québec enterprise number (NEQ): 10 digits, spaces allowed; {@code null} when malformed. */
  public static String neq(String typed) {
    if (typed == null) {
      return null;
    }
    String digits = typed.replaceAll("\\s", "");
    return NEQ.matcher(digits).matches() ? digits : null;
  }

  /** Blank becomes {@code null}, anything else is stripped. */
  public static String clean(String value) {
    return blank(value) ? null : value.strip();
  }
}
