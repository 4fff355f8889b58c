package ca.qc.portail.batch.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import ca.qc.portail.account.AccountState;
import ca.qc.portail.account.InternalRole;
import ca.qc.portail.audit.AuditAction;
import ca.qc.portail.audit.AuditEvent;
import ca.qc.portail.batch.JobRuns;
import ca.qc.portail.batch.JobTestData;
import ca.qc.portail.batch.locking.JobLocks;
import ca.qc.portail.batch.operations.JobView;
import ca.qc.portail.batch.operations.Operations;
import ca.qc.portail.batch.scheduling.JobScheduler;
import ca.qc.portail.exchange.DepositRequest;
import ca.qc.portail.exchange.DocumentStore;
import ca.qc.portail.exchange.ExchangeDocument;
import ca.qc.portail.exchange.ExchangeDocuments;
import ca.qc.portail.exchange.ExchangeFixtures;
import ca.qc.portail.exchange.ExchangeProjects;
import ca.qc.portail.exchange.ExchangeUploads;
import ca.qc.portail.exchange.ProjectChange;
import ca.qc.portail.exchange.ProjectData;
import ca.qc.portail.exchange.UploadState;
import ca.qc.portail.exchange.UploadStatus;
import ca.qc.portail.partner.MeasureFamily;
import ca.qc.portail.testing.Deployments;
import ca.qc.portail.testing.Fixtures;
import ca.qc.portail.testing.TestCaller;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * R-J5, R-E5, R-E9: the exchange's expiry job run through JobOperator against PostgreSQL, on
 * documents deposited through the services (real encrypted content in a folder of the test's own).
 * Each test ends with nothing due, so a test's runs find only its own documents.
 */
@ExtendWith(ArquillianExtension.class)
class ExchangeExpiryJobIT {

  private static final String JOB = "exchange-expiry";

  @Deployment
  static WebArchive deployment() {
    String data = ExchangeFixtures.dataDir("portail-expiry-job-it");
    return Deployments.rules(
            "exchange-expiry-it",
            List.of(
                "mfa.email=false",
                "jobs.faultInjection=true",
                // Only the tests' own runs: a scheduled one would take the lock or the documents.
                "jobs.exchange-expiry.schedule=off",
                "data.dir=" + data),
            ExchangeExpiryJobIT.class,
            ExchangeFixtures.class,
            JobTestData.class,
            JobRuns.class)
        .addAsLibraries(Deployments.moduleOf(JobScheduler.class, "batch-module.jar"));
  }

  @Inject private Fixtures fixtures;
  @Inject private ExchangeFixtures exchange;
  @Inject private JobTestData data;
  @Inject private TestCaller caller;
  @Inject private ExchangeProjects projects;
  @Inject private ExchangeUploads uploads;
  @Inject private ExchangeDocuments documents;
  @Inject private DocumentStore store;
  @Inject private JobLocks locks;
  @Inject private Operations operations;

  @AfterEach
  void noCaller() {
    caller.reset();
  }

  /** A partner's project with a responsable and a member. */
  private record Setting(long staff, long member, long project) {}

  private Setting setting() {
    long partner = fixtures.partner(MeasureFamily.FORMATION);
    long staff = exchange.staff(Fixtures.unique("pers"));
    long member = exchange.partnerUser(partner, Fixtures.unique("mbr"));
    return caller.as(
        staff,
        () -> {
          ProjectData defaults = projects.defaults();
          ProjectChange created =
              projects.create(
                  partner,
                  new ProjectData(
                      Fixtures.unique("P").toUpperCase(),
                      "Projet d'expiration",
                      null,
                      false,
                      defaults.downloadQuota(),
                      defaults.uploadQuota(),
                      defaults.expiryDays(),
                      true));
          assertThat(created.succeeded()).isTrue();
          assertThat(
                  projects.setParticipants(created.id(), Set.of(member), Set.of(staff)).succeeded())
              .isTrue();
          return new Setting(staff, member, created.id());
        });
  }

  /** Deposits a small document from the responsable to the member; its id. */
  private long deposit(Setting s) {
    byte[] bytes = ExchangeFixtures.content(2000);
    return caller.as(
        s.staff(),
        () -> {
          UploadStatus started =
              uploads.start(
                  s.project(),
                  new DepositRequest("Liste.txt", bytes.length, List.of(s.member()), null, null));
          uploads.append(started.uploadId(), 0, new ByteArrayInputStream(bytes));
          return uploads.complete(started.uploadId());
        });
  }

  /** An upload the member started and left, untouched for {@code hours}; its id. */
  private long leftUpload(Setting s, int hours) {
    long id =
        caller.as(
            s.member(),
            () -> {
              UploadStatus started =
                  uploads.start(
                      s.project(),
                      new DepositRequest("Abandon.txt", 5000, List.of(s.staff()), null, null));
              uploads.append(
                  started.uploadId(), 0, new ByteArrayInputStream(ExchangeFixtures.content(1000)));
              return started.uploadId();
            });
    exchange.age(id, hours);
    return id;
  }

  private List<AuditEvent> contentDeletedRecords(long document) {
    return exchange.about("|" + document + "|", AuditAction.DOCUMENT_CONTENT_DELETED);
  }

  private void assertContentGoneRecordKept(long document) {
    ExchangeDocument record = exchange.document(document);
    assertThat(record.getContentDeletedAt()).isNotNull();
    assertThat(record.getFileName()).isEqualTo("Liste.txt");
    assertThat(record.getSha256()).isNotBlank();
    assertThat(store.folderOf(record.getUploadId())).doesNotExist();
    assertThat(exchange.hasDataKey(record.getUploadId())).isFalse();
    assertThat(contentDeletedRecords(document)).hasSize(1);
  }

  private void assertContentKept(long document) {
    ExchangeDocument record = exchange.document(document);
    assertThat(record.getContentDeletedAt()).isNull();
    assertThat(store.folderOf(record.getUploadId())).exists();
    assertThat(exchange.hasDataKey(record.getUploadId())).isTrue();
  }

  private static long metric(JobExecution execution, String step, Metric.MetricType type) {
    for (StepExecution s :
        BatchRuntime.getJobOperator().getStepExecutions(execution.getExecutionId())) {
      if (s.getStepName().equals(step)) {
        for (Metric m : s.getMetrics()) {
          if (m.getType() == type) {
            return m.getValue();
          }
        }
      }
    }
    return -1;
  }

  private static JobExecution run(int chunkSize, Integer failAtItem) throws InterruptedException {
    return JobRuns.await(JobRuns.start(JOB, LocalDate.now(), chunkSize, failAtItem));
  }

  @Test
  @DisplayName(
      "R-J5/R-E5/R-E9: content and keys of expired and withdrawn documents and abandoned uploads"
          + " deleted, records and audit kept; a second run does nothing")
  void deletesContentKeepsRecordsThenNothing() throws InterruptedException {
    Setting s = setting();
    long expired = deposit(s);
    long withdrawn = deposit(s);
    long kept = deposit(s);
    caller.as(s.staff(), () -> documents.withdraw(withdrawn));
    exchange.expire(expired);
    long abandoned = leftUpload(s, 25);
    long recent = leftUpload(s, 2);

    JobExecution first = run(100, null);

    assertThat(first.getBatchStatus()).isEqualTo(BatchStatus.COMPLETED);
    assertContentGoneRecordKept(expired);
    assertContentGoneRecordKept(withdrawn);
    assertThat(exchange.document(expired).getExpiredAt()).isNotNull();
    assertThat(exchange.document(withdrawn).getExpiredAt()).isNull();
    assertThat(contentDeletedRecords(expired))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.getActor()).isEqualTo(AuditEvent.SYSTEM);
              assertThat(e.getDetail())
                  .startsWith("EXPIRED_CONTENT_DELETED|")
                  .endsWith("|@execution=" + first.getExecutionId());
            });
    assertContentKept(kept);
    assertThat(exchange.by(s.staff(), AuditAction.DOCUMENT_DEPOSITED)).hasSize(3);
    assertThat(exchange.by(s.staff(), AuditAction.DOCUMENT_WITHDRAWN)).hasSize(1);

    assertThat(exchange.upload(abandoned).getState()).isEqualTo(UploadState.ABANDONNE);
    assertThat(exchange.upload(abandoned).getPartsDeletedAt()).isNotNull();
    assertThat(store.folderOf(abandoned)).doesNotExist();
    assertThat(exchange.hasDataKey(abandoned)).isFalse();
    assertThat(exchange.upload(recent).getState()).isEqualTo(UploadState.OUVERT);
    assertThat(exchange.hasDataKey(recent)).isTrue();
    assertThat(exchange.about("|" + abandoned + "|", AuditAction.UPLOAD_PARTS_DELETED)).hasSize(1);
    assertThat(data.lastDetail(AuditAction.JOB_ENDED))
        .contains(JOB, "COMPLETED", "delete-document-content: 2 → 2")
        .contains("delete-upload-parts: 1 → 1");

    JobExecution second = run(100, null);

    assertThat(second.getBatchStatus()).isEqualTo(BatchStatus.COMPLETED);
    assertThat(metric(second, "delete-document-content", Metric.MetricType.READ_COUNT)).isZero();
    assertThat(metric(second, "delete-upload-parts", Metric.MetricType.READ_COUNT)).isZero();
    assertThat(contentDeletedRecords(expired)).hasSize(1);
    assertThat(contentDeletedRecords(withdrawn)).hasSize(1);
    assertThat(exchange.about("|" + abandoned + "|", AuditAction.UPLOAD_PARTS_DELETED)).hasSize(1);
    assertContentKept(kept);
  }

  @Test
  @DisplayName(
      "R-J5: a fault at the 3rd document fails the run; the restart finishes from the checkpoint,"
          + " each document deleted and audited once")
  void restartAfterFaultFinishesWithoutDoubleWork() throws InterruptedException {
    Setting s = setting();
    List<Long> due = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      long document = deposit(s);
      exchange.expire(document);
      due.add(document);
    }

    JobExecution failed = run(2, 3);

    assertThat(failed.getBatchStatus()).isEqualTo(BatchStatus.FAILED);
    assertThat(failed.getExitStatus()).contains("Panne simulée à l'élément 3");
    // The first chunk (two documents) was committed before the fault; the rest was not touched.
    assertContentGoneRecordKept(due.get(0));
    assertContentGoneRecordKept(due.get(1));
    for (long document : due.subList(2, 5)) {
      assertContentKept(document);
      assertThat(contentDeletedRecords(document)).isEmpty();
    }

    JobExecution restarted = JobRuns.await(JobRuns.restart(failed.getExecutionId()));

    assertThat(restarted.getBatchStatus()).isEqualTo(BatchStatus.COMPLETED);
    assertThat(metric(restarted, "delete-document-content", Metric.MetricType.READ_COUNT))
        .isEqualTo(3);
    for (long document : due) {
      assertContentGoneRecordKept(document);
    }
    assertThat(run(2, null).getBatchStatus()).isEqualTo(BatchStatus.COMPLETED);
    for (long document : due) {
      assertThat(contentDeletedRecords(document)).hasSize(1);
    }
  }

  @Test
  @DisplayName(
      "R-J5: while another execution holds the job's lock, a run ends BUSY and deletes nothing")
  void singleRunner() throws InterruptedException {
    Setting s = setting();
    long document = deposit(s);
    exchange.expire(document);
    long holder = 987_654_321L;
    assertThat(locks.acquire(JOB, holder)).isTrue();
    try {
      JobExecution busy = run(100, null);
      assertThat(busy.getExitStatus()).isEqualTo("BUSY");
      assertContentKept(document);
    } finally {
      locks.release(JOB, holder);
    }
    assertThat(run(100, null).getBatchStatus()).isEqualTo(BatchStatus.COMPLETED);
    assertContentGoneRecordKept(document);
  }

  @Test
  @DisplayName(
      "R-J: the operations console lists the exchange's expiry job, its schedule setting, and starts it")
  void listedAndStartedOnTheConsole() throws InterruptedException {
    Setting s = setting();
    long document = deposit(s);
    exchange.expire(document);
    long operator =
        fixtures.account(
            null,
            Fixtures.unique("op"),
            "Mot-de-passe-1",
            fixtures.today().plusYears(1),
            AccountState.ACTIF);
    data.grant(operator, InternalRole.OPERATEUR);

    caller.actAs(operator);
    assertThat(operations.jobs(5))
        .filteredOn(job -> job.name().equals(JOB))
        .singleElement()
        .extracting(JobView::schedule)
        .isEqualTo("off");
    long execution = operations.start(JOB, Map.of());
    caller.reset();

    assertThat(JobRuns.await(execution).getBatchStatus()).isEqualTo(BatchStatus.COMPLETED);
    assertContentGoneRecordKept(document);
  }
}
