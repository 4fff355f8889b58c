package ca.qc.portail.administration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.qc.portail.account.AccountState;
import ca.qc.portail.account.Profile;
import ca.qc.portail.audit.AuditAction;
import ca.qc.portail.audit.AuditCriteria;
import ca.qc.portail.audit.AuditEntry;
import ca.qc.portail.audit.AuditEvent;
import ca.qc.portail.audit.AuditOutcome;
import ca.qc.portail.partner.AgreementData;
import ca.qc.portail.partner.MeasureFamily;
import ca.qc.portail.partner.PartnerChange;
import ca.qc.portail.partner.PartnerData;
import ca.qc.portail.partner.PartnerDetail;
import ca.qc.portail.partner.PartnerSummary;
import ca.qc.portail.partner.PartnerViolation;
import ca.qc.portail.security.AccessRefusedException;
import ca.qc.portail.testing.Deployments;
import ca.qc.portail.testing.Fixtures;
import ca.qc.portail.testing.TestCaller;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The central security group's console (R-C1, R-C7, R-D3) on PostgreSQL, called as the account each
 * test chooses ({@link TestCaller}). The ministry's time zone is America/Toronto (app.timezone).
 */
@ExtendWith(ArquillianExtension.class)
class CentralConsoleIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.rules(
        "central-console-it",
        List.of("mfa.email=false", "app.timezone=America/Toronto"),
        CentralConsoleIT.class);
  }

  @Inject private CentralConsole console;
  @Inject private TestCaller caller;
  @Inject private Fixtures fixtures;

  /** The console, called by that account from now on. */
  private CentralConsole as(long account) {
    caller.actAs(account);
    return console;
  }

  /** The export's rows, as the servlet would receive them. */
  private List<AuditEntry> export(long account, AuditCriteria criteria) {
    List<AuditEntry> rows = new ArrayList<>();
    as(account).exportAudit(criteria, rows::add);
    return rows;
  }

  /** A year from today, as the application's clock says. */
  private LocalDate far() {
    return fixtures.today().plusYears(1);
  }

  private long agent() {
    return fixtures.agent(Fixtures.unique("gc"));
  }

  private static String neq() {
    return String.valueOf(1_000_000_000L + ThreadLocalRandom.current().nextLong(8_999_999_999L));
  }

  private static PartnerData partner(String name, String neq) {
    return new PartnerData(
        name, "425, rue Jacques-Parizeau, Québec", "g1r4z1", "418-555-0142", neq, null, true);
  }

  private static AgreementData agreement(String number, LocalDate start, LocalDate end) {
    return new AgreementData(number, MeasureFamily.FORMATION, "MFOR", start, end);
  }

  private static List<AuditEvent> audits(List<AuditEvent> events, AuditAction action) {
    return events.stream().filter(e -> e.getAction() == action).toList();
  }

  // ----- R-C1: partners and agreements -----

  @Test
  @DisplayName("R-C1: central creates a partner and its agreements; stored canonical and audited")
  void createPartnerWithAgreements() {
    long agent = agent();
    String name = Fixtures.unique("Organisme ");
    String neq = neq();

    PartnerChange created = as(agent).createPartner(partner(name, neq));
    assertThat(created.succeeded()).isTrue();
    long id = created.id();
    String number = Fixtures.unique("MFOR-").toUpperCase();
    PartnerChange added =
        as(agent)
            .addAgreement(
                id,
                agreement(
                    number.toLowerCase(), LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31)))
            .orElseThrow();
    assertThat(added.succeeded()).isTrue();

    PartnerDetail detail = as(agent).partner(id).orElseThrow();
    assertThat(detail.data().name()).isEqualTo(name);
    assertThat(detail.data().postalCode()).isEqualTo("G1R 4Z1");
    assertThat(detail.data().phone()).isEqualTo("418 555-0142");
    assertThat(detail.data().neq()).isEqualTo(neq);
    assertThat(detail.data().nonProfit()).isTrue();
    assertThat(detail.agreements())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.data().number()).isEqualTo(number);
              assertThat(a.data().endDate()).isEqualTo(LocalDate.of(2027, 3, 31));
            });
    List<AuditEntry> trail =
        as(agent)
            .auditPage(
                new AuditCriteria(null, neq, null, AuditOutcome.SUCCESS, null, null),
                0,
                100,
                null,
                false);
    assertThat(trail)
        .extracting(AuditEntry::action)
        .containsExactlyInAnyOrder("PARTNER_CREATED", "AGREEMENT_ADDED");
    assertThat(trail).allSatisfy(e -> assertThat(e.actorAccountId()).isEqualTo(agent));
    // The list finds it by NEQ (prefix) and by part of its name, case-insensitively.
    assertThat(as(agent).partnerPage(neq.substring(0, 8), false, 0, 50, "name", true))
        .extracting(PartnerSummary::id)
        .contains(id);
    assertThat(as(agent).partnerPage(name.substring(10).toUpperCase(), false, 0, 50, "name", true))
        .singleElement()
        .satisfies(p -> assertThat(p.withoutActiveOfficer()).isTrue());
  }

  @Test
  @DisplayName("R-C1: a refused entry stores nothing, names every field, and is audited")
  void refusedEntryStoresNothing() {
    long agent = agent();
    String name = Fixtures.unique("Refusé ");
    String existing = neq();
    assertThat(as(agent).createPartner(partner(Fixtures.unique("Premier "), existing)).succeeded())
        .isTrue();

    PartnerChange badFormat =
        as(agent)
            .createPartner(new PartnerData(name, null, "12345", "555-0142", "12345", "x1", false));
    PartnerChange taken = as(agent).createPartner(partner(name, existing));

    assertThat(badFormat.violations())
        .containsExactly(
            PartnerViolation.POSTAL_CODE_FORMAT,
            PartnerViolation.PHONE_FORMAT,
            PartnerViolation.NEQ_FORMAT,
            PartnerViolation.EDUCATION_NUMBER_FORMAT);
    assertThat(taken.violations()).containsExactly(PartnerViolation.NEQ_TAKEN);
    assertThat(as(agent).partnerCount(name, false)).isZero();
    assertThat(
            as(agent)
                .auditPage(
                    new AuditCriteria(
                        null, null, AuditAction.PARTNER_CREATED, AuditOutcome.FAILURE, null, null),
                    0,
                    100,
                    null,
                    false))
        .filteredOn(e -> e.actorAccountId() == agent)
        .hasSize(2)
        .anySatisfy(
            e ->
                assertThat(e.detail())
                    .startsWith("PARTNER_REFUSED|")
                    .contains("partner.neq.taken"));
  }

  @Test
  @DisplayName(
      "R-C1: central edits a partner and an agreement; bad dates and a taken number refused")
  void editPartnerAndAgreement() {
    long agent = agent();
    long id = as(agent).createPartner(partner(Fixtures.unique("Avant "), neq())).id();
    String first = Fixtures.unique("E-").toUpperCase();
    String second = Fixtures.unique("E-").toUpperCase();
    long agreementId =
        as(agent)
            .addAgreement(
                id, agreement(first, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
            .orElseThrow()
            .id();
    as(agent)
        .addAgreement(id, agreement(second, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)));
    String newName = Fixtures.unique("Après ");
    String newNeq = neq();

    PartnerChange edited =
        as(agent)
            .updatePartner(
                id,
                new PartnerData(
                    newName,
                    "1, rue Principale",
                    "J1H 5X3",
                    "819 565-1454",
                    newNeq,
                    "741000",
                    false))
            .orElseThrow();
    PartnerChange sameDay =
        as(agent)
            .updateAgreement(
                id,
                agreementId,
                agreement(first, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 1)))
            .orElseThrow();
    PartnerChange takenNumber =
        as(agent)
            .updateAgreement(
                id,
                agreementId,
                agreement(second, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)))
            .orElseThrow();
    PartnerChange longer =
        as(agent)
            .updateAgreement(
                id,
                agreementId,
                agreement(first, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 6, 30)))
            .orElseThrow();

    assertThat(edited.succeeded()).isTrue();
    assertThat(sameDay.violations()).containsExactly(PartnerViolation.END_NOT_AFTER_START);
    assertThat(takenNumber.violations()).containsExactly(PartnerViolation.AGREEMENT_NUMBER_TAKEN);
    assertThat(longer.succeeded()).isTrue();
    PartnerDetail detail = as(agent).partner(id).orElseThrow();
    assertThat(detail.data())
        .isEqualTo(
            new PartnerData(
                newName, "1, rue Principale", "J1H 5X3", "819 565-1454", newNeq, "741000", false));
    assertThat(detail.agreements())
        .filteredOn(a -> a.id() == agreementId)
        .singleElement()
        .satisfies(a -> assertThat(a.data().endDate()).isEqualTo(LocalDate.of(2027, 6, 30)));
    assertThat(
            as(agent)
                .auditPage(
                    new AuditCriteria(null, newNeq, null, null, null, null), 0, 100, null, false))
        .extracting(e -> e.action() + "/" + e.outcome())
        .contains(
            "PARTNER_UPDATED/SUCCESS", "AGREEMENT_UPDATED/FAILURE", "AGREEMENT_UPDATED/SUCCESS");
    // Another partner's agreement, or a partner that does not exist, is not found.
    long other = as(agent).createPartner(partner(Fixtures.unique("Autre "), neq())).id();
    assertThat(
            as(agent)
                .updateAgreement(
                    other,
                    agreementId,
                    agreement(first, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1))))
        .isEmpty();
    assertThat(as(agent).updatePartner(-5, partner("X", neq()))).isEmpty();
  }

  // ----- R-D3's flag on central's dashboard -----

  private long partnerWithOfficer(String prefix, AccountState state, Profile... profiles) {
    long partner = fixtures.partner(MeasureFamily.FORMATION);
    fixtures.rename(
        fixtures.account(partner, Fixtures.unique("o"), "Mot-De-Passe-1", far(), state, profiles),
        "Pré",
        prefix);
    return partner;
  }

  @Test
  @DisplayName(
      "R-D3/R-C1: only an Actif principal or auxiliary officer covers a partner; Inactif, Expiré,"
          + " Verrouillé officers and Actif plain users do not")
  void partnersWithoutActiveOfficer() {
    long agent = agent();
    long principal = partnerWithOfficer("p", AccountState.ACTIF, Profile.RESPONSABLE_PRINCIPAL);
    long auxiliary = partnerWithOfficer("a", AccountState.ACTIF, Profile.RESPONSABLE_AUXILIAIRE);
    long inactive = partnerWithOfficer("i", AccountState.INACTIF, Profile.RESPONSABLE_PRINCIPAL);
    long expired = partnerWithOfficer("e", AccountState.EXPIRE, Profile.RESPONSABLE_PRINCIPAL);
    long locked = partnerWithOfficer("v", AccountState.VERROUILLE, Profile.RESPONSABLE_AUXILIAIRE);
    long plainUser = partnerWithOfficer("u", AccountState.ACTIF, Profile.UTILISATEUR_INDIVIDUS);
    long nobody = fixtures.partner(MeasureFamily.FORMATION);

    List<Long> uncovered =
        as(agent).partnerPage(null, true, 0, 50, "name", true).stream()
            .map(PartnerSummary::id)
            .toList();
    CentralOverview overview = as(agent).overview();

    assertThat(uncovered)
        .contains(inactive, expired, locked, plainUser, nobody)
        .doesNotContain(principal, auxiliary);
    assertThat(as(agent).partner(principal).orElseThrow().withoutActiveOfficer()).isFalse();
    assertThat(as(agent).partner(locked).orElseThrow().withoutActiveOfficer()).isTrue();
    assertThat(overview.uncoveredCount()).isGreaterThanOrEqualTo(5);
    assertThat(overview.partners()).isGreaterThan(overview.uncoveredCount());
    assertThat(overview.accountsByState()).containsKeys("ACTIF", "VERROUILLE", "EXPIRE", "INACTIF");
    assertThat(as(agent).partnerPage(null, false, 0, 50, "name", true))
        .filteredOn(p -> p.id() == principal || p.id() == inactive)
        .extracting(PartnerSummary::withoutActiveOfficer)
        .hasSize(2);
  }

  // ----- R-C7: audit search -----

  @Test
  @DisplayName("R-C7: search by person — user code, e-mail, name, or the recorded author")
  void searchByPerson() {
    long agent = agent();
    long partner = fixtures.partner(MeasureFamily.FORMATION);
    String code = Fixtures.unique("pers");
    long person = fixtures.account(partner, code, "Mot-De-Passe-1", far(), AccountState.ACTIF);
    String last = Fixtures.unique("Nom");
    fixtures.rename(person, "Rosalie", last);
    String stranger = Fixtures.unique("auteur");
    Instant at = Instant.parse("2026-02-10T15:00:00Z");
    fixtures.auditAt(at, code, person, "LOGIN", person, partner);
    fixtures.auditAt(at, stranger, null, "ACCOUNT_DEACTIVATED", person, partner);
    fixtures.auditAt(at, stranger, null, "LOGIN", null, null);

    assertThat(
            as(agent)
                .auditPage(
                    new AuditCriteria(code.toUpperCase(), null, null, null, null, null),
                    0,
                    100,
                    null,
                    false))
        .hasSize(2);
    assertThat(
            as(agent)
                .auditPage(
                    new AuditCriteria(code + "@test.example", null, null, null, null, null),
                    0,
                    100,
                    null,
                    false))
        .hasSize(2);
    assertThat(
            as(agent)
                .auditPage(
                    new AuditCriteria(last.toLowerCase(), null, null, null, null, null),
                    0,
                    100,
                    null,
                    false))
        .hasSize(2)
        .allSatisfy(e -> assertThat(e.targetName()).isEqualTo("Rosalie " + last));
    assertThat(
            as(agent)
                .auditPage(
                    new AuditCriteria("Rosalie " + last, null, null, null, null, null),
                    0,
                    100,
                    null,
                    false))
        .hasSize(2);
    assertThat(
            as(agent)
                .auditPage(
                    new AuditCriteria(stranger, null, null, null, null, null), 0, 100, null, false))
        .hasSize(2);
  }

  @Test
  @DisplayName("R-C7: search by partner (name or NEQ), action and outcome, combined")
  void searchByPartnerActionOutcome() {
    long agent = agent();
    String name = Fixtures.unique("Cible ");
    String neq = neq();
    long partner = as(agent).createPartner(partner(name, neq)).id();
    as(agent).createPartner(partner(name + " bis", neq)); // refused: NEQ taken, no partner id
    String actor = Fixtures.unique("a");
    fixtures.auditAt(Instant.parse("2026-02-11T15:00:00Z"), actor, null, "LOGIN", null, partner);
    fixtures.auditAt(Instant.parse("2026-02-11T16:00:00Z"), actor, null, "LOGOUT", null, partner);

    assertThat(
            as(agent)
                .auditPage(
                    new AuditCriteria(null, name.toUpperCase(), null, null, null, null),
                    0,
                    100,
                    null,
                    false))
        .extracting(AuditEntry::action)
        .containsExactlyInAnyOrder("PARTNER_CREATED", "LOGIN", "LOGOUT");
    assertThat(
            as(agent)
                .auditPage(
                    new AuditCriteria(null, neq, AuditAction.LOGOUT, null, null, null),
                    0,
                    100,
                    null,
                    false))
        .singleElement()
        .satisfies(e -> assertThat(e.partnerName()).isEqualTo(name));
    assertThat(
            as(agent)
                .auditPage(
                    new AuditCriteria(
                        null, neq, AuditAction.PARTNER_CREATED, AuditOutcome.FAILURE, null, null),
                    0,
                    100,
                    null,
                    false))
        .isEmpty();
    assertThat(
            as(agent)
                .auditPage(
                    new AuditCriteria(actor, null, null, AuditOutcome.SUCCESS, null, null),
                    0,
                    100,
                    null,
                    false))
        .hasSize(2);
  }

  @Test
  @DisplayName(
      "R-C7: a date range covers whole days of the ministry's time zone, both ends included"
          + " (America/Toronto, DST start too)")
  void dateRangeInMinistryZone() {
    long agent = agent();
    String actor = Fixtures.unique("jour");
    // 1 March 2026 in Toronto (EST, UTC-5) runs from 05:00Z to 05:00Z the next day.
    fixtures.auditAt(Instant.parse("2026-03-01T04:59:59Z"), actor, null, "LOGIN", null, null);
    fixtures.auditAt(Instant.parse("2026-03-01T05:00:00Z"), actor, null, "LOGIN", null, null);
    fixtures.auditAt(Instant.parse("2026-03-02T04:59:59Z"), actor, null, "LOGIN", null, null);
    fixtures.auditAt(Instant.parse("2026-03-02T05:00:00Z"), actor, null, "LOGIN", null, null);
    // 8 March 2026, DST starts: the day ends at 04:00Z (EDT, UTC-4).
    fixtures.auditAt(Instant.parse("2026-03-09T03:59:59Z"), actor, null, "LOGOUT", null, null);
    fixtures.auditAt(Instant.parse("2026-03-09T04:00:00Z"), actor, null, "LOGOUT", null, null);
    LocalDate march1 = LocalDate.of(2026, 3, 1);
    LocalDate march8 = LocalDate.of(2026, 3, 8);

    assertThat(
            as(agent)
                .auditPage(
                    new AuditCriteria(actor, null, null, null, march1, march1),
                    0,
                    100,
                    null,
                    false))
        .extracting(e -> e.occurredAt().toString())
        .containsExactlyInAnyOrder("2026-03-01T05:00:00Z", "2026-03-02T04:59:59Z");
    assertThat(
            as(agent)
                .auditPage(
                    new AuditCriteria(actor, null, null, null, march1, null), 0, 100, null, false))
        .hasSize(5);
    assertThat(
            as(agent)
                .auditPage(
                    new AuditCriteria(actor, null, null, null, null, march1), 0, 100, null, false))
        .hasSize(3);
    assertThat(
            as(agent)
                .auditPage(
                    new AuditCriteria(actor, null, null, null, march8, march8),
                    0,
                    100,
                    null,
                    false))
        .extracting(e -> e.occurredAt().toString())
        .containsExactly("2026-03-09T03:59:59Z");
    assertThat(as(agent).auditCount(new AuditCriteria(actor, null, null, null, null, null)))
        .isEqualTo(6);
  }

  @Test
  @DisplayName(
      "R-C7: the search is paged by the database; the export streams every row and is audited")
  void pagingAndExport() {
    long agent = agent();
    String actor = Fixtures.unique("lot");
    for (int i = 0; i < 7; i++) {
      fixtures.auditAt(
          Instant.parse("2026-02-20T10:00:00Z").plusSeconds(i), actor, null, "LOGIN", null, null);
    }
    AuditCriteria criteria = new AuditCriteria(actor, null, null, null, null, null);

    List<AuditEntry> second = as(agent).auditPage(criteria, 3, 3, "occurredAt", true);
    List<AuditEntry> rows = export(agent, criteria);

    assertThat(second)
        .extracting(e -> e.occurredAt().toString())
        .containsExactly("2026-02-20T10:00:03Z", "2026-02-20T10:00:04Z", "2026-02-20T10:00:05Z");
    assertThat(rows).hasSize(7);
    assertThat(rows.get(0).occurredAt()).isEqualTo(Instant.parse("2026-02-20T10:00:00Z"));
    assertThat(
            as(agent)
                .auditPage(
                    new AuditCriteria(null, null, AuditAction.AUDIT_EXPORTED, null, null, null),
                    0,
                    100,
                    null,
                    false))
        .filteredOn(e -> e.actorAccountId() == agent)
        .singleElement()
        .satisfies(e -> assertThat(e.detail()).contains(actor));
  }

  // ----- Access control -----

  private void assertRefusedAndAudited(long caller, Consumer<Long> call) {
    long before = fixtures.auditOf(caller, AuditAction.ACCESS_REFUSED).size();
    assertThatThrownBy(() -> call.accept(caller)).isInstanceOf(AccessRefusedException.class);
    assertThat(fixtures.auditOf(caller, AuditAction.ACCESS_REFUSED))
        .hasSize((int) before + 1)
        .last()
        .satisfies(
            e -> {
              assertThat(e.getOutcome()).isEqualTo(AuditOutcome.REFUSED);
              assertThat(e.getActorAccountId()).isEqualTo(caller);
              assertThat(e.getAddress()).isEqualTo(TestCaller.ADDRESS);
            });
  }

  @Test
  @DisplayName(
      "R-C1/R-C7: a plain user, a security officer and an Inactif agent are refused every central"
          + " action, each attempt audited; nothing is stored or exported")
  void refusals() {
    long partner = fixtures.partner(MeasureFamily.FORMATION);
    long user =
        fixtures.account(
            partner,
            Fixtures.unique("u"),
            "Mot-De-Passe-1",
            far(),
            AccountState.ACTIF,
            Profile.UTILISATEUR_INDIVIDUS);
    long officer =
        fixtures.account(
            partner,
            Fixtures.unique("r"),
            "Mot-De-Passe-1",
            far(),
            AccountState.ACTIF,
            Profile.RESPONSABLE_PRINCIPAL);
    long formerAgent = agent();
    fixtures.makeInactive(formerAgent);
    String name = Fixtures.unique("Interdit ");
    List<AuditEntry> exported = new java.util.ArrayList<>();

    for (long caller : List.of(user, officer, formerAgent)) {
      assertRefusedAndAudited(caller, c -> as(c).checkAccess());
      assertRefusedAndAudited(caller, c -> as(c).overview());
      assertRefusedAndAudited(caller, c -> as(c).partnerPage(null, false, 0, 50, "name", true));
      assertRefusedAndAudited(caller, c -> as(c).partner(partner));
      assertRefusedAndAudited(caller, c -> as(c).createPartner(partner(name, neq())));
      assertRefusedAndAudited(caller, c -> as(c).updatePartner(partner, partner(name, neq())));
      assertRefusedAndAudited(
          caller,
          c ->
              as(c)
                  .addAgreement(
                      partner,
                      agreement("X-1", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1))));
      assertRefusedAndAudited(
          caller, c -> as(c).auditPage(AuditCriteria.all(), 0, 100, null, false));
      assertRefusedAndAudited(caller, c -> exported.addAll(export(c, AuditCriteria.all())));
    }

    assertThat(exported).isEmpty();
    long agent = agent();
    assertThat(as(agent).partnerCount(name, false)).isZero();
    assertThat(
            as(agent)
                .auditPage(
                    new AuditCriteria(null, null, AuditAction.AUDIT_EXPORTED, null, null, null),
                    0,
                    100,
                    null,
                    false))
        .noneMatch(e -> List.of(user, officer, formerAgent).contains(e.actorAccountId()));
  }
}
