package ca.qc.portail.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.qc.portail.account.AccountState;
import ca.qc.portail.account.Profile;
import ca.qc.portail.audit.AuditAction;
import ca.qc.portail.audit.AuditEvent;
import ca.qc.portail.audit.AuditOutcome;
import ca.qc.portail.partner.MeasureFamily;
import ca.qc.portail.testing.Deployments;
import ca.qc.portail.testing.Fixtures;
import ca.qc.portail.testing.TestCaller;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * R-S1, R-U1: one declaration ({@link Requires}) per operation, checked before the body runs; the
 * refusal is audited in one place, anonymous callers included, and an officer's partner scope is
 * checked there too. Shown on {@link GuardedProbe}, whose operations are written as a new one would
 * be.
 */
@ExtendWith(ArquillianExtension.class)
class RequiresIT {

  private static final LocalDate FAR = LocalDate.of(2099, 1, 1);

  @Deployment
  static WebArchive deployment() {
    return Deployments.rules("requires-it", RequiresIT.class, GuardedProbe.class);
  }

  @Inject private GuardedProbe probe;
  @Inject private Fixtures fixtures;
  @Inject private TestCaller caller;

  @AfterEach
  void noCaller() {
    caller.reset();
  }

  private long person(long partner, AccountState state, Profile... profiles) {
    return fixtures.account(partner, Fixtures.unique("p"), "Mot-De-Passe-1", FAR, state, profiles);
  }

  @Test
  @DisplayName("R-C1: an Actif central agent runs a central operation, as itself")
  void centralRuns() {
    String code = Fixtures.unique("gc");
    long agent = fixtures.agent(code);
    int before = probe.centralRuns();

    assertThat(caller.as(agent, probe::centralOnly)).isEqualTo(code);
    assertThat(probe.centralRuns()).isEqualTo(before + 1);
  }

  @Test
  @DisplayName(
      "R-S1/R-U1: a plain user, an officer and an Inactif agent are refused a central operation"
          + " before its body runs, each refusal audited with who, from where and what")
  void signedInCallersRefused() {
    long partner = fixtures.partner(MeasureFamily.FORMATION);
    long user = person(partner, AccountState.ACTIF, Profile.UTILISATEUR_INDIVIDUS);
    long officer = person(partner, AccountState.ACTIF, Profile.RESPONSABLE_PRINCIPAL);
    long formerAgent = fixtures.agent(Fixtures.unique("gc"));
    fixtures.makeInactive(formerAgent);
    int before = probe.centralRuns();

    for (long refused : new long[] {user, officer, formerAgent}) {
      assertThatThrownBy(() -> caller.as(refused, probe::centralOnly))
          .isInstanceOf(AccessRefusedException.class)
          .isNotInstanceOf(OutOfScopeException.class);
      assertThat(fixtures.auditOf(refused, AuditAction.ACCESS_REFUSED))
          .singleElement()
          .satisfies(
              e -> {
                assertThat(e.getOutcome()).isEqualTo(AuditOutcome.REFUSED);
                assertThat(e.getActorAccountId()).isEqualTo(refused);
                assertThat(e.getAddress()).isEqualTo(TestCaller.ADDRESS);
                assertThat(e.getDetail())
                    .isEqualTo(
                        "OPERATION_REFUSED|Opération d'essai du Groupe central|@standing.CENTRAL");
              });
    }
    assertThat(probe.centralRuns()).isEqualTo(before);
  }

  @Test
  @DisplayName("R-U1: an anonymous caller is refused and audited as « anonyme », body not run")
  void anonymousRefused() {
    int before = probe.centralRuns();
    long refusalsBefore = fixtures.anonymousRefusals();

    assertThatThrownBy(() -> caller.asAnonymous(probe::centralOnly))
        .isInstanceOf(AccessRefusedException.class);

    assertThat(probe.centralRuns()).isEqualTo(before);
    assertThat(fixtures.anonymousRefusals()).isEqualTo(refusalsBefore + 1);
    AuditEvent last = fixtures.lastAudit();
    assertThat(last.getActor()).isEqualTo(Caller.ANONYMOUS);
    assertThat(last.getActorAccountId()).isNull();
    assertThat(last.getAddress()).isEqualTo(TestCaller.ADDRESS);
    assertThat(last.getDetail())
        .isEqualTo("OPERATION_REFUSED|Opération d'essai du Groupe central|@standing.anonymous");
  }

  @Test
  @DisplayName("Jobs and timers (the system) hold no standing: refused, audited as « Système »")
  void systemRefused() {
    int before = probe.centralRuns();

    assertThatThrownBy(probe::centralOnly).isInstanceOf(AccessRefusedException.class);

    assertThat(probe.centralRuns()).isEqualTo(before);
    assertThat(fixtures.lastAudit().getActor()).isEqualTo(AuditEvent.SYSTEM);
  }

  @Test
  @DisplayName(
      "R-S1: an officer acts within their partner only; another partner's account or partner is"
          + " out of scope (answered as not found, audited), central acts on any")
  void partnerScope() {
    long partner = fixtures.partner(MeasureFamily.FORMATION);
    long other = fixtures.partner(MeasureFamily.FORMATION);
    long officer = person(partner, AccountState.ACTIF, Profile.RESPONSABLE_AUXILIAIRE);
    long inactiveOfficer = person(partner, AccountState.INACTIF, Profile.RESPONSABLE_PRINCIPAL);
    long colleague = person(partner, AccountState.ACTIF, Profile.UTILISATEUR_INDIVIDUS);
    long stranger = person(other, AccountState.ACTIF, Profile.UTILISATEUR_INDIVIDUS);
    long agent = fixtures.agent(Fixtures.unique("gc"));
    int before = probe.scopedRuns();

    caller.as(officer, () -> run(colleague, partner));
    caller.as(agent, () -> run(stranger, other));
    assertThat(probe.scopedRuns()).isEqualTo(before + 2);

    assertThatThrownBy(() -> caller.as(officer, () -> run(stranger, partner)))
        .isInstanceOf(OutOfScopeException.class);
    assertThat(fixtures.lastAudit())
        .satisfies(
            e -> {
              assertThat(e.getAction()).isEqualTo(AuditAction.ACCESS_REFUSED);
              assertThat(e.getActorAccountId()).isEqualTo(officer);
              assertThat(e.getTargetAccountId()).isEqualTo(stranger);
              assertThat(e.getPartnerId()).isEqualTo(other);
              assertThat(e.getDetail())
                  .isEqualTo("OUT_OF_SCOPE|Opération d'essai d'un responsable|compte " + stranger);
            });
    assertThatThrownBy(() -> caller.as(officer, () -> run(colleague, other)))
        .isInstanceOf(OutOfScopeException.class);
    assertThatThrownBy(() -> caller.as(officer, () -> run(-1L, partner)))
        .isInstanceOf(OutOfScopeException.class);
    assertThatThrownBy(() -> caller.as(inactiveOfficer, () -> run(colleague, partner)))
        .isInstanceOf(AccessRefusedException.class)
        .isNotInstanceOf(OutOfScopeException.class);
    assertThatThrownBy(() -> caller.as(colleague, () -> run(colleague, partner)))
        .isInstanceOf(AccessRefusedException.class);
    assertThat(probe.scopedRuns()).isEqualTo(before + 2);
  }

  private Void run(long account, Long partner) {
    probe.onAccount(account, partner);
    return null;
  }
}
