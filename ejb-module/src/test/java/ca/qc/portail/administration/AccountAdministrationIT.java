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
import ca.qc.portail.testing.CentralAlert;
import ca.qc.portail.testing.Deployments;
import ca.qc.portail.testing.Fixtures;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Officers' and central's account administration (R-S1–R-S7, R-C4–R-C6, R-D3) on PostgreSQL:
 * states, e-mails (recipients and wording), audit, and every refusal.
 */
@ExtendWith(ArquillianExtension.class)
class AccountAdministrationIT {

  private static final String PASSWORD = "Bon-Mot-de-passe-9";

  @Deployment
  static WebArchive deployment() {
    return Deployments.rules(
        "administration-it", AccountAdministrationIT.class, AdministrationAs.class);
  }

  @Inject private AdministrationAs as;
  @Inject private SecurityFiles securityFiles;
  @Inject private Registration registration;
  @Inject private PasswordHasher hasher;
  @Inject private Fixtures fixtures;

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
        partner, code, PASSWORD, LocalDate.now().plusMonths(2), AccountState.ACTIF, profiles);
  }

  private List<String> bodies(String code) {
    return fixtures.textsTo(code);
  }

  private static LocalDate today() {
    return LocalDate.now();
  }

  @Test
  @DisplayName("R-S6: an officer deactivates a user; owner and both officers e-mailed (3 chars)")
  void officerDeactivates() {
    Org org = org();

    assertThat(as.deactivate(org.officer(), org.user(), DeactivationReason.CONGEDIEMENT, null))
        .isEmpty();

    UserAccount user = fixtures.reload(org.user());
    assertThat(user.getState()).isEqualTo(AccountState.INACTIF);
    assertThat(user.getStateReason()).isEqualTo("Congédiement");
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

    SecurityFile file = as.file(org.aux(), org.user());
    assertThat(file.readOnly()).isTrue();
    assertThat(file.history()).isEqualTo("DEACTIVATED");
    assertThat(file.historyAuthor()).isEqualTo("Prénom Nom");
    assertThat(file.historyReason()).isEqualTo("Congédiement");
    assertThat(file.canReactivate()).isFalse();
    assertThat(file.canChangeValidity()).isFalse();
    assertThat(file.canDeactivate()).isFalse();
  }

  @Test
  @DisplayName("R-S6: no reason, « Autre raison » without text, own account: nothing changes")
  void deactivationRefusals() {
    Org org = org();

    assertThat(as.deactivate(org.officer(), org.user(), null, null))
        .containsExactly(FileViolation.REASON_MISSING);
    assertThat(as.deactivate(org.officer(), org.user(), DeactivationReason.AUTRE_RAISON, " "))
        .containsExactly(FileViolation.OTHER_REASON_MISSING);
    assertThat(
            as.deactivate(org.officer(), org.officer(), DeactivationReason.DEPART_VOLONTAIRE, null))
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

    assertThat(as.deactivate(agent, officer, DeactivationReason.AUTRE_RAISON, " Fraude "))
        .isEmpty();

    UserAccount account = fixtures.reload(officer);
    assertThat(account.getStateReason()).isEqualTo("Fraude");
    assertThat(account.getStateChangedBy()).isEqualTo("Un agent du Groupe central de la sécurité");
    assertThat(bodies(lone.code()))
        .singleElement()
        .satisfies(
            b ->
                assertThat(b)
                    .contains("Nous vous avisons que votre code d'utilisateur a été désactivé."));
    CentralAlert.assertSent(fixtures, lone);
    SecurityFile file = as.file(agent, officer);
    assertThat(file.historyAuthor()).isEqualTo("Un agent du Groupe central de la sécurité");
    assertThat(file.readOnly()).isFalse();
    assertThat(file.canReactivate()).isTrue();
  }

  @Test
  @DisplayName(
      "R-S7: extension and shortening e-mailed to owner and officers, with the seeds' words")
  void validityChanges() {
    Org org = org();

    assertThat(as.changeValidity(org.officer(), org.user(), today().plusMonths(10))).isEmpty();
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

    assertThat(as.changeValidity(org.aux(), org.user(), today().plusMonths(1))).isEmpty();
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

    assertThat(as.changeValidity(org.officer(), org.officer(), today().plusMonths(5)))
        .containsExactly(FileViolation.OWN_EXTENSION);
    assertThat(as.changeValidity(org.officer(), org.user(), today().minusDays(1)))
        .containsExactly(FileViolation.DATE_NOT_AFTER_TODAY);
    assertThat(as.changeValidity(org.officer(), org.user(), today().plusYears(1).plusDays(1)))
        .containsExactly(FileViolation.DATE_BEYOND_ONE_YEAR);
    assertThat(as.changeValidity(org.officer(), org.user(), null))
        .containsExactly(FileViolation.DATE_MISSING);
    assertThat(fixtures.reload(org.officer()).getExpiryDate()).isEqualTo(before);
    assertThat(bodies(org.userCode())).isEmpty();
    assertThat(bodies(org.officerCode())).isEmpty();

    assertThat(as.changeValidity(org.aux(), org.officer(), today().plusMonths(5))).isEmpty();
    assertThat(as.changeValidity(org.officer(), org.officer(), today().plusMonths(4))).isEmpty();
    assertThat(fixtures.reload(org.officer()).getExpiryDate()).isEqualTo(today().plusMonths(4));
  }

  @Test
  @DisplayName("R-S7: Expiré extended within 12 weeks becomes Actif; beyond, and Inactif, refused")
  void expiredExtension() {
    Org org = org();
    as.expired(org.user(), today().minusDays(20));

    assertThat(as.changeValidity(org.officer(), org.user(), today().plusMonths(6))).isEmpty();
    assertThat(fixtures.reload(org.user()).getState()).isEqualTo(AccountState.ACTIF);

    as.expired(org.user(), today().minusDays(90));
    assertThat(as.changeValidity(org.officer(), org.user(), today().plusMonths(6)))
        .containsExactly(FileViolation.EXPIRED_TOO_LONG);
    assertThat(fixtures.reload(org.user()).getState()).isEqualTo(AccountState.EXPIRE);

    as.deactivatedByReason(org.aux(), "Congédiement", "Joseph Labonté");
    assertThat(as.changeValidity(org.officer(), org.aux(), today().plusMonths(6)))
        .containsExactly(FileViolation.INACTIVE);
  }

  @Test
  @DisplayName("R-S5: reactivation after failed logins (reason required); owner and officers told")
  void reactivation() {
    Org org = org();
    as.deactivatedByFailedLogins(org.user(), 3);
    assertThat(as.file(org.officer(), org.user()).canReactivate()).isTrue();

    assertThat(as.reactivate(org.officer(), org.user(), null, null, null))
        .containsExactly(FileViolation.REASON_MISSING);
    assertThat(
            as.reactivate(org.officer(), org.user(), ReactivationReason.AUTRE_RAISON, null, null))
        .containsExactly(FileViolation.OTHER_REASON_MISSING);
    assertThat(fixtures.reload(org.user()).getState()).isEqualTo(AccountState.INACTIF);

    assertThat(
            as.reactivate(
                org.officer(),
                org.user(),
                ReactivationReason.IDENTITE_CONFIRMEE,
                null,
                today().plusMonths(9)))
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
    SecurityFile file = as.file(org.officer(), org.user());
    assertThat(file.history()).isEqualTo("REACTIVATED");
    assertThat(file.historyReason()).isEqualTo("Identité de l'utilisateur confirmée");
  }

  @Test
  @DisplayName("R-S4/R-S5: other reason, inactive > 3 months, own account: not reactivated")
  void reactivationRefusals() {
    Org org = org();
    as.deactivatedByReason(org.user(), "Fin de contrat", "Joseph Labonté");
    assertThat(as.file(org.officer(), org.user()).readOnly()).isTrue();
    assertThat(
            as.reactivate(
                org.officer(), org.user(), ReactivationReason.IDENTITE_CONFIRMEE, null, null))
        .containsExactly(FileViolation.NOT_REACTIVATABLE);

    as.deactivatedByFailedLogins(org.aux(), 100);
    assertThat(as.file(org.officer(), org.aux()).canReactivate()).isFalse();
    assertThat(
            as.reactivate(
                org.officer(), org.aux(), ReactivationReason.IDENTITE_CONFIRMEE, null, null))
        .containsExactly(FileViolation.INACTIVE_TOO_LONG);

    // Its own account: an Inactif officer cannot act at all (R-S5's own-account rule is
    // unit-tested).
    as.deactivatedByFailedLogins(org.officer(), 1);
    assertThatThrownBy(
            () ->
                as.reactivate(
                    org.officer(),
                    org.officer(),
                    ReactivationReason.IDENTITE_CONFIRMEE,
                    null,
                    null))
        .isInstanceOf(AccessRefusedException.class);
    assertThat(fixtures.reload(org.user()).getState()).isEqualTo(AccountState.INACTIF);
    assertThat(fixtures.reload(org.aux()).getState()).isEqualTo(AccountState.INACTIF);
  }

  @Test
  @DisplayName("R-S5 (TEMPORARY): an officer lifts a current lock early")
  void lockLifted() {
    Org org = org();
    as.lock(org.user(), 15);
    SecurityFile file = as.file(org.officer(), org.user());
    assertThat(file.canReactivate()).isTrue();
    assertThat(file.lockLift()).isTrue();

    assertThat(
            as.reactivate(
                org.officer(), org.user(), ReactivationReason.IDENTITE_CONFIRMEE, null, null))
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
    as.deactivatedByReason(org.user(), "Absence prolongée", "Joseph Labonté");

    assertThat(
            as.reactivateWithTemporaryPassword(agent, org.user(), today().plusYears(1).plusDays(1)))
        .containsExactly(FileViolation.DATE_BEYOND_ONE_YEAR);
    assertThat(as.reactivateWithTemporaryPassword(agent, org.user(), today().plusMonths(11)))
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
            as.correctPersonalData(
                agent,
                org.user(),
                new PersonalData("Tremblay", "Marie", "418 555-0101", "pas-un-courriel", "12a")))
        .containsExactly(FileViolation.EMAIL_INVALID, FileViolation.SIN_INVALID);
    assertThat(
            as.correctPersonalData(
                agent,
                org.user(),
                new PersonalData(
                    "Tremblay", "Marie", null, org.officerCode() + "@test.example", "654321")))
        .containsExactly(FileViolation.EMAIL_TAKEN);
    assertThat(fixtures.reload(org.user()).getLastName()).isEqualTo("Nom");

    assertThat(
            as.correctPersonalData(
                agent,
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
  @DisplayName(
      "R-S2: the list is the officer's partner only; pending person shows her code's state")
  void listScopedSortedFiltered() {
    Org org = org();
    long other = org().user();
    long pending = fixtures.pendingPerson(org.partner(), "Nathalie", "Aaaa-Pelletier", "999222");
    registration.issue(pending);
    as.suspendRegistrationCodes(pending);

    List<ListedPerson> all = as.list(org.officer(), new ListQuery(0, 50, null, true, Map.of()));
    assertThat(as.count(org.officer(), Map.of())).isEqualTo(4);
    assertThat(all).extracting(ListedPerson::accountId).doesNotContain(other);
    ListedPerson nathalie =
        all.stream().filter(r -> r.accountId() == pending).findFirst().orElseThrow();
    assertThat(nathalie.userCode()).isNull();
    assertThat(nathalie.state()).isEqualTo("SUSPENDU");
    assertThat(nathalie.pending()).isTrue();

    List<ListedPerson> byName =
        as.list(
            org.officer(),
            new ListQuery(0, 2, ListColumn.LAST_NAME, true, Map.of(ListColumn.LAST_NAME, "aaaa")));
    assertThat(as.count(org.officer(), Map.of(ListColumn.LAST_NAME, "aaaa"))).isEqualTo(1);
    assertThat(byName).extracting(ListedPerson::accountId).containsExactly(pending);

    List<ListedPerson> officers =
        as.list(
            org.officer(),
            new ListQuery(
                0,
                10,
                ListColumn.USER_CODE,
                false,
                Map.of(ListColumn.PROFILE, "RESPONSABLE_AUXILIAIRE")));
    assertThat(officers).extracting(ListedPerson::accountId).containsExactly(org.aux());

    List<ListedPerson> paged =
        as.list(org.officer(), new ListQuery(1, 2, ListColumn.EMAIL, true, Map.of()));
    assertThat(paged).hasSize(2);

    long agent = fixtures.agent(Fixtures.unique("agt"));
    List<ListedPerson> central =
        as.list(
            agent,
            new ListQuery(
                0, 50, ListColumn.PARTNER, true, Map.of(ListColumn.USER_CODE, org.userCode())));
    assertThat(central).extracting(ListedPerson::accountId).containsExactly(org.user());
  }

  /** Every officer and central action, as {@code actor}, on {@code target}. */
  private List<Runnable> everyAction(long actor, long target) {
    LocalDate date = today().plusMonths(6);
    return List.of(
        () -> as.file(actor, target),
        () -> as.deactivate(actor, target, DeactivationReason.CONGEDIEMENT, null),
        () -> as.reactivate(actor, target, ReactivationReason.IDENTITE_CONFIRMEE, null, null),
        () -> as.changeValidity(actor, target, date),
        () -> as.reactivateWithTemporaryPassword(actor, target, date),
        () ->
            as.correctPersonalData(
                actor, target, new PersonalData("X", "Y", null, "x@test.example", "123456")));
  }

  private long refusals(long accountId) {
    return fixtures.auditOf(accountId, AuditAction.ACCESS_REFUSED).size();
  }

  @Test
  @DisplayName(
      "R-S1: every action refused, audited, to another partner's officer, a plain user, anonymous")
  void accessControl() {
    Org org = org();
    Org stranger = org();
    long target = org.user();
    String before = fixtures.reload(target).getPasswordHash();

    // Another partner's officer: "not found" for every file action, each attempt audited.
    List<Runnable> strangerActions = everyAction(stranger.officer(), target);
    for (int i = 0; i < strangerActions.size(); i++) {
      Runnable action = strangerActions.get(i);
      Class<? extends Throwable> expected =
          i < 4 ? SecurityFileNotFoundException.class : AccessRefusedException.class;
      assertThatThrownBy(action::run).isInstanceOf(expected);
    }
    assertThat(refusals(target)).isEqualTo(4);
    assertThat(fixtures.auditOf(stranger.officer(), AuditAction.ACCESS_REFUSED)).hasSize(2);
    assertThatThrownBy(
            () ->
                as.list(stranger.officer(), new ListQuery(0, 10, null, true, Map.of())).stream()
                    .filter(r -> r.accountId() == target)
                    .findFirst()
                    .orElseThrow())
        .isInstanceOf(java.util.NoSuchElementException.class);

    // A plain user (no officer profile): refused before anything is looked up.
    for (Runnable action : everyAction(stranger.user(), org.aux())) {
      assertThatThrownBy(action::run).isInstanceOf(AccessRefusedException.class);
    }
    assertThatThrownBy(() -> as.list(stranger.user(), new ListQuery(0, 10, null, true, Map.of())))
        .isInstanceOf(AccessRefusedException.class);
    assertThat(fixtures.auditOf(stranger.user(), AuditAction.ACCESS_REFUSED)).hasSize(7);

    // An officer of the same partner may not use central's powers (R-C4, R-C5).
    assertThatThrownBy(() -> as.reactivateWithTemporaryPassword(org.officer(), target, today()))
        .isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(
            () ->
                as.correctPersonalData(
                    org.officer(),
                    target,
                    new PersonalData("X", "Y", null, "x@test.example", "123456")))
        .isInstanceOf(AccessRefusedException.class);
    assertThat(fixtures.auditOf(org.officer(), AuditAction.ACCESS_REFUSED)).hasSize(2);

    // Anonymous: through SecurityFiles itself, which takes the caller from the principal.
    long anonymousBefore = anonymousRefusals();
    List<Runnable> anonymous =
        List.of(
            () -> securityFiles.list(new ListQuery(0, 10, null, true, Map.of()), "192.0.2.99"),
            () -> securityFiles.file(target, "192.0.2.99"),
            () ->
                securityFiles.deactivate(
                    target, DeactivationReason.CONGEDIEMENT, null, "192.0.2.99"),
            () ->
                securityFiles.reactivate(
                    target, ReactivationReason.IDENTITE_CONFIRMEE, null, null, "192.0.2.99"),
            () -> securityFiles.changeValidity(target, today().plusMonths(6), "192.0.2.99"),
            () ->
                securityFiles.reactivateWithTemporaryPassword(
                    target, today().plusMonths(6), "192.0.2.99"),
            () ->
                securityFiles.correctPersonalData(
                    target,
                    new PersonalData("X", "Y", null, "x@test.example", "123456"),
                    "192.0.2.99"));
    for (Runnable action : anonymous) {
      assertThatThrownBy(action::run).isInstanceOf(AccessRefusedException.class);
    }
    assertThat(anonymousRefusals() - anonymousBefore).isEqualTo(7);

    UserAccount unchanged = fixtures.reload(target);
    assertThat(unchanged.getState()).isEqualTo(AccountState.ACTIF);
    assertThat(unchanged.getLastName()).isEqualTo("Nom");
    assertThat(unchanged.getPasswordHash()).isEqualTo(before);
    assertThat(bodies(org.userCode())).isEmpty();
  }

  private long anonymousRefusals() {
    return as.anonymousRefusals();
  }
}
