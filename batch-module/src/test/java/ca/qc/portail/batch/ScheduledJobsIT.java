package ca.qc.portail.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import ca.qc.portail.account.AccountState;
import ca.qc.portail.account.InactivityRule;
import ca.qc.portail.account.InternalRole;
import ca.qc.portail.account.Profile;
import ca.qc.portail.account.UserAccount;
import ca.qc.portail.audit.AuditAction;
import ca.qc.portail.audit.AuditEvent;
import ca.qc.portail.audit.AuditOutcome;
import ca.qc.portail.batch.locking.JobLocks;
import ca.qc.portail.batch.operations.JobView;
import ca.qc.portail.batch.operations.OperationRefused;
import ca.qc.portail.batch.operations.Operations;
import ca.qc.portail.batch.operations.StaleExecutions;
import ca.qc.portail.batch.scheduling.JobScheduler;
import ca.qc.portail.notification.OutboxEmail;
import ca.qc.portail.notification.OutboxState;
import ca.qc.portail.security.AccessRefusedException;
import ca.qc.portail.security.Caller;
import ca.qc.portail.testing.Deployments;
import ca.qc.portail.testing.Fixtures;
import ca.qc.portail.testing.TestCaller;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * R-J2, R-J3, R-J4, R-J7, R-D3 and the single-runner lock: each job run through JobOperator against
 * PostgreSQL. Each test uses its own run date, far in the future, and asserts only on its own rows
 * (other tests' accounts may be processed too, as in production). The operations console's service
 * is called as the account a test chooses ({@link TestCaller}); jobs run as the system.
 */
@ExtendWith(ArquillianExtension.class)
class ScheduledJobsIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.rules(
            "jobs-it",
            List.of("mfa.email=false", "jobs.faultInjection=true"),
            ScheduledJobsIT.class,
            JobTestData.class,
            JobRuns.class)
        .addAsLibraries(Deployments.moduleOf(JobScheduler.class, "batch-module.jar"));
  }

  @Inject private Fixtures fixtures;
  @Inject private JobTestData data;
  @Inject private JobLocks locks;
  @Inject private StaleExecutions stale;
  @Inject private Operations operations;
  @Inject private TestCaller caller;
  @Inject private Clock clock;

  @AfterEach
  void noCaller() {
    caller.reset();
  }

  private long user(long partner, LocalDate expiry, AccountState state, Profile... profiles) {
    Profile[] granted =
        profiles.length == 0 ? new Profile[] {Profile.UTILISATEUR_INDIVIDUS} : profiles;
    return fixtures.account(
        partner, Fixtures.unique("j"), "Mot-de-passe-1", expiry, state, granted);
  }

  private Instant noon(LocalDate day) {
    return day.atTime(LocalTime.NOON).atZone(clock.getZone()).toInstant();
  }

  /** Used on the given day (created long before). */
  private void usedOn(long account, LocalDate day) {
    data.usage(account, noon(day.minusYears(2)), noon(day));
  }

  private long count(long account, AuditAction action) {
    return fixtures.auditOf(account, action).size();
  }

  private String code(long account) {
    return fixtures.reload(account).getUserCode();
  }

  private String email(long account) {
    return fixtures.reload(account).getEmail();
  }

  @Test
  @DisplayName(
      "R-J2: Inactif on the 183rd day unused (not the 182nd), and 12 weeks + 1 day after expiry")
  void inactivityBoundaries() throws InterruptedException {
    LocalDate run = LocalDate.of(2041, 3, 1);
    long partner = fixtures.partner();
    long officer =
        user(partner, run.plusYears(1), AccountState.ACTIF, Profile.RESPONSABLE_PRINCIPAL);
    usedOn(officer, run.minusDays(1));
    long used182 = user(partner, run.plusYears(1), AccountState.ACTIF);
    usedOn(used182, run.minusDays(182));
    long used183 = user(partner, run.plusYears(1), AccountState.ACTIF);
    usedOn(used183, run.minusDays(183));
    long never182 = user(partner, run.plusYears(1), AccountState.ACTIF);
    data.usage(never182, noon(run.minusDays(182)), null);
    long never183 = user(partner, run.plusYears(1), AccountState.ACTIF);
    data.usage(never183, noon(run.minusDays(183)), null);
    long expired84 = user(partner, run.minusWeeks(12), AccountState.EXPIRE);
    long expired85 = user(partner, run.minusWeeks(12).minusDays(1), AccountState.EXPIRE);
    long locked = user(partner, run.plusYears(1), AccountState.VERROUILLE);
    usedOn(locked, run.minusDays(400));

    JobExecution execution = JobRuns.run("account-inactivity", run);
    assertThat(execution.getBatchStatus()).isEqualTo(BatchStatus.COMPLETED);

    for (long stays : List.of(officer, used182, never182)) {
      assertThat(fixtures.reload(stays).getState()).isEqualTo(AccountState.ACTIF);
      assertThat(count(stays, AuditAction.ACCOUNT_INACTIVATED)).isZero();
    }
    for (long unused : List.of(used183, never183)) {
      UserAccount account = fixtures.reload(unused);
      assertThat(account.getState()).isEqualTo(AccountState.INACTIF);
      assertThat(account.getStateReason()).isEqualTo(InactivityRule.INACTIVITY_REASON);
      assertThat(count(unused, AuditAction.ACCOUNT_INACTIVATED)).isEqualTo(1);
    }
    assertThat(fixtures.reload(expired84).getState()).isEqualTo(AccountState.EXPIRE);
    UserAccount old = fixtures.reload(expired85);
    assertThat(old.getState()).isEqualTo(AccountState.INACTIF);
    assertThat(old.getStateReason()).isEqualTo(InactivityRule.EXPIRATION_REASON);
    assertThat(fixtures.reload(locked).getState()).isEqualTo(AccountState.VERROUILLE);
    // Still covered by an Actif officer: no R-D3 alert.
    assertThat(data.auditCount(AuditAction.CENTRAL_ALERTED, partner)).isZero();

    assertThat(JobRuns.run("account-inactivity", run).getBatchStatus())
        .isEqualTo(BatchStatus.COMPLETED);
    assertThat(count(used183, AuditAction.ACCOUNT_INACTIVATED)).isEqualTo(1);
    assertThat(count(expired85, AuditAction.ACCOUNT_INACTIVATED)).isEqualTo(1);
  }

  @Test
  @DisplayName("R-J2 then R-D3: inactivating the last Actif officer alerts central once")
  void lastOfficerInactivatedAlertsCentral() throws InterruptedException {
    LocalDate run = LocalDate.of(2041, 9, 1);
    long agent = fixtures.agent(Fixtures.unique("c"));
    usedOn(agent, run.minusDays(1));
    long partner = fixtures.partner();
    long officer =
        user(partner, run.plusYears(1), AccountState.ACTIF, Profile.RESPONSABLE_PRINCIPAL);
    usedOn(officer, run.minusDays(200));
    long auxiliary =
        user(partner, run.plusYears(1), AccountState.ACTIF, Profile.RESPONSABLE_AUXILIAIRE);
    usedOn(auxiliary, run.minusDays(250));
    long user = user(partner, run.plusYears(1), AccountState.ACTIF);
    usedOn(user, run.minusDays(200));

    assertThat(JobRuns.run("account-inactivity", run).getBatchStatus())
        .isEqualTo(BatchStatus.COMPLETED);

    // Both officers left in the same chunk: one alert, on the last of them.
    assertThat(fixtures.reload(officer).getState()).isEqualTo(AccountState.INACTIF);
    assertThat(fixtures.reload(auxiliary).getState()).isEqualTo(AccountState.INACTIF);
    assertThat(data.auditCount(AuditAction.CENTRAL_ALERTED, partner)).isEqualTo(1);
    assertThat(count(auxiliary, AuditAction.CENTRAL_ALERTED)).isEqualTo(1);
    assertThat(fixtures.auditOf(user, AuditAction.ACCOUNT_INACTIVATED).get(0).getDetail())
        .startsWith("INACTIVATED|~" + InactivityRule.INACTIVITY_REASON + "|@execution=");
    String partnerName = partnerName(partner);
    List<OutboxEmail> alerts =
        data.mailTo(email(agent)).stream()
            .filter(m -> data.text(m.getId()).contains(partnerName))
            .toList();
    assertThat(alerts).hasSize(1);
    assertThat(data.text(alerts.get(0).getId()))
        .contains("il n'y a plus de responsable de la sécurité actif");
  }

  private String partnerName(long partner) {
    return data.partnerName(partner);
  }

  @Test
  @DisplayName("R-J3: one e-mail to the officers listing expiries 14 to 21 days away, never twice")
  void expiryNoticeWindowAndOnce() throws InterruptedException {
    LocalDate run = LocalDate.of(2042, 2, 2);
    long partner = fixtures.partner();
    long principal =
        user(partner, run.plusDays(300), AccountState.ACTIF, Profile.RESPONSABLE_PRINCIPAL);
    long auxiliary =
        user(partner, run.plusDays(300), AccountState.ACTIF, Profile.RESPONSABLE_AUXILIAIRE);
    long in13 = user(partner, run.plusDays(13), AccountState.ACTIF);
    long in14 = user(partner, run.plusDays(14), AccountState.ACTIF);
    long in21 = user(partner, run.plusDays(21), AccountState.VERROUILLE);
    long in22 = user(partner, run.plusDays(22), AccountState.ACTIF);
    long inactive = user(partner, run.plusDays(15), AccountState.INACTIF);
    long orphanPartner = fixtures.partner();
    long orphan = user(orphanPartner, run.plusDays(15), AccountState.ACTIF);
    long englishPartner = fixtures.partner();
    long englishOfficer =
        user(englishPartner, run.plusDays(300), AccountState.ACTIF, Profile.RESPONSABLE_PRINCIPAL);
    data.language(englishOfficer, "en");
    long englishUser = user(englishPartner, run.plusDays(20), AccountState.ACTIF);

    assertThat(JobRuns.run("expiry-notice", run).getBatchStatus()).isEqualTo(BatchStatus.COMPLETED);

    List<OutboxEmail> notices = data.mailTo(email(principal));
    assertThat(notices).hasSize(1);
    OutboxEmail notice = notices.get(0);
    assertThat(notice.getRecipients())
        .containsExactlyInAnyOrder(email(principal), email(auxiliary));
    assertThat(notice.getSubject()).isEqualTo("Avis d'expiration de codes d'utilisateur");
    String text = data.text(notice.getId());
    assertThat(text)
        .contains(code(in14) + ") : " + run.plusDays(14), code(in21) + ") : " + run.plusDays(21))
        .doesNotContain(code(in13), code(in22), code(inactive));
    assertThat(data.auditCount(AuditAction.EXPIRY_NOTICE_SENT, partner)).isEqualTo(1);
    assertThat(data.lastDetail(AuditAction.EXPIRY_NOTICE_SENT, partner))
        .startsWith("EXPIRY_NOTICE_SENT|2|2|@execution=");
    // Officers who all chose English get it in English.
    List<OutboxEmail> english = data.mailTo(email(englishOfficer));
    assertThat(english).hasSize(1);
    assertThat(english.get(0).getSubject()).isEqualTo("Notice of expiring user codes");
    assertThat(data.text(english.get(0).getId()))
        .contains("of " + partnerName(englishPartner) + " ends in two to three weeks")
        .contains(code(englishUser) + ") : " + run.plusDays(20));
    // A partner without an Actif officer gets nothing.
    assertThat(data.auditCount(AuditAction.EXPIRY_NOTICE_SENT, orphanPartner)).isZero();

    assertThat(JobRuns.run("expiry-notice", run).getBatchStatus()).isEqualTo(BatchStatus.COMPLETED);
    assertThat(data.mailTo(email(principal))).hasSize(1);

    // The next day, only the account entering the window is listed.
    assertThat(JobRuns.run("expiry-notice", run.plusDays(1)).getBatchStatus())
        .isEqualTo(BatchStatus.COMPLETED);
    List<OutboxEmail> nextDay = data.mailTo(email(principal));
    assertThat(nextDay).hasSize(2);
    assertThat(data.text(nextDay.get(1).getId()))
        .contains(code(in22))
        .doesNotContain(code(in14), code(in21));

    // A new expiry date is a new notice, for that account only.
    data.expiry(in14, run.plusDays(16));
    assertThat(JobRuns.run("expiry-notice", run.plusDays(1)).getBatchStatus())
        .isEqualTo(BatchStatus.COMPLETED);
    List<OutboxEmail> after = data.mailTo(email(principal));
    assertThat(after).hasSize(3);
    assertThat(data.text(after.get(2).getId()))
        .contains(code(in14) + ") : " + run.plusDays(16))
        .doesNotContain(code(in21), code(in22));
    assertThat(orphan).isPositive();
  }

  @Test
  @DisplayName("R-J4: registration codes past their last valid day become Expiré, once")
  void registrationCodesExpire() throws InterruptedException {
    LocalDate run = LocalDate.of(2043, 1, 10);
    long partner = fixtures.partner();
    long person = fixtures.pendingPerson(partner, "Nathalie", "Pelletier", "999222");
    long past = data.registrationCode(person, run.minusDays(1), "ACTIF");
    long lastDay = data.registrationCode(person, run, "ACTIF");
    long suspended = data.registrationCode(person, run.minusDays(5), "SUSPENDU");

    assertThat(JobRuns.run("registration-code-expiry", run).getBatchStatus())
        .isEqualTo(BatchStatus.COMPLETED);
    assertThat(JobRuns.run("registration-code-expiry", run).getBatchStatus())
        .isEqualTo(BatchStatus.COMPLETED);

    assertThat(data.registrationCodeState(past)).isEqualTo("EXPIRE");
    assertThat(data.registrationCodeState(lastDay)).isEqualTo("ACTIF");
    assertThat(data.registrationCodeState(suspended)).isEqualTo("SUSPENDU");
    assertThat(count(person, AuditAction.REGISTRATION_CODE_EXPIRED)).isEqualTo(1);
  }

  @Test
  @DisplayName(
      "R-J7: each central agent gets the daily report once, with the uncovered, locked and new inactive")
  void dailyReportOnce() throws InterruptedException {
    LocalDate run = LocalDate.of(2044, 5, 5);
    long agent = fixtures.agent(Fixtures.unique("c"));
    long uncovered = fixtures.partner();
    long locked = user(uncovered, run.plusYears(1), AccountState.VERROUILLE);
    long inactive = user(uncovered, run.plusYears(1), AccountState.INACTIF);
    String name = partnerName(uncovered);

    assertThat(JobRuns.run("daily-report", run).getBatchStatus()).isEqualTo(BatchStatus.COMPLETED);
    assertThat(JobRuns.run("daily-report", run).getBatchStatus()).isEqualTo(BatchStatus.COMPLETED);

    List<OutboxEmail> reports =
        data.mailTo(email(agent)).stream()
            .filter(m -> m.getSubject().equals("Rapport quotidien du " + run))
            .toList();
    assertThat(reports).hasSize(1);
    assertThat(data.text(reports.get(0).getId()))
        .contains("Organismes sans responsable de la sécurité actif", name)
        .contains("Comptes verrouillés", code(locked))
        .contains("Comptes devenus inactifs", code(inactive));
    assertThat(count(agent, AuditAction.DAILY_REPORT_SENT)).isEqualTo(1);
  }

  @Test
  @DisplayName("Restart: inactivity failed at item 3 and restarted processes every account once")
  void inactivityRestartAfterFault() throws InterruptedException {
    LocalDate run = LocalDate.of(2045, 4, 4);
    long partner = fixtures.partner();
    long officer =
        user(partner, run.plusYears(1), AccountState.ACTIF, Profile.RESPONSABLE_PRINCIPAL);
    usedOn(officer, run.minusDays(1));
    List<Long> due = new java.util.ArrayList<>();
    for (int i = 0; i < 5; i++) {
      long account = user(partner, run.plusYears(1), AccountState.ACTIF);
      data.usage(account, noon(run.minusDays(300)), null);
      due.add(account);
    }

    JobExecution failed = JobRuns.await(JobRuns.start("account-inactivity", run, 2, 3));
    assertThat(failed.getBatchStatus()).isEqualTo(BatchStatus.FAILED);
    assertThat(failed.getExitStatus()).contains("Panne simulée à l'élément 3");

    long restarted = JobRuns.restart(failed.getExecutionId());
    assertThat(JobRuns.await(restarted).getBatchStatus()).isEqualTo(BatchStatus.COMPLETED);
    for (long account : due) {
      assertThat(fixtures.reload(account).getState()).isEqualTo(AccountState.INACTIF);
      assertThat(count(account, AuditAction.ACCOUNT_INACTIVATED)).isEqualTo(1);
    }
    assertThat(fixtures.reload(officer).getState()).isEqualTo(AccountState.ACTIF);
  }

  @Test
  @DisplayName("Restart: the notice job failed mid-run and restarted sends no e-mail twice")
  void noticeRestartAfterFault() throws InterruptedException {
    LocalDate run = LocalDate.of(2046, 6, 6);
    List<Long> officers = new java.util.ArrayList<>();
    for (int i = 0; i < 3; i++) {
      long partner = fixtures.partner();
      officers.add(
          user(partner, run.plusYears(1), AccountState.ACTIF, Profile.RESPONSABLE_PRINCIPAL));
      user(partner, run.plusDays(15), AccountState.ACTIF);
    }

    JobExecution failed = JobRuns.await(JobRuns.start("expiry-notice", run, 1, 2));
    assertThat(failed.getBatchStatus()).isEqualTo(BatchStatus.FAILED);
    long sentBefore = officers.stream().filter(o -> !data.mailTo(email(o)).isEmpty()).count();
    assertThat(sentBefore).isEqualTo(1);

    long restarted = JobRuns.restart(failed.getExecutionId());
    assertThat(JobRuns.await(restarted).getBatchStatus()).isEqualTo(BatchStatus.COMPLETED);
    for (long officer : officers) {
      assertThat(data.mailTo(email(officer))).hasSize(1);
    }
  }

  @Test
  @DisplayName(
      "Cluster: a second scheduled start for the same minute ends BUSY even after the first"
          + " finished; the next minute runs (issue 14)")
  void scheduledMinuteRunsOnce() throws InterruptedException {
    LocalDate run = LocalDate.of(2047, 8, 8);
    long partner = fixtures.partner();
    long account = user(partner, run.plusYears(1), AccountState.ACTIF);
    data.usage(account, noon(run.minusDays(300)), null);
    // A minute long past: a real schedule firing during the tests is always later.
    java.time.Instant minute = java.time.Instant.parse("2001-08-08T05:45:00Z");

    JobExecution first = JobRuns.await(JobRuns.startScheduled("account-inactivity", run, minute));
    assertThat(first.getBatchStatus()).isEqualTo(BatchStatus.COMPLETED);
    assertThat(first.getExitStatus()).isNotEqualTo("BUSY");
    assertThat(fixtures.reload(account).getState()).isEqualTo(AccountState.INACTIF);

    // The other member's timer, a moment later: the minute is taken.
    JobExecution second = JobRuns.await(JobRuns.startScheduled("account-inactivity", run, minute));
    assertThat(second.getBatchStatus()).isEqualTo(BatchStatus.COMPLETED);
    assertThat(second.getExitStatus()).isEqualTo("BUSY");
    assertThat(count(account, AuditAction.ACCOUNT_INACTIVATED)).isEqualTo(1);

    // The next scheduled minute and a start from the console still run.
    JobExecution next =
        JobRuns.await(JobRuns.startScheduled("account-inactivity", run, minute.plusSeconds(60)));
    assertThat(next.getExitStatus()).isNotEqualTo("BUSY");
    JobExecution console = JobRuns.run("account-inactivity", run);
    assertThat(console.getExitStatus()).isNotEqualTo("BUSY");
  }

  @Test
  @DisplayName(
      "Single runner: a start while another execution holds the lock ends BUSY and does nothing")
  void busyWhileLockHeld() throws InterruptedException {
    LocalDate run = LocalDate.of(2047, 7, 7);
    long partner = fixtures.partner();
    long account = user(partner, run.plusYears(1), AccountState.ACTIF);
    data.usage(account, noon(run.minusDays(300)), null);

    assertThat(locks.acquire("account-inactivity", 999_999_999L)).isTrue();
    try {
      JobExecution busy = JobRuns.run("account-inactivity", run);
      assertThat(busy.getBatchStatus()).isEqualTo(BatchStatus.COMPLETED);
      assertThat(busy.getExitStatus()).isEqualTo("BUSY");
      assertThat(fixtures.reload(account).getState()).isEqualTo(AccountState.ACTIF);
    } finally {
      locks.release("account-inactivity", 999_999_999L);
    }

    // Two starts at the same time: the work is done once.
    long first = JobRuns.start("account-inactivity", run, 1, null);
    long second = JobRuns.start("account-inactivity", run, 1, null);
    JobExecution a = JobRuns.await(first);
    JobExecution b = JobRuns.await(second);
    assertThat(List.of(a.getBatchStatus(), b.getBatchStatus())).containsOnly(BatchStatus.COMPLETED);
    assertThat(fixtures.reload(account).getState()).isEqualTo(AccountState.INACTIF);
    assertThat(count(account, AuditAction.ACCOUNT_INACTIVATED)).isEqualTo(1);
  }

  @Test
  @DisplayName(
      "Stale STARTED: an execution left by a crashed instance is detected, marked failed, restarted")
  void staleExecutionMarkedFailedAndRestarted() throws InterruptedException {
    LocalDate run = LocalDate.of(2048, 8, 8);
    long partner = fixtures.partner();
    long account = user(partner, run.plusYears(1), AccountState.ACTIF);
    data.usage(account, noon(run.minusDays(300)), null);
    JobExecution failed = JobRuns.await(JobRuns.start("account-inactivity", run, 1, 1));
    assertThat(failed.getBatchStatus()).isEqualTo(BatchStatus.FAILED);

    data.crash(failed.getExecutionId(), "account-inactivity");
    assertThat(
            stale.isStale(
                jakarta.batch.runtime.BatchRuntime.getJobOperator()
                    .getJobExecution(failed.getExecutionId())))
        .isTrue();
    assertThat(stale.markFailed(failed.getExecutionId())).isTrue();
    assertThat(JobRuns.await(failed.getExecutionId()).getBatchStatus())
        .isEqualTo(BatchStatus.FAILED);
    assertThat(locks.held("account-inactivity").orElseThrow().executionId()).isNull();

    long restarted = JobRuns.restart(failed.getExecutionId());
    assertThat(JobRuns.await(restarted).getBatchStatus()).isEqualTo(BatchStatus.COMPLETED);
    assertThat(fixtures.reload(account).getState()).isEqualTo(AccountState.INACTIF);
    assertThat(count(account, AuditAction.ACCOUNT_INACTIVATED)).isEqualTo(1);
  }

  /** Every operation of the console, named for the assertion that fails. */
  private Map<String, ThrowingCallable> everyOperation(long execution) {
    Map<String, ThrowingCallable> attempts = new LinkedHashMap<>();
    attempts.put("jobs", () -> operations.jobs(5));
    attempts.put("executions", () -> operations.executions("daily-report", 5));
    attempts.put("execution", () -> operations.execution(execution));
    attempts.put("parameterNames", operations::parameterNames);
    attempts.put("start", () -> operations.start("daily-report", Map.of("runDate", "2049-09-10")));
    attempts.put("stop", () -> operations.stop(execution));
    attempts.put("restart", () -> operations.restart(execution));
    attempts.put("abandon", () -> operations.abandon(execution));
    attempts.put("markFailed", () -> operations.markFailed(execution));
    attempts.put("outbox", () -> operations.outbox(OutboxState.ECHEC, 10));
    attempts.put("outboxCounts", operations::outboxCounts);
    attempts.put("retryMail", () -> operations.retryMail(1L));
    return attempts;
  }

  /** A daily-report execution that failed at its first item, for the console to act on. */
  private long failedExecution() throws InterruptedException {
    fixtures.agent(Fixtures.unique("c")); // the report's first item, where the run fails
    JobExecution failed =
        JobRuns.await(JobRuns.start("daily-report", LocalDate.of(2049, 9, 9), 1, 1));
    assertThat(failed.getBatchStatus()).isEqualTo(BatchStatus.FAILED);
    return failed.getExecutionId();
  }

  private long internal(AccountState state, InternalRole role) {
    long id =
        fixtures.account(
            null, Fixtures.unique("op"), "Mot-de-passe-1", fixtures.today().plusYears(1), state);
    data.grant(id, role);
    return id;
  }

  @Test
  @DisplayName(
      "R-J/R-U1: the console refuses an anonymous caller, a partner's user and an Inactif operator"
          + " every operation, each attempt audited before anything is done")
  void consoleRefusesAllButActiveOperators() throws InterruptedException {
    JobOperator jobs = BatchRuntime.getJobOperator();
    long execution = failedExecution();
    int instances = jobs.getJobInstanceCount("daily-report");
    Map<String, ThrowingCallable> attempts = everyOperation(execution);
    long partnerUser = user(fixtures.partner(), fixtures.today().plusYears(1), AccountState.ACTIF);
    long formerOperator = internal(AccountState.INACTIF, InternalRole.OPERATEUR);
    int anonymousBefore = data.refusalsBy(Caller.ANONYMOUS).size();

    caller.anonymous();
    attempts.forEach(
        (attempt, call) ->
            assertThatThrownBy(call).as(attempt).isInstanceOf(AccessRefusedException.class));
    for (long refused : List.of(partnerUser, formerOperator)) {
      caller.actAs(refused);
      attempts.forEach(
          (attempt, call) ->
              assertThatThrownBy(call).as(attempt).isInstanceOf(AccessRefusedException.class));
    }
    caller.reset();

    List<AuditEvent> anonymous = data.refusalsBy(Caller.ANONYMOUS);
    assertThat(anonymous.subList(anonymousBefore, anonymous.size()))
        .hasSize(attempts.size())
        .allSatisfy(
            refusal -> {
              assertThat(refusal.getDetail())
                  .isEqualTo("OPERATION_REFUSED|" + Operations.SECTION + "|@standing.anonymous");
              assertThat(refusal.getOutcome()).isEqualTo(AuditOutcome.REFUSED);
              assertThat(refusal.getActorAccountId()).isNull();
              assertThat(refusal.getAddress()).isEqualTo(TestCaller.ADDRESS);
            });
    for (long refused : List.of(partnerUser, formerOperator)) {
      assertThat(fixtures.auditOf(refused, AuditAction.ACCESS_REFUSED))
          .hasSize(attempts.size())
          .allSatisfy(
              refusal -> {
                assertThat(refusal.getDetail())
                    .isEqualTo("OPERATION_REFUSED|" + Operations.SECTION + "|@standing.OPERATOR");
                assertThat(refusal.getOutcome()).isEqualTo(AuditOutcome.REFUSED);
                assertThat(refusal.getActorAccountId()).isEqualTo(refused);
                assertThat(refusal.getAddress()).isEqualTo(TestCaller.ADDRESS);
              });
    }
    // Nothing was done: the execution is still FAILED, neither restarted nor abandoned, and no
    // job was started.
    assertThat(jobs.getJobExecution(execution).getBatchStatus()).isEqualTo(BatchStatus.FAILED);
    assertThat(jobs.getJobExecutions(jobs.getJobInstance(execution))).hasSize(1);
    assertThat(jobs.getJobInstanceCount("daily-report")).isEqualTo(instances);
  }

  @Test
  @DisplayName(
      "R-J: an Actif operator uses the console; each action is audited with the operator as"
          + " author, from their address")
  void operatorActsAndIsRecorded() throws InterruptedException {
    JobOperator jobs = BatchRuntime.getJobOperator();
    long execution = failedExecution();
    long operator = internal(AccountState.ACTIF, InternalRole.OPERATEUR);
    String code = fixtures.reload(operator).getUserCode();

    caller.actAs(operator).from("198.51.100.44");
    assertThat(operations.jobs(5)).extracting(JobView::name).contains("daily-report");
    assertThat(operations.execution(execution).status()).isEqualTo("FAILED");
    operations.abandon(execution);
    assertThatThrownBy(() -> operations.markFailed(execution)).isInstanceOf(OperationRefused.class);
    caller.reset();

    assertThat(jobs.getJobExecution(execution).getBatchStatus()).isEqualTo(BatchStatus.ABANDONED);
    assertThat(data.actionsBy(operator))
        .extracting(
            AuditEvent::getAction,
            AuditEvent::getOutcome,
            AuditEvent::getActor,
            AuditEvent::getAddress,
            AuditEvent::getDetail)
        .containsExactly(
            tuple(
                AuditAction.OPERATOR_ACTION,
                AuditOutcome.SUCCESS,
                code,
                "198.51.100.44",
                "ABANDONED|" + execution),
            tuple(
                AuditAction.OPERATOR_ACTION,
                AuditOutcome.REFUSED,
                code,
                "198.51.100.44",
                "OPERATOR_REFUSED|@operations.refused.notStale|markFailed " + execution));
  }
}
