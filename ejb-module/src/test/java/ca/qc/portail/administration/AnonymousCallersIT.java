package ca.qc.portail.administration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.qc.portail.accessrequest.AccessRequestQueue;
import ca.qc.portail.accessrequest.AccessRequestSubmissions;
import ca.qc.portail.account.AccountState;
import ca.qc.portail.account.DeactivationReason;
import ca.qc.portail.account.Profile;
import ca.qc.portail.account.UserAccount;
import ca.qc.portail.audit.AuditCriteria;
import ca.qc.portail.partner.MeasureFamily;
import ca.qc.portail.registration.PendingRegistrations;
import ca.qc.portail.security.AccessRefusedException;
import ca.qc.portail.testing.Deployments;
import ca.qc.portail.testing.Fixtures;
import ca.qc.portail.testing.TestCaller;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * R-S1, R-C1–R-C7, R-U1: every officer and central action called through the services the pages
 * use, which take the caller from the container's principal, by an anonymous caller (a container
 * test has no principal): each is refused, audited as « anonyme », and changes nothing. The same
 * actions called as another partner's officer and as a plain user are in {@link SecurityFilesIT},
 * {@code CentralConsoleIT} and {@code AccessRequestIT}.
 */
@ExtendWith(ArquillianExtension.class)
class AnonymousCallersIT {

  private static final String ADDRESS = "192.0.2.77";

  @Deployment
  static WebArchive deployment() {
    return Deployments.rules("anonymous-callers-it", AnonymousCallersIT.class);
  }

  @Inject private SecurityFiles securityFiles;
  @Inject private CentralConsole console;
  @Inject private AccessRequestSubmissions accessRequestSubmissions;
  @Inject private AccessRequestQueue accessRequestQueue;
  @Inject private PendingRegistrations registrationCodes;
  @Inject private Fixtures fixtures;
  @Inject private TestCaller caller;

  @Test
  @DisplayName(
      "R-S1/R-C1–R-C7: every officer and central service, called anonymously, is refused and"
          + " audited as « anonyme »; nothing changes")
  void everyActionRefusedAndAudited() {
    long partner = fixtures.partner(MeasureFamily.FORMATION);
    caller.anonymous().from(ADDRESS);
    String code = Fixtures.unique("usr");
    long target =
        fixtures.account(
            partner,
            code,
            "Bon-Mot-de-passe-9",
            fixtures.today().plusMonths(2),
            AccountState.ACTIF,
            Profile.UTILISATEUR_INDIVIDUS);
    LocalDate date = fixtures.today().plusMonths(6);
    PersonalData data = new PersonalData("X", "Y", null, "x@test.example", "123456");
    List<Object> leaked = new ArrayList<>();
    List<Runnable> actions =
        List.of(
            // Dossier de sécurité (R-S1–R-S7) and central's account actions (R-C4–R-C6).
            () -> securityFiles.list(new ListQuery(0, 10, null, true, Map.of())),
            () -> securityFiles.count(Map.of()),
            () -> securityFiles.file(target),
            () -> securityFiles.deactivate(target, DeactivationReason.CONGEDIEMENT, null),
            () ->
                securityFiles.reactivate(target, ReactivationReason.IDENTITE_CONFIRMEE, null, null),
            () -> securityFiles.changeValidity(target, date),
            () -> securityFiles.reactivateWithTemporaryPassword(target, date),
            () -> securityFiles.correctPersonalData(target, data),
            // Central's console (R-C1, R-C7).
            () -> console.checkAccess(),
            () -> console.overview(),
            () -> console.partnerCount(null, false),
            () -> console.partnerPage(null, false, 0, 10, null, true),
            () -> console.partner(partner),
            () -> console.createPartner(null),
            () -> console.updatePartner(partner, null),
            () -> console.addAgreement(partner, null),
            () -> console.updateAgreement(partner, 1L, null),
            () -> console.auditCount(AuditCriteria.all()),
            () -> console.auditPage(AuditCriteria.all(), 0, 10, null, true),
            () -> console.exportAudit(AuditCriteria.all(), leaked::add),
            // Access requests: the officers' form (R-S8) and central's queue (R-C2, R-A4).
            () -> accessRequestSubmissions.sectionOne(),
            () -> accessRequestSubmissions.submit(partner, null),
            () -> accessRequestQueue.checkAccess(),
            () -> accessRequestQueue.enter(null),
            () -> accessRequestQueue.waiting(),
            () -> accessRequestQueue.detail(1L),
            () -> accessRequestQueue.approve(1L),
            () -> accessRequestQueue.reject(1L, "Non"),
            // Registration codes (R-C3).
            () -> registrationCodes.checkAccess(),
            () -> registrationCodes.search("x"),
            () -> registrationCodes.extend(target, "123456"),
            () -> registrationCodes.liftSuspension(target));
    long before = fixtures.anonymousRefusals();
    long partnersBefore = fixtures.partnerCount();
    String hashBefore = fixtures.reload(target).getPasswordHash();

    for (int i = 0; i < actions.size(); i++) {
      assertThatThrownBy(actions.get(i)::run)
          .as("action %d", i)
          .isInstanceOf(AccessRefusedException.class);
    }

    assertThat(fixtures.anonymousRefusals() - before).isEqualTo(actions.size());
    assertThat(leaked).isEmpty();
    assertThat(fixtures.partnerCount()).isEqualTo(partnersBefore);
    UserAccount unchanged = fixtures.reload(target);
    assertThat(unchanged.getState()).isEqualTo(AccountState.ACTIF);
    assertThat(unchanged.getLastName()).isEqualTo("Nom");
    assertThat(unchanged.getExpiryDate()).isEqualTo(fixtures.today().plusMonths(2));
    assertThat(unchanged.getPasswordHash()).isEqualTo(hashBefore);
    assertThat(fixtures.outboxOf(code + "@test.example")).isEmpty();
  }
}
