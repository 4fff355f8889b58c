package ca.qc.portail.accessrequest;

import ca.qc.portail.account.Profile;
import ca.qc.portail.platform.TextInput;
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

  /** The text of a field holding a control character (finding #13 of issue 12). */
  public static final String CONTROL_CHARACTERS = "request.controlCharacters";

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
    requested(v, form.requested());
    partner(v, form.partner());
    requester(v, form.requester(), form.requested().profileSet(), today);
    approval(v, form.approval(), today);
    return v;
  }

  private static void requested(List<RequestViolation> v, AccessRequestForm.Requested requested) {
    if (requested.type() == null) {
      v.add(RequestViolation.of("type", "request.type.required"));
    } else if (requested.type() == RequestType.MODIFICATION_PROFIL) {
      if (blank(requested.requesterUserCode())) {
        v.add(RequestViolation.of("requesterUserCode", "request.userCode.required"));
      } else if (requested.requesterUserCode().strip().length() > USER_CODE_MAX) {
        v.add(RequestViolation.of("requesterUserCode", "request.tooLong"));
      } else if (!TextInput.isClean(requested.requesterUserCode())) {
        v.add(RequestViolation.of("requesterUserCode", CONTROL_CHARACTERS));
      }
    }
  }

  /** Section 1. */
  private static void partner(List<RequestViolation> v, PartnerIdentity partner) {
    text(v, partner.name(), "partnerName", 200, true);
    text(v, partner.address(), "partnerAddress", 300, false);
    if (!blank(partner.postalCode()) && postalCode(partner.postalCode()) == null) {
      v.add(RequestViolation.of("partnerPostalCode", "request.postalCode.invalid"));
    }
    if (!blank(partner.phone()) && phone(partner.phone()) == null) {
      v.add(RequestViolation.of("partnerPhone", "request.phone.invalid"));
    }
    text(v, partner.educationNumber(), "educationNumber", 20, false);
    if (!blank(partner.neq()) && neq(partner.neq()) == null) {
      v.add(RequestViolation.of("neq", "request.neq.invalid"));
    }
  }

  /** Section 2: the person, the profiles they ask for, and their declaration. */
  private static void requester(
      List<RequestViolation> v,
      AccessRequestForm.Requester requester,
      Set<Profile> profiles,
      LocalDate today) {
    if (requester.civility() == null) {
      v.add(RequestViolation.of("civility", "request.civility.required"));
    }
    text(v, requester.lastName(), "lastName", NAME_MAX, true);
    text(v, requester.firstName(), "firstName", NAME_MAX, true);
    if (blank(requester.partialSin())) {
      v.add(RequestViolation.of("partialSin", "request.partialSin.required"));
    } else if (partialSin(requester.partialSin()) == null) {
      v.add(RequestViolation.of("partialSin", "request.partialSin.invalid"));
    }
    phoneWithExtension(v, requester.phone(), requester.phoneExtension(), "phone", "phoneExtension");
    if (!blank(requester.fax()) && phone(requester.fax()) == null) {
      v.add(RequestViolation.of("fax", "request.phone.invalid"));
    }
    email(v, requester.email(), "email");
    profiles(v, profiles);
    if (!requester.declarationAccepted()) {
      v.add(RequestViolation.of("declarationAccepted", "request.declaration.required"));
    }
    if (requester.declarationDate() == null) {
      v.add(RequestViolation.of("declarationDate", "request.date.required"));
    } else if (requester.declarationDate().isAfter(today)) {
      v.add(RequestViolation.of("declarationDate", "request.declarationDate.future"));
    }
  }

  /** Section 3: the signatory, the requested expiry and the comments. */
  private static void approval(
      List<RequestViolation> v, AccessRequestForm.Approval approval, LocalDate today) {
    text(v, approval.lastName(), "approverLastName", NAME_MAX, true);
    text(v, approval.firstName(), "approverFirstName", NAME_MAX, true);
    email(v, approval.email(), "approverEmail");
    phoneWithExtension(
        v, approval.phone(), approval.extension(), "approverPhone", "approverExtension");
    if (approval.role() == null) {
      v.add(RequestViolation.of("approverRole", "request.approverRole.required"));
    }
    expiry(v, approval.requestedExpiry(), today);
    text(v, approval.comments(), "comments", COMMENTS_MAX, false, true);
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
    text(v, value, field, max, required, false);
  }

  private static void text(
      List<RequestViolation> v,
      String value,
      String field,
      int max,
      boolean required,
      boolean multiLine) {
    if (blank(value)) {
      if (required) {
        v.add(RequestViolation.of(field, "request." + field + ".required"));
      }
    } else if (value.strip().length() > max) {
      v.add(RequestViolation.of(field, "request.tooLong"));
    } else if (!TextInput.isClean(value, multiLine)) {
      // Finding #13 of issue 12: control characters refused, nothing stored.
      v.add(RequestViolation.of(field, CONTROL_CHARACTERS));
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
