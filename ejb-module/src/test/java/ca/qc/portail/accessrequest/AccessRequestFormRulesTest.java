package ca.qc.portail.accessrequest;

import static org.assertj.core.api.Assertions.assertThat;

import ca.qc.portail.account.Profile;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** R-A1: the fields of form 2490, on a fixed day (Tuesday 2026-03-10, Montréal). */
class AccessRequestFormRulesTest {

  private static final ZoneId ZONE = ZoneId.of("America/Toronto");
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T15:00:00Z"), ZONE);
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

  /** A form with every field right. */
  static AccessRequestForm valid() {
    return new AccessRequestForm(
        new AccessRequestForm.Requested(
            RequestType.NOUVEL_ACCES, null, Set.of(Profile.UTILISATEUR_INDIVIDUS)),
        new PartnerIdentity(
            "CÉGEP DE SHERBROOKE",
            "475, rue du Cégep, Sherbrooke (Québec)",
            "J1E 4K1",
            "819 564-6350",
            "741000",
            "1143214567"),
        new AccessRequestForm.Requester(
            Civility.MADAME,
            "Pelletier",
            "Nathalie",
            "999222",
            "(819) 564-6350",
            "4412",
            "819.564.6351",
            "nathalie.pelletier@cegep.example",
            true,
            TODAY),
        new AccessRequestForm.Approval(
            "Labonté",
            "Joseph",
            "joseph.labonte@cegep.example",
            "1-819-564-6350",
            null,
            ApproverRole.RESPONSABLE_SECURITE,
            TODAY.plusMonths(6),
            null,
            false));
  }

  private static Builder form() {
    return new Builder(valid());
  }

  private static List<RequestViolation> check(AccessRequestForm form) {
    return AccessRequestFormRules.check(form, CLOCK);
  }

  @Test
  @DisplayName("R-A1: a complete form passes")
  void validFormPasses() {
    assertThat(check(valid())).isEmpty();
  }

  @Test
  @DisplayName("R-A1: missing required fields are reported each at its field")
  void missingRequiredFields() {
    AccessRequestForm empty =
        new AccessRequestForm(
            null,
            null,
            null,
            new AccessRequestForm.Approval(" ", null, null, null, null, null, null, null, false));

    assertThat(check(empty))
        .extracting(RequestViolation::field, RequestViolation::messageKey)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("type", "request.type.required"),
            org.assertj.core.groups.Tuple.tuple("partnerName", "request.partnerName.required"),
            org.assertj.core.groups.Tuple.tuple("civility", "request.civility.required"),
            org.assertj.core.groups.Tuple.tuple("lastName", "request.lastName.required"),
            org.assertj.core.groups.Tuple.tuple("firstName", "request.firstName.required"),
            org.assertj.core.groups.Tuple.tuple("partialSin", "request.partialSin.required"),
            org.assertj.core.groups.Tuple.tuple("phone", "request.phone.required"),
            org.assertj.core.groups.Tuple.tuple("email", "request.email.required"),
            org.assertj.core.groups.Tuple.tuple("profiles", "request.profiles.required"),
            org.assertj.core.groups.Tuple.tuple(
                "declarationAccepted", "request.declaration.required"),
            org.assertj.core.groups.Tuple.tuple("declarationDate", "request.date.required"),
            org.assertj.core.groups.Tuple.tuple(
                "approverLastName", "request.approverLastName.required"),
            org.assertj.core.groups.Tuple.tuple(
                "approverFirstName", "request.approverFirstName.required"),
            org.assertj.core.groups.Tuple.tuple("approverEmail", "request.email.required"),
            org.assertj.core.groups.Tuple.tuple("approverPhone", "request.phone.required"),
            org.assertj.core.groups.Tuple.tuple("approverRole", "request.approverRole.required"),
            org.assertj.core.groups.Tuple.tuple("requestedExpiry", "request.expiry.required"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"99922", "9992221", "99922a", "999-222", "abcdef"})
  @DisplayName("R-A1: the partial SIN is exactly 6 digits")
  void malformedSin(String sin) {
    assertThat(check(form().with(f -> f.sin(sin)).build()))
        .containsExactly(new RequestViolation("partialSin", "request.partialSin.invalid"));
  }

  @Test
  @DisplayName("R-A1: a partial SIN typed with a space is accepted and stored as 6 digits")
  void sinWithSpace() {
    assertThat(check(form().with(f -> f.sin("999 222")).build())).isEmpty();
    assertThat(AccessRequestFormRules.partialSin("999 222")).isEqualTo("999222");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"564-6350", "819 564 63500", "819-564-635x", "2 819 564 6350", "téléphone"})
  @DisplayName("R-A1: phone numbers have 10 digits (optional leading 1)")
  void malformedPhones(String phone) {
    assertThat(check(form().with(f -> f.phone(phone)).build()))
        .containsExactly(new RequestViolation("phone", "request.phone.invalid"));
    assertThat(check(form().with(f -> f.fax(phone)).build()))
        .containsExactly(new RequestViolation("fax", "request.phone.invalid"));
    assertThat(check(form().with(f -> f.partnerPhone(phone)).build()))
        .containsExactly(new RequestViolation("partnerPhone", "request.phone.invalid"));
  }

  @Test
  @DisplayName("R-A1: phone numbers are stored in one shape")
  void phoneShape() {
    assertThat(AccessRequestFormRules.phone("(819) 564-6350")).isEqualTo("819 564-6350");
    assertThat(AccessRequestFormRules.phone("1 819 564 6350")).isEqualTo("819 564-6350");
    assertThat(AccessRequestFormRules.phone("8195646350")).isEqualTo("819 564-6350");
  }

  @ParameterizedTest
  @ValueSource(strings = {"12a", "1234567", "poste 2"})
  @DisplayName("R-A1: an extension is 1 to 6 digits")
  void malformedExtension(String extension) {
    assertThat(check(form().with(f -> f.extension(extension)).build()))
        .containsExactly(new RequestViolation("phoneExtension", "request.extension.invalid"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"J1E4K", "J1E 4K11", "D1E 4K1", "11E 4K1", "J1E-4K1", "Z1E 4K1"})
  @DisplayName("R-A1: section 1's postal code is a Canadian postal code")
  void malformedPostalCode(String postalCode) {
    assertThat(check(form().with(f -> f.postalCode(postalCode)).build()))
        .containsExactly(new RequestViolation("partnerPostalCode", "request.postalCode.invalid"));
  }

  @Test
  @DisplayName("R-A1: postal codes are stored upper case with one space")
  void postalCodeShape() {
    assertThat(AccessRequestFormRules.postalCode("j1e4k1")).isEqualTo("J1E 4K1");
  }

  @ParameterizedTest
  @ValueSource(strings = {"114321456", "11432145678", "11432I4567", "NEQ"})
  @DisplayName("R-A1: the NEQ is 10 digits")
  void malformedNeq(String neq) {
    assertThat(check(form().with(f -> f.neq(neq)).build()))
        .containsExactly(new RequestViolation("neq", "request.neq.invalid"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"nathalie", "nathalie@", "@cegep.example", "n p@cegep.example", "n@cegep"})
  @DisplayName("R-A1: e-mail addresses must look like one")
  void malformedEmail(String email) {
    assertThat(check(form().with(f -> f.email(email)).build()))
        .containsExactly(new RequestViolation("email", "request.email.invalid"));
  }

  @Test
  @DisplayName("R-A1: the requested expiry date is after today")
  void expiryInThePast() {
    assertThat(check(form().with(f -> f.expiry(TODAY.minusDays(1))).build()))
        .containsExactly(new RequestViolation("requestedExpiry", "request.expiry.past"));
    assertThat(check(form().with(f -> f.expiry(TODAY)).build()))
        .containsExactly(new RequestViolation("requestedExpiry", "request.expiry.past"));
    assertThat(check(form().with(f -> f.expiry(TODAY.plusDays(1))).build())).isEmpty();
  }

  @Test
  @DisplayName("R-A1: the requested expiry date is at most one year after approval")
  void expiryBeyondOneYear() {
    assertThat(check(form().with(f -> f.expiry(TODAY.plusYears(1))).build())).isEmpty();
    assertThat(check(form().with(f -> f.expiry(TODAY.plusYears(1).plusDays(1))).build()))
        .containsExactly(new RequestViolation("requestedExpiry", "request.expiry.tooFar"));
    assertThat(AccessRequestFormRules.checkExpiry(TODAY.plusYears(1), TODAY.plusDays(1)))
        .as("checked again on the day central approves")
        .isEmpty();
    assertThat(AccessRequestFormRules.checkExpiry(TODAY.plusDays(3), TODAY.plusDays(3)))
        .containsExactly(new RequestViolation("requestedExpiry", "request.expiry.past"));
  }

  @Test
  @DisplayName("R-A1: principal and auxiliary officer are never both requested")
  void oneOfficerProfile() {
    assertThat(
            check(
                form()
                    .with(
                        f ->
                            f.profiles(
                                Set.of(
                                    Profile.RESPONSABLE_PRINCIPAL, Profile.RESPONSABLE_AUXILIAIRE)))
                    .build()))
        .containsExactly(new RequestViolation("profiles", "request.profiles.oneOfficer"));
  }

  @Test
  @DisplayName("R-A1: extraction goes with the Individus profile")
  void extractionNeedsIndividus() {
    assertThat(check(form().with(f -> f.profiles(Set.of(Profile.EXTRACTION_INDIVIDUS))).build()))
        .containsExactly(new RequestViolation("profiles", "request.profiles.extraction"));
  }

  @Test
  @DisplayName("R-A1: a profile change names the requester's user code")
  void profileChangeNamesUserCode() {
    assertThat(check(form().with(f -> f.type(RequestType.MODIFICATION_PROFIL)).build()))
        .containsExactly(new RequestViolation("requesterUserCode", "request.userCode.required"));
    assertThat(
            check(
                form()
                    .with(f -> f.type(RequestType.MODIFICATION_PROFIL).userCode("mtremblay"))
                    .build()))
        .isEmpty();
  }

  @Test
  @DisplayName("R-A1: the declaration is accepted and not dated in the future")
  void declaration() {
    assertThat(check(form().with(f -> f.declaration(false, TODAY)).build()))
        .containsExactly(
            new RequestViolation("declarationAccepted", "request.declaration.required"));
    assertThat(check(form().with(f -> f.declaration(true, TODAY.plusDays(1))).build()))
        .containsExactly(new RequestViolation("declarationDate", "request.declarationDate.future"));
  }

  @Test
  @DisplayName("R-A1: texts longer than their column are refused, not cut")
  void tooLong() {
    assertThat(check(form().with(f -> f.lastName("x".repeat(101))).build()))
        .containsExactly(new RequestViolation("lastName", "request.tooLong"));
    assertThat(check(form().with(f -> f.comments("x".repeat(1001))).build()))
        .containsExactly(new RequestViolation("comments", "request.tooLong"));
  }

  /** Mutable copy of a form, for tests that change one field. */
  static final class Builder {
    RequestType type;
    String userCode;
    String postalCode;
    String partnerPhone;
    String neq;
    String lastName;
    String sin;
    String phone;
    String extension;
    String fax;
    String email;
    Set<Profile> profiles;
    boolean accepted;
    LocalDate declared;
    LocalDate expiry;
    String comments;
    String approverEmail;
    ApproverRole approverRole;
    private final AccessRequestForm base;

    Builder(AccessRequestForm base) {
      this.base = base;
      type = base.requested().type();
      userCode = base.requested().requesterUserCode();
      profiles = base.requested().profiles();
      postalCode = base.partner().postalCode();
      partnerPhone = base.partner().phone();
      neq = base.partner().neq();
      AccessRequestForm.Requester requester = base.requester();
      lastName = requester.lastName();
      sin = requester.partialSin();
      phone = requester.phone();
      extension = requester.phoneExtension();
      fax = requester.fax();
      email = requester.email();
      accepted = requester.declarationAccepted();
      declared = requester.declarationDate();
      AccessRequestForm.Approval approval = base.approval();
      expiry = approval.requestedExpiry();
      comments = approval.comments();
      approverEmail = approval.email();
      approverRole = approval.role();
    }

    Builder with(UnaryOperator<Builder> change) {
      return change.apply(this);
    }

    Builder type(RequestType v) {
      type = v;
      return this;
    }

    Builder userCode(String v) {
      userCode = v;
      return this;
    }

    Builder postalCode(String v) {
      postalCode = v;
      return this;
    }

    Builder partnerPhone(String v) {
      partnerPhone = v;
      return this;
    }

    Builder neq(String v) {
      neq = v;
      return this;
    }

    Builder lastName(String v) {
      lastName = v;
      return this;
    }

    Builder sin(String v) {
      sin = v;
      return this;
    }

    Builder phone(String v) {
      phone = v;
      return this;
    }

    Builder extension(String v) {
      extension = v;
      return this;
    }

    Builder fax(String v) {
      fax = v;
      return this;
    }

    Builder email(String v) {
      email = v;
      return this;
    }

    Builder profiles(Set<Profile> v) {
      profiles = v;
      return this;
    }

    Builder declaration(boolean a, LocalDate d) {
      accepted = a;
      declared = d;
      return this;
    }

    Builder expiry(LocalDate v) {
      expiry = v;
      return this;
    }

    Builder comments(String v) {
      comments = v;
      return this;
    }

    Builder approver(String e, ApproverRole r) {
      approverEmail = e;
      approverRole = r;
      return this;
    }

    AccessRequestForm build() {
      PartnerIdentity partner = base.partner();
      AccessRequestForm.Requester requester = base.requester();
      AccessRequestForm.Approval approval = base.approval();
      return new AccessRequestForm(
          new AccessRequestForm.Requested(type, userCode, profiles),
          new PartnerIdentity(
              partner.name(),
              partner.address(),
              postalCode,
              partnerPhone,
              partner.educationNumber(),
              neq),
          new AccessRequestForm.Requester(
              requester.civility(),
              lastName,
              requester.firstName(),
              sin,
              phone,
              extension,
              fax,
              email,
              accepted,
              declared),
          new AccessRequestForm.Approval(
              approval.lastName(),
              approval.firstName(),
              approverEmail,
              approval.phone(),
              approval.extension(),
              approverRole,
              expiry,
              comments,
              approval.boardResolution()));
    }
  }
}
