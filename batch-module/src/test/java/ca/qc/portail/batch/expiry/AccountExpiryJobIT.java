package ca.qc.portail.batch.expiry;

import static org.assertj.core.api.Assertions.assertThat;

import ca.qc.portail.account.AccountLifecycle;
import ca.qc.portail.account.AccountState;
import ca.qc.portail.account.Profile;
import ca.qc.portail.audit.AuditAction;
import ca.qc.portail.audit.AuditEvent;
import ca.qc.portail.batch.scheduling.JobScheduler;
import ca.qc.portail.testing.Deployments;
import ca.qc.portail.testing.Fixtures;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** R-J1: the expiry job run through JobOperator against PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
class AccountExpiryJobIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.rules("expiry-it", AccountExpiryJobIT.class)
        .addAsLibraries(Deployments.moduleOf(JobScheduler.class, "batch-module.jar"));
  }

  @Inject private Fixtures fixtures;

  private long account(LocalDate expiry, AccountState state) {
    return fixtures.account(
        null, Fixtures.unique("j"), "Mot-de-passe-1", expiry, state, Profile.UTILISATEUR_INDIVIDUS);
  }

  private static BatchStatus run(LocalDate runDate, int chunkSize) throws InterruptedException {
    JobOperator operator = BatchRuntime.getJobOperator();
    Properties parameters = new Properties();
    parameters.setProperty("runDate", runDate.toString());
    parameters.setProperty("chunkSize", String.valueOf(chunkSize));
    long execution = operator.start("account-expiry", parameters);
    for (int i = 0; i < 600; i++) {
      BatchStatus status = operator.getJobExecution(execution).getBatchStatus();
      if (status == BatchStatus.COMPLETED
          || status == BatchStatus.FAILED
          || status == BatchStatus.STOPPED
          || status == BatchStatus.ABANDONED) {
        return status;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("account-expiry did not finish in 60 s");
  }

  private List<AuditAction> actionsOn(long id) {
    return fixtures.auditOf(id).stream().map(AuditEvent::getAction).toList();
  }

  @Test
  @DisplayName(
      "R-J1: accounts whose expiry date is reached become Expiré, audited; others untouched")
  void expiresAccountsWhoseDateIsReached() throws InterruptedException {
    LocalDate runDate = LocalDate.of(2031, 3, 10);
    long onTheDay = account(runDate, AccountState.ACTIF);
    long dayBefore = account(runDate.minusDays(1), AccountState.ACTIF);
    long dayAfter = account(runDate.plusDays(1), AccountState.ACTIF);
    long locked = account(runDate.minusDays(2), AccountState.VERROUILLE);
    long inactive = account(runDate.minusDays(5), AccountState.INACTIF);

    assertThat(run(runDate, 2)).isEqualTo(BatchStatus.COMPLETED);

    for (long expired : List.of(onTheDay, dayBefore, locked)) {
      var account = fixtures.reload(expired);
      assertThat(account.getState()).isEqualTo(AccountState.EXPIRE);
      assertThat(account.getStateReason()).isEqualTo(AccountLifecycle.EXPIRY_REASON);
      assertThat(account.getStateChangedBy()).isEqualTo(AuditEvent.SYSTEM);
      assertThat(actionsOn(expired)).containsExactly(AuditAction.ACCOUNT_EXPIRED);
      AuditEvent event = fixtures.auditOf(expired).get(0);
      assertThat(event.getDetail())
          .startsWith("EXPIRED_ON|" + account.getExpiryDate() + "|@execution=");
      assertThat(event.getActor()).isEqualTo(AuditEvent.SYSTEM);
      assertThat(event.getTargetAccountId()).isEqualTo(expired);
    }
    assertThat(fixtures.reload(dayAfter).getState()).isEqualTo(AccountState.ACTIF);
    assertThat(actionsOn(dayAfter)).isEmpty();
    assertThat(fixtures.reload(inactive).getState()).isEqualTo(AccountState.INACTIF);
    assertThat(actionsOn(inactive)).isEmpty();
  }

  @Test
  @DisplayName("R-J1: running the job again for the same day changes nothing twice")
  void rerunIsIdempotent() throws InterruptedException {
    LocalDate runDate = LocalDate.of(2032, 6, 1);
    long due = account(runDate.minusDays(3), AccountState.ACTIF);

    assertThat(run(runDate, 100)).isEqualTo(BatchStatus.COMPLETED);
    assertThat(run(runDate, 100)).isEqualTo(BatchStatus.COMPLETED);

    assertThat(fixtures.reload(due).getState()).isEqualTo(AccountState.EXPIRE);
    assertThat(actionsOn(due)).containsExactly(AuditAction.ACCOUNT_EXPIRED);
  }

  @Test
  @DisplayName("R-U1: every run is audited at its start and end, with the step's counts")
  void runIsAudited() throws InterruptedException {
    LocalDate runDate = LocalDate.of(2033, 1, 20);
    account(runDate.minusDays(1), AccountState.ACTIF);

    assertThat(run(runDate, 100)).isEqualTo(BatchStatus.COMPLETED);

    AuditEvent end = fixtures.lastAudit();
    assertThat(end.getAction()).isEqualTo(AuditAction.JOB_ENDED);
    assertThat(end.getDetail())
        .contains("account-expiry", "@operations.status.COMPLETED", "expire-accounts: ");
  }
}
