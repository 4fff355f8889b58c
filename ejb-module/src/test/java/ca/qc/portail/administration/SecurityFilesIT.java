package ca.qc.portail.administration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.qc.portail.account.AccountState;
import ca.qc.portail.account.DeactivationReason;
import ca.qc.portail.account.Profile;
import ca.qc.portail.account.UserAccount;
import ca.qc.portail.audit.AuditAction;
import ca.qc.portail.audit.AuditEvent;
import ca.qc.portail.audit.AuditOutcome;
import ca.qc.portail.partner.MeasureFamily;
import ca.qc.portail.password.PasswordHasher;
import ca.qc.portail.registration.Registration;
import ca.qc.portail.security.AccessRefusedException;
import ca.qc.portail.security.OutOfScopeException;
import ca.qc.portail.testing.CentralAlert;
import ca.qc.portail.testing.Deployments;
import ca.qc.portail.testing.Fixtures;
import ca.qc.portail.testing.TestCaller;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Officers' and central's account administration (R-S1–R-S7, R-C4–R-C6, R-D3) on PostgreSQL, called
 * as the account each test chooses ({@link TestCaller}): states, e-mails (recipients and wording),
 * audit, and every refusal.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityFilesIT {

  private static final String PASSWORD = "Bon-Mot-de-passe-9";

  @Deployment
  static WebArchive deployment() {
    return Deployments.rules("security-files-it", SecurityFilesIT.class);
  }

  @Inject private SecurityFiles files;
  @Inject private Registration registration;
  @Inject private PasswordHasher hasher;
  @Inject private Fixtures fixtures;
  @Inject private TestCaller caller;

  @AfterEach
  void noCaller() {
    caller.reset();
  }

  /** The service, called by that account from now on. */
  private SecurityFiles as(long account) {
    caller.actAs(account);
    return files;
  }

  /** A partner with a principal officer, an auxiliary officer and a user. */
  private record Org(
      long partner,
      long officer,
      String officerCode,
      long aux,
      String auxCode,
      long user,
      String userCode) {}

  private Org org() {
    long partner = fixtures.partner(MeasureFamily.FORMATION);
    String officerCode = Fixtures.unique("off");
    String auxCode = Fixtures.unique("aux");
    String userCode = Fixtures.unique("usr");
    long officer = account(partner, officerCode, Profile.RESPONSABLE_PRINCIPAL);
    long aux = account(partner, auxCode, Profile.RESPONSABLE_AUXILIAIRE);
    long user = account(partner, userCode, Profile.UTILISATEUR_INDIVIDUS);
    return new Org(partner, officer, officerCode, aux, auxCode, user, userCode);
  }

  private long account(long partner, String code, Profile... profiles) {
    return fixtures.account(
        partner, code, PASSWORD, today().plusMonths(2), AccountState.ACTIF, profiles);
  }

  private List<String> bodies(String code) {
    return fixtures.textsTo(code);
  }

  /** Today, as the application's clock says. */
  private LocalDate today() {
    return fixtures.today();
  }

  @Test
  @DisplayName("R-S6: an officer deactivates a user; owner and both officers e-mailed (3 chars)")
  void officerDeactivates() {
    Org org = org();

    assertThat(as(org.officer()).deactivate(org.user(), DeactivationReason.CONGEDIEMENT, null))
        .isEmpty();

    UserAccount user = fixtures.reload(org.user());
    assertThat(user.getState()).isEqualTo(AccountState.INACTIF);
    assertThat(user.getStateReason()).isEqualTo("CONGEDIEMENT");
    assertThat(user.getStateChangedBy()).isEqualTo("Prénom Nom");
    assertThat(bodies(org.userCode()))
        .singleElement()
        .satisfies(
            b ->
                assertThat(b)
                    .contains("Nous vous avisons que votre code d'utilisateur a été désactivé."));
    String officerText =
        "Nous vous confirmons que le code d'utilisateur de Prénom Nom ("
            + org.userCode().substring(0, 3)
            + ") a été désactivé.";
    for (String officer : List.of(org.officerCode(), org.auxCode())) {
      assertThat(bodies(officer))
          .singleElement()
          .satisfies(b -> assertThat(b).contains(officerText).doesNotContain(org.userCode()));
    }
    assertThat(fixtures.auditOf(org.user(), AuditAction.ACCOUNT_DEACTIVATED))
        .singleElement()
        .satisfies(e -> assertThat(e.getActorAccountId()).isEqualTo(org.officer()));
    assertThat(fixtures.auditOf(org.user(), AuditAction.CENTRAL_ALERTED)).isEmpty();

    SecurityFile file = as(org.aux()).file(org.user());
    assertThat(file.readOnly()).isTrue();
    assertThat(file.history()).isEqualTo("DEACTIVATED");
    assertThat(file.historyAuthor()).isEqualTo("Prénom Nom");
    assertThat(file.historyReason()).isEqualTo("CONGEDIEMENT");
    assertThat(file.canReactivate()).isFalse();
    assertThat(file.canChangeValidity()).isFalse();
    assertThat(file.canDeactivate()).isFalse();
  }

  @Test
  @DisplayName("R-S6: no reason, « Autre raison » without text, own account: nothing changes")
  void deactivationRefusals() {
    Org org = org();

    assertThat(as(org.officer()).deactivate(org.user(), null, null))
        .containsExactly(FileViolation.REASON_MISSING);
    assertThat(as(org.officer()).deactivate(org.user(), DeactivationReason.AUTRE_RAISON, " "))
        .containsExactly(FileViolation.OTHER_REASON_MISSING);
    assertThat(
            as(org.officer()).deactivate(org.officer(), DeactivationReason.DEPART_VOLONTAIRE, null))
        .containsExactly(FileViolation.OWN_ACCOUNT);

    assertThat(fixtures.reload(org.user()).getState()).isEqualTo(AccountState.ACTIF);
    assertThat(fixtures.reload(org.officer()).getState()).isEqualTo(AccountState.ACTIF);
    assertThat(bodies(org.userCode())).isEmpty();
    assertThat(bodies(org.auxCode())).isEmpty();
    assertThat(fixtures.auditOf(org.user(), AuditAction.ACCOUNT_DEACTIVATED))
        .hasSize(2)
        .allSatisfy(e -> assertThat(e.getOutcome()).isEqualTo(AuditOutcome.REFUSED));
  }

  @Test
  @DisplayName(
      "R-C6/R-D3: central deactivates the last officer; author is central; central alerted")
  void centralDeactivatesLastOfficer() {
    Fixtures.LoneOfficer lone = fixtures.loneOfficer(PASSWORD);
    long agent = lone.agent();
    long officer = lone.id();

    assertThat(as(agent).deactivate(officer, DeactivationReason.AUTRE_RAISON, " Fraude "))
        .isEmpty();

    UserAccount account = fixtures.reload(officer);
    assertThat(account.getStateReason()).isEqualTo("Fraude");
    assertThat(account.getStateChangedBy()).isEqualTo(SecurityFile.CENTRAL_AUTHOR);
    assertThat(bodies(lone.code()))
        .singleElement()
        .satisfies(
            b ->
                assertThat(b)
                    .contains("Nous vous avisons que votre code d'utilisateur a été désactivé."));
    CentralAlert.assertSent(fixtures, lone);
    SecurityFile file = as(agent).file(officer);
    assertThat(file.historyAuthor()).isEqualTo(SecurityFile.CENTRAL_AUTHOR);
    assertThat(file.readOnly()).isFalse();
    assertThat(file.canReactivate()).isTrue();
  }

  @Test
  @DisplayName(
      "R-S7: extension and shortening e-mailed to owner and officers, with the seeds' words")
  void validityChanges() {
    Org org = org();

    assertThat(as(org.officer()).changeValidity(org.user(), today().plusMonths(10))).isEmpty();
    assertThat(fixtures.reload(org.user()).getExpiryDate()).isEqualTo(today().plusMonths(10));
    assertThat(bodies(org.userCode()))
        .containsExactly(
            "Services à l'intention des partenaires\n\nNous vous avisons que la période de validité"
                + " de votre code d'utilisateur a été prolongée.\n\nVous ne trouvez pas le"
                + " courriel?\nConsultez votre dossier Courriel indésirable/Spam. Il devrait s'y"
                + " trouver.");
    assertThat(bodies(org.auxCode()))
        .singleElement()
        .satisfies(
            b ->
                assertThat(b)
                    .contains(
                        "Nous vous confirmons que la période de validité du code d'utilisateur de"
                            + " Prénom Nom ("
                            + org.userCode().substring(0, 3)
                            + ") a été prolongée."));

    assertThat(as(org.aux()).changeValidity(org.user(), today().plusMonths(1))).isEmpty();
    assertThat(bodies(org.userCode()))
        .last()
        .satisfies(
            b ->
                assertThat(b)
                    .contains(
                        "Nous vous avisons que la période de validité de votre code d'utilisateur"
                            + " a été diminuée."));
    assertThat(bodies(org.officerCode()))
        .last()
        .satisfies(b -> assertThat(b).contains(") a été raccourcie."));
    assertThat(fixtures.auditOf(org.user(), AuditAction.VALIDITY_CHANGED)).hasSize(2);
  }

  @Test
  @DisplayName("R-S7: own shorten allowed, own extension refused; past, 1 year + 1 day refused")
  void validityRefusals() {
    Org org = org();
    LocalDate before = fixtures.reload(org.officer()).getExpiryDate();

    assertThat(as(org.officer()).changeValidity(org.officer(), today().plusMonths(5)))
        .containsExactly(FileViolation.OWN_EXTENSION);
    assertThat(as(org.officer()).changeValidity(org.user(), today().minusDays(1)))
        .containsExactly(FileViolation.DATE_NOT_AFTER_TODAY);
    assertThat(as(org.officer()).changeValidity(org.user(), today().plusYears(1).plusDays(1)))
        .containsExactly(FileViolation.DATE_BEYOND_ONE_YEAR);
    assertThat(as(org.officer()).changeValidity(org.user(), null))
        .containsExactly(FileViolation.DATE_MISSING);
    assertThat(fixtures.reload(org.officer()).getExpiryDate()).isEqualTo(before);
    assertThat(bodies(org.userCode())).isEmpty();
    assertThat(bodies(org.officerCode())).isEmpty();

    assertThat(as(org.aux()).changeValidity(org.officer(), today().plusMonths(5))).isEmpty();
    assertThat(as(org.officer()).changeValidity(org.officer(), today().plusMonths(4))).isEmpty();
    assertThat(fixtures.reload(org.officer()).getExpiryDate()).isEqualTo(today().plusMonths(4));
  }

  @Test
  @DisplayName("R-S7: Expiré extended within 12 weeks becomes Actif; beyond, and Inactif, refused")
  void expiredExtension() {
    Org org = org();
    fixtures.expired(org.user(), today().minusDays(20));

    assertThat(as(org.officer()).changeValidity(org.user(), today().plusMonths(6))).isEmpty();
    assertThat(fixtures.reload(org.user()).getState()).isEqualTo(AccountState.ACTIF);

    fixtures.expired(org.user(), today().minusDays(90));
    assertThat(as(org.officer()).changeValidity(org.user(), today().plusMonths(6)))
        .containsExactly(FileViolation.EXPIRED_TOO_LONG);
    assertThat(fixtures.reload(org.user()).getState()).isEqualTo(AccountState.EXPIRE);

    fixtures.deactivatedByReason(org.aux(), "Congédiement", "Joseph Labonté");
    assertThat(as(org.officer()).changeValidity(org.aux(), today().plusMonths(6)))
        .containsExactly(FileViolation.INACTIVE);
  }

  @Test
  @DisplayName("R-S5: reactivation after failed logins (reason required); owner and officers told")
  void reactivation() {
    Org org = org();
    fixtures.deactivatedByFailedLogins(org.user(), 3);
    assertThat(as(org.officer()).file(org.user()).canReactivate()).isTrue();

    assertThat(as(org.officer()).reactivate(org.user(), null, null, null))
        .containsExactly(FileViolation.REASON_MISSING);
    assertThat(
            as(org.officer()).reactivate(org.user(), ReactivationReason.AUTRE_RAISON, null, null))
        .containsExactly(FileViolation.OTHER_REASON_MISSING);
    assertThat(fixtures.reload(org.user()).getState()).isEqualTo(AccountState.INACTIF);

    assertThat(
            as(org.officer())
                .reactivate(
                    org.user(), ReactivationReason.IDENTITE_CONFIRMEE, null, today().plusMonths(9)))
        .isEmpty();
    UserAccount user = fixtures.reload(org.user());
    assertThat(user.getState()).isEqualTo(AccountState.ACTIF);
    assertThat(user.getExpiryDate()).isEqualTo(today().plusMonths(9));
    assertThat(bodies(org.userCode()))
        .anySatisfy(
            b ->
                assertThat(b)
                    .contains("Nous vous avisons que votre code d'utilisateur a été réactivé."));
    assertThat(bodies(org.auxCode())).anySatisfy(b -> assertThat(b).contains(") a été réactivé."));
    SecurityFile file = as(org.officer()).file(org.user());
    assertThat(file.history()).isEqualTo("REACTIVATED");
    assertThat(file.historyReason()).isEqualTo("IDENTITE_CONFIRMEE");
  }

  @Test
  @DisplayName("R-S4/R-S5: other reason, inactive > 3 months, own account: not reactivated")
  void reactivationRefusals() {
    Org org = org();
    fixtures.deactivatedByReason(org.user(), "Fin de contrat", "Joseph Labonté");
    assertThat(as(org.officer()).file(org.user()).readOnly()).isTrue();
    assertThat(
            as(org.officer())
                .reactivate(org.user(), ReactivationReason.IDENTITE_CONFIRMEE, null, null))
        .containsExactly(FileViolation.NOT_REACTIVATABLE);

    fixtures.deactivatedByFailedLogins(org.aux(), 100);
    assertThat(as(org.officer()).file(org.aux()).canReactivate()).isFalse();
    assertThat(
            as(org.officer())
                .reactivate(org.aux(), ReactivationReason.IDENTITE_CONFIRMEE, null, null))
        .containsExactly(FileViolation.INACTIVE_TOO_LONG);

    // Its own account: an Inactif officer cannot act at all (R-S5's own-account rule is
    // unit-tested).
    fixtures.deactivatedByFailedLogins(org.officer(), 1);
    assertThatThrownBy(
            () ->
                as(org.officer())
                    .reactivate(org.officer(), ReactivationReason.IDENTITE_CONFIRMEE, null, null))
        .isInstanceOf(AccessRefusedException.class);
    assertThat(fixtures.reload(org.user()).getState()).isEqualTo(AccountState.INACTIF);
    assertThat(fixtures.reload(org.aux()).getState()).isEqualTo(AccountState.INACTIF);
  }

  @Test
  @DisplayName("R-S5 (TEMPORARY): an officer lifts a current lock early")
  void lockLifted() {
    Org org = org();
    fixtures.lock(org.user(), 15);
    SecurityFile file = as(org.officer()).file(org.user());
    assertThat(file.canReactivate()).isTrue();
    assertThat(file.lockLift()).isTrue();

    assertThat(
            as(org.officer())
                .reactivate(org.user(), ReactivationReason.IDENTITE_CONFIRMEE, null, null))
        .isEmpty();
    UserAccount user = fixtures.reload(org.user());
    assertThat(user.getState()).isEqualTo(AccountState.ACTIF);
    assertThat(user.getLockedUntil()).isNull();
    assertThat(user.getFailedLoginCount()).isZero();
  }

  @Test
  @DisplayName("R-C4: central reactivates with a new date and a temporary password (e-mail only)")
  void temporaryPassword() {
    Org org = org();
    long agent = fixtures.agent(Fixtures.unique("agt"));
    fixtures.deactivatedByReason(org.user(), "Absence prolongée", "Joseph Labonté");

    assertThat(
            as(agent).reactivateWithTemporaryPassword(org.user(), today().plusYears(1).plusDays(1)))
        .containsExactly(FileViolation.DATE_BEYOND_ONE_YEAR);
    assertThat(as(agent).reactivateWithTemporaryPassword(org.user(), today().plusMonths(11)))
        .isEmpty();

    UserAccount user = fixtures.reload(org.user());
    assertThat(user.getState()).isEqualTo(AccountState.ACTIF);
    assertThat(user.getExpiryDate()).isEqualTo(today().plusMonths(11));
    assertThat(user.isPasswordTemporary()).isTrue();
    String mail =
        bodies(org.userCode()).stream()
            .filter(b -> b.contains("Un nouveau mot de passe temporaire vous est transmis"))
            .findFirst()
            .orElseThrow();
    assertThat(mail)
        .contains(
            "Vous devrez le changer à sa première utilisation. Assurez-vous d'en préserver la"
                + " confidentialité. Votre nouveau mot de passe temporaire est : \"");
    Matcher password = Pattern.compile("temporaire est : \"([^\"]+)\"").matcher(mail);
    assertThat(password.find()).isTrue();
    assertThat(hasher.verify(password.group(1), user.getPasswordHash())).isTrue();
    assertThat(bodies(org.userCode()))
        .anySatisfy(b -> assertThat(b).contains("a été réactivé par le Groupe central"));
    assertThat(bodies(org.officerCode()))
        .anySatisfy(
            b ->
                assertThat(b)
                    .contains(
                        "Le Groupe central de la sécurité a attribué un nouveau mot de passe"
                            + " temporaire à un employé de votre organisme")
                    .contains(
                        "Un mot de passe temporaire a été attribué à : \""
                            + org.userCode().substring(0, 3)
                            + "\"")
                    .doesNotContain(password.group(1)));
    assertThat(fixtures.auditOf(org.user(), AuditAction.TEMPORARY_PASSWORD_ISSUED)).hasSize(1);
  }

  @Test
  @DisplayName("R-C5: central corrects personal data; e-mail change confirmed, officers in copy")
  void personalData() {
    Org org = org();
    long agent = fixtures.agent(Fixtures.unique("agt"));
    String newEmail = Fixtures.unique("nouveau") + "@test.example";

    assertThat(
            as(agent)
                .correctPersonalData(
                    org.user(),
                    new PersonalData(
                        "Tremblay", "Marie", "418 555-0101", "pas-un-courriel", "12a")))
        .containsExactly(FileViolation.EMAIL_INVALID, FileViolation.SIN_INVALID);
    assertThat(
            as(agent)
                .correctPersonalData(
                    org.user(),
                    new PersonalData(
                        "Tremblay", "Marie", null, org.officerCode() + "@test.example", "654321")))
        .containsExactly(FileViolation.EMAIL_TAKEN);
    assertThat(fixtures.reload(org.user()).getLastName()).isEqualTo("Nom");

    assertThat(
            as(agent)
                .correctPersonalData(
                    org.user(),
                    new PersonalData("Tremblay", "Marie", "418 555-0101", newEmail, "654321")))
        .isEmpty();
    UserAccount user = fixtures.reload(org.user());
    assertThat(user.getLastName()).isEqualTo("Tremblay");
    assertThat(user.getPhone()).isEqualTo("418 555-0101");
    assertThat(user.getPartialSin()).isEqualTo("654321");
    assertThat(user.getEmail()).isEqualTo(newEmail);
    Consumer<String> confirmation =
        b -> assertThat(b).contains("Votre adresse courriel est maintenant : " + newEmail);
    assertThat(fixtures.outboxOf(newEmail))
        .singleElement()
        .satisfies(e -> confirmation.accept(e.toEmail().text()));
    assertThat(bodies(org.userCode())).singleElement().satisfies(confirmation);
    assertThat(bodies(org.officerCode()))
        .singleElement()
        .satisfies(
            b ->
                assertThat(b)
                    .contains("Copie conforme")
                    .contains("Marie Tremblay (" + org.userCode().substring(0, 3) + ")"));
    assertThat(fixtures.auditOf(org.user(), AuditAction.PERSONAL_DATA_CORRECTED))
        .extracting(AuditEvent::getOutcome)
        .containsExactly(AuditOutcome.REFUSED, AuditOutcome.REFUSED, AuditOutcome.SUCCESS);
  }

  @Test
  @DisplayName("point 7 (R-S2): the list's name filters ignore accents and case")
  void listFindsNamesWithoutAccentsNorCase() {
    Org org = org();
    String tag = Fixtures.unique("x");
    long emilie = fixtures.pendingPerson(org.partner(), "Émilie", "Côté-" + tag, "999333");
    Map<ListColumn, String> byLast = Map.of(ListColumn.LAST_NAME, "COTE-" + tag.toUpperCase());
    assertThat(as(org.officer()).list(new ListQuery(0, 10, null, true, byLast)))
        .extracting(ListedPerson::accountId)
        .containsExactly(emilie);
    Map<ListColumn, String> byFirst = Map.of(ListColumn.FIRST_NAME, "emilie");
    assertThat(as(org.officer()).list(new ListQuery(0, 10, null, true, byFirst)))
        .extracting(ListedPerson::accountId)
        .containsExactly(emilie);
    assertThat(fixtures.reload(emilie).getLastName()).isEqualTo("Côté-" + tag);
  }

  @Test
  @DisplayName("point 4 (R-S6, R-S7): an officer changes nothing of a person with only a code")
  void officerChangesNothingOfAPendingPerson() {
    Org org = org();
    long pending = fixtures.pendingPerson(org.partner(), "Nathalie", "Pelletier", "999222");
    registration.issue(pending);

    SecurityFile file = as(org.officer()).file(pending);
    assertThat(file.pending()).isTrue();
    assertThat(file.canDeactivate()).isFalse();
    assertThat(file.canChangeValidity()).isFalse();
    assertThat(as(org.officer()).deactivate(pending, DeactivationReason.CONGEDIEMENT, null))
        .containsExactly(FileViolation.NOT_REGISTERED);
    assertThat(as(org.officer()).changeValidity(pending, today().plusMonths(3)))
        .containsExactly(FileViolation.NOT_REGISTERED);
    UserAccount person = fixtures.reload(pending);
    assertThat(person.getState()).isEqualTo(AccountState.ACTIF);
    assertThat(person.getExpiryDate()).isEqualTo(today().plusYears(1));
  }

  @Test
  @DisplayName("point 5 (R-C4): a temporary password alone for Actif; reactivation for the others")
  void temporaryPasswordApartFromReactivation() {
    Org org = org();
    long agent = fixtures.agent(Fixtures.unique("agt"));
    LocalDate expiry = fixtures.reload(org.user()).getExpiryDate();

    assertThat(as(agent).reactivateWithTemporaryPassword(org.user(), today().plusMonths(3)))
        .containsExactly(FileViolation.ALREADY_ACTIVE);
    assertThat(as(agent).issueTemporaryPassword(org.user())).isEmpty();
    UserAccount user = fixtures.reload(org.user());
    assertThat(user.getState()).isEqualTo(AccountState.ACTIF);
    assertThat(user.getExpiryDate()).isEqualTo(expiry);
    assertThat(user.isPasswordTemporary()).isTrue();
    assertThat(bodies(org.userCode()))
        .anySatisfy(b -> assertThat(b).contains("Votre nouveau mot de passe temporaire est"))
        .noneSatisfy(b -> assertThat(b).contains("réactivé"));

    fixtures.deactivatedByReason(org.aux(), "Absence prolongée", "Joseph Labonté");
    assertThat(as(agent).issueTemporaryPassword(org.aux()))
        .containsExactly(FileViolation.NOT_ACTIVE);
    assertThat(fixtures.reload(org.aux()).getState()).isEqualTo(AccountState.INACTIF);
    assertThatThrownBy(() -> as(org.officer()).issueTemporaryPassword(org.user()))
        .isInstanceOf(AccessRefusedException.class);
  }

  @Test
  @DisplayName(
      "R-S2: the list is the officer's partner only; pending person shows her code's state")
  void listScopedSortedFiltered() {
    Org org = org();
    long other = org().user();
    long pending = fixtures.pendingPerson(org.partner(), "Nathalie", "Aaaa-Pelletier", "999222");
    registration.issue(pending);
    fixtures.suspendRegistrationCodes(pending);

    List<ListedPerson> all = as(org.officer()).list(new ListQuery(0, 50, null, true, Map.of()));
    assertThat(as(org.officer()).count(Map.of())).isEqualTo(4);
    assertThat(all).extracting(ListedPerson::accountId).doesNotContain(other);
    ListedPerson nathalie =
        all.stream().filter(r -> r.accountId() == pending).findFirst().orElseThrow();
    assertThat(nathalie.userCode()).isNull();
    assertThat(nathalie.state()).isEqualTo("SUSPENDU");
    assertThat(nathalie.pending()).isTrue();

    List<ListedPerson> byName =
        as(org.officer())
            .list(
                new ListQuery(
                    0, 2, ListColumn.LAST_NAME, true, Map.of(ListColumn.LAST_NAME, "aaaa")));
    assertThat(as(org.officer()).count(Map.of(ListColumn.LAST_NAME, "aaaa"))).isEqualTo(1);
    assertThat(byName).extracting(ListedPerson::accountId).containsExactly(pending);

    List<ListedPerson> officers =
        as(org.officer())
            .list(
                new ListQuery(
                    0,
                    10,
                    ListColumn.USER_CODE,
                    false,
                    Map.of(ListColumn.PROFILE, "RESPONSABLE_AUXILIAIRE")));
    assertThat(officers).extracting(ListedPerson::accountId).containsExactly(org.aux());

    List<ListedPerson> paged =
        as(org.officer()).list(new ListQuery(1, 2, ListColumn.EMAIL, true, Map.of()));
    assertThat(paged).hasSize(2);

    long agent = fixtures.agent(Fixtures.unique("agt"));
    List<ListedPerson> central =
        as(agent)
            .list(
                new ListQuery(
                    0, 50, ListColumn.PARTNER, true, Map.of(ListColumn.USER_CODE, org.userCode())));
    assertThat(central).extracting(ListedPerson::accountId).containsExactly(org.user());
  }

  /** Every officer and central action on {@code target}, by whoever calls at the time. */
  private List<Runnable> everyAction(long target) {
    LocalDate date = today().plusMonths(6);
    PersonalData data = new PersonalData("X", "Y", null, "x@test.example", "123456");
    return List.of(
        () -> files.file(target),
        () -> files.deactivate(target, DeactivationReason.CONGEDIEMENT, null),
        () -> files.reactivate(target, ReactivationReason.IDENTITE_CONFIRMEE, null, null),
        () -> files.changeValidity(target, date),
        () -> files.reactivateWithTemporaryPassword(target, date),
        () -> files.correctPersonalData(target, data));
  }

  /** {@link #everyAction}, then the list and its count: everything the service offers. */
  private List<Runnable> everything(long target) {
    List<Runnable> all = new ArrayList<>(everyAction(target));
    all.add(() -> files.list(new ListQuery(0, 10, null, true, Map.of())));
    all.add(() -> files.count(Map.of()));
    return all;
  }

  private List<AuditEvent> refusals(long accountId) {
    return fixtures.auditOf(accountId, AuditAction.ACCESS_REFUSED);
  }

  /** The account is as {@link #org()} made it, and its owner was sent nothing. */
  private void unchanged(long account, String code, String passwordHash) {
    UserAccount unchanged = fixtures.reload(account);
    assertThat(unchanged.getState()).isEqualTo(AccountState.ACTIF);
    assertThat(unchanged.getLastName()).isEqualTo("Nom");
    assertThat(unchanged.getExpiryDate()).isEqualTo(today().plusMonths(2));
    assertThat(unchanged.getPasswordHash()).isEqualTo(passwordHash);
    assertThat(bodies(code)).isEmpty();
  }

  @Test
  @DisplayName(
      "R-S1: another partner's officer gets « not found » for every file of the partner, and"
          + " central's powers refused; each attempt audited, nothing changes")
  void otherPartnersOfficer() {
    Org org = org();
    Org stranger = org();
    long target = org.user();
    String hash = fixtures.reload(target).getPasswordHash();

    caller.actAs(stranger.officer());
    List<Runnable> actions = everyAction(target);
    for (int i = 0; i < 4; i++) {
      assertThatThrownBy(actions.get(i)::run)
          .as("action %d", i)
          .isInstanceOf(OutOfScopeException.class);
    }
    for (int i = 4; i < actions.size(); i++) {
      assertThatThrownBy(actions.get(i)::run)
          .as("action %d", i)
          .isExactlyInstanceOf(AccessRefusedException.class);
    }
    assertThatThrownBy(() -> files.file(Long.MAX_VALUE)).isInstanceOf(OutOfScopeException.class);

    assertThat(refusals(target))
        .extracting(AuditEvent::getDetail)
        .containsExactly(
            "OUT_OF_SCOPE|Dossier de sécurité|compte " + target,
            "OUT_OF_SCOPE|Désactiver un code d'utilisateur|compte " + target,
            "OUT_OF_SCOPE|Réactiver un code d'utilisateur|compte " + target,
            "OUT_OF_SCOPE|Modifier la période de validité|compte " + target);
    assertThat(refusals(target))
        .allSatisfy(
            e -> {
              assertThat(e.getActorAccountId()).isEqualTo(stranger.officer());
              assertThat(e.getAddress()).isEqualTo(TestCaller.ADDRESS);
              assertThat(e.getPartnerId()).isEqualTo(org.partner());
            });
    assertThat(refusals(stranger.officer()))
        .extracting(AuditEvent::getDetail)
        .containsExactly(
            "OPERATION_REFUSED|Réactiver avec un mot de passe temporaire|@standing.CENTRAL",
            "OPERATION_REFUSED|Modifier les renseignements personnels|@standing.CENTRAL");
    assertThat(files.list(new ListQuery(0, 50, null, true, Map.of())))
        .extracting(ListedPerson::accountId)
        .containsExactlyInAnyOrder(stranger.officer(), stranger.aux(), stranger.user());
    unchanged(target, org.userCode(), hash);
  }

  @Test
  @DisplayName(
      "R-S1: a plain user is refused every action and the list before anything is looked up;"
          + " each attempt audited, nothing changes")
  void plainUser() {
    Org org = org();
    long target = org.aux();
    String hash = fixtures.reload(target).getPasswordHash();

    caller.actAs(org.user());
    for (Runnable action : everything(target)) {
      assertThatThrownBy(action::run).isExactlyInstanceOf(AccessRefusedException.class);
    }

    String officerOrCentral = "|@standing.OFFICER,standing.CENTRAL";
    String centralOnly = "|@standing.CENTRAL";
    assertThat(refusals(org.user()))
        .extracting(AuditEvent::getDetail)
        .containsExactly(
            "OPERATION_REFUSED|Dossier de sécurité" + officerOrCentral,
            "OPERATION_REFUSED|Désactiver un code d'utilisateur" + officerOrCentral,
            "OPERATION_REFUSED|Réactiver un code d'utilisateur" + officerOrCentral,
            "OPERATION_REFUSED|Modifier la période de validité" + officerOrCentral,
            "OPERATION_REFUSED|Réactiver avec un mot de passe temporaire" + centralOnly,
            "OPERATION_REFUSED|Modifier les renseignements personnels" + centralOnly,
            "OPERATION_REFUSED|Liste des personnes autorisées" + officerOrCentral,
            "OPERATION_REFUSED|Liste des personnes autorisées" + officerOrCentral);
    assertThat(refusals(target)).isEmpty();
    unchanged(target, org.auxCode(), hash);
  }

  @Test
  @DisplayName("R-S1: an Inactif officer is refused every action and the list; each audited")
  void inactiveOfficer() {
    Org org = org();
    fixtures.deactivatedByReason(org.aux(), "Départ volontaire", "Prénom Nom");
    String hash = fixtures.reload(org.user()).getPasswordHash();

    caller.actAs(org.aux());
    for (Runnable action : everything(org.user())) {
      assertThatThrownBy(action::run).isExactlyInstanceOf(AccessRefusedException.class);
    }

    assertThat(refusals(org.aux())).hasSize(8);
    assertThat(refusals(org.user())).isEmpty();
    unchanged(org.user(), org.userCode(), hash);
  }

  @Test
  @DisplayName("R-C4/R-C5: an officer of the same partner may not use central's powers")
  void officerWithoutCentralPowers() {
    Org org = org();
    String hash = fixtures.reload(org.user()).getPasswordHash();

    assertThatThrownBy(() -> as(org.officer()).reactivateWithTemporaryPassword(org.user(), today()))
        .isExactlyInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(
            () ->
                as(org.officer())
                    .correctPersonalData(
                        org.user(), new PersonalData("X", "Y", null, "x@test.example", "123456")))
        .isExactlyInstanceOf(AccessRefusedException.class);

    assertThat(refusals(org.officer())).hasSize(2);
    unchanged(org.user(), org.userCode(), hash);
  }

  @Test
  @DisplayName(
      "R-S1: central too gets « not found » for an account that does not exist or has no partner")
  void centralNotFound() {
    long agent = fixtures.agent(Fixtures.unique("agt"));
    long otherAgent = fixtures.agent(Fixtures.unique("agt"));

    caller.actAs(agent);
    for (Runnable action : everyAction(otherAgent)) {
      assertThatThrownBy(action::run).isInstanceOf(OutOfScopeException.class);
    }
    assertThatThrownBy(() -> files.file(Long.MAX_VALUE)).isInstanceOf(OutOfScopeException.class);

    assertThat(refusals(otherAgent))
        .hasSize(6)
        .allSatisfy(e -> assertThat(e.getActorAccountId()).isEqualTo(agent))
        .first()
        .satisfies(
            e ->
                assertThat(e.getDetail())
                    .isEqualTo("OUT_OF_SCOPE|Dossier de sécurité|compte " + otherAgent));
    AuditEvent unknown = fixtures.lastAudit();
    assertThat(unknown.getActorAccountId()).isEqualTo(agent);
    assertThat(unknown.getDetail())
        .isEqualTo("OUT_OF_SCOPE|Dossier de sécurité|compte " + Long.MAX_VALUE);
    assertThat(fixtures.reload(otherAgent).getState()).isEqualTo(AccountState.ACTIF);
  }

  @Test
  @DisplayName(
      "R-S1: an anonymous caller is refused every action and the list, audited as « anonyme »"
          + " with its address; nothing changes")
  void anonymousCaller() {
    Org org = org();
    long target = org.user();
    String hash = fixtures.reload(target).getPasswordHash();
    long before = fixtures.anonymousRefusals();

    caller.anonymous().from("192.0.2.99");
    for (Runnable action : everything(target)) {
      assertThatThrownBy(action::run).isExactlyInstanceOf(AccessRefusedException.class);
    }

    assertThat(fixtures.anonymousRefusals() - before).isEqualTo(8);
    AuditEvent last = fixtures.lastAudit();
    assertThat(last.getActor()).isEqualTo("anonyme");
    assertThat(last.getAddress()).isEqualTo("192.0.2.99");
    assertThat(last.getDetail())
        .isEqualTo("OPERATION_REFUSED|Liste des personnes autorisées|@standing.anonymous");
    unchanged(target, org.userCode(), hash);
  }
}
