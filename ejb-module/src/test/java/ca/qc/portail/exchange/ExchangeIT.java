package ca.qc.portail.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.qc.portail.audit.AuditAction;
import ca.qc.portail.audit.AuditEvent;
import ca.qc.portail.audit.AuditOutcome;
import ca.qc.portail.partner.MeasureFamily;
import ca.qc.portail.security.AccessRefusedException;
import ca.qc.portail.security.OutOfScopeException;
import ca.qc.portail.testing.Deployments;
import ca.qc.portail.testing.Fixtures;
import ca.qc.portail.testing.TestCaller;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The secure exchange's services on PostgreSQL (R-E1–R-E10, R-J5, R-U1), called as the account each
 * test chooses ({@link TestCaller}). Documents are stored in a folder of the test's own, in parts
 * of 1 MiB, with a size limit of 3 MiB so the limits show on small files.
 */
@ExtendWith(org.jboss.arquillian.junit5.ArquillianExtension.class)
class ExchangeIT {

  private static final int MIB = 1024 * 1024;

  @Deployment
  static WebArchive deployment() {
    String data = ExchangeFixtures.dataDir("portail-exchange-it");
    return Deployments.rules(
        "exchange-it",
        List.of(
            "mfa.email=false",
            "data.dir=" + data,
            "documents.maxBytes=" + 3 * MIB,
            "documents.partBytes=" + MIB),
        ExchangeIT.class,
        ExchangeFixtures.class);
  }

  @Inject private ExchangeProjects projects;
  @Inject private ExchangeDocuments documents;
  @Inject private ExchangeUploads uploads;
  @Inject private ExchangeDownloads downloads;
  @Inject private ExchangeExpiry expiry;
  @Inject private DocumentStore store;
  @Inject private MasterKey masterKey;
  @Inject private TestCaller caller;
  @Inject private Fixtures fixtures;
  @Inject private ExchangeFixtures exchange;

  @AfterEach
  void noCaller() {
    caller.reset();
  }

  /** A partner, a responsable, two members, and their project. */
  private record Setting(long partner, long staff, long member, long other, long project) {}

  private Setting setting(boolean singleDownload, String consent) {
    long partner = fixtures.partner(MeasureFamily.FORMATION);
    long staff = exchange.staff(Fixtures.unique("pers"));
    long member = exchange.partnerUser(partner, Fixtures.unique("mbr"));
    long other = exchange.partnerUser(partner, Fixtures.unique("mbr"));
    caller.actAs(staff);
    ProjectData defaults = projects.defaults();
    ProjectChange created =
        projects.create(
            partner,
            new ProjectData(
                Fixtures.unique("P").toUpperCase(),
                "Projet d'essai",
                consent,
                singleDownload,
                defaults.downloadQuota(),
                defaults.uploadQuota(),
                defaults.expiryDays(),
                true));
    assertThat(created.succeeded()).isTrue();
    assertThat(
            projects
                .setParticipants(created.id(), Set.of(member, other), Set.of(staff))
                .succeeded())
        .isTrue();
    caller.reset();
    return new Setting(partner, staff, member, other, created.id());
  }

  private static byte[] content(int size) {
    return ExchangeFixtures.content(size);
  }

  /** Deposits {@code bytes} as {@code depositor} for {@code recipients}; the document's id. */
  private long deposit(long depositor, long project, List<Long> recipients, byte[] bytes) {
    return caller.as(
        depositor,
        () -> {
          UploadStatus started =
              uploads.start(
                  project,
                  new DepositRequest(
                      "Document01.txt", bytes.length, recipients, "Voir la page 2.", null));
          uploads.append(started.uploadId(), 0, new ByteArrayInputStream(bytes));
          return uploads.complete(started.uploadId());
        });
  }

  /** A member starts a deposit for the project's responsable. */
  private UploadStatus startForStaff(Setting s, String fileName, long size) {
    return caller.as(
        s.member(),
        () ->
            uploads.start(
                s.project(), new DepositRequest(fileName, size, List.of(s.staff()), null, null)));
  }

  private Void cancel(long upload) {
    uploads.cancel(upload);
    return null;
  }

  private byte[] download(long account, long document) {
    return ExchangeFixtures.download(caller, downloads, account, document);
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  private void assertRefusalAudited(long account, String detailPart) {
    assertThat(exchange.by(account, AuditAction.ACCESS_REFUSED))
        .last()
        .satisfies(
            e -> {
              assertThat(e.getOutcome()).isEqualTo(AuditOutcome.REFUSED);
              assertThat(e.getAddress()).isEqualTo(TestCaller.ADDRESS);
              assertThat(e.getDetail()).contains(detailPart);
            });
  }

  // ----- R-E1: projects -----

  @Test
  @DisplayName(
      "R-E1: staff create a project with the settings' quotas and expiry; members see it as"
          + " theirs; a member of another partner is refused")
  void staffCreateProjects() {
    Setting s = setting(false, null);
    long stranger = exchange.partnerUser(fixtures.partner(), Fixtures.unique("etr"));

    ProjectDetail detail = caller.as(s.staff(), () -> projects.detail(s.project()).orElseThrow());
    assertThat(detail.data().downloadQuota()).isEqualTo(10);
    assertThat(detail.data().uploadQuota()).isEqualTo(10);
    assertThat(detail.data().expiryDays()).isEqualTo(45);
    assertThat(detail.members())
        .extracting(ParticipantView::accountId)
        .containsExactlyInAnyOrder(s.member(), s.other());
    assertThat(caller.as(s.member(), projects::mine))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.role()).isEqualTo(ParticipantRole.MEMBRE);
              assertThat(p.label()).isEqualTo(detail.data().code() + " - Projet d'essai");
            });
    assertThat(caller.as(s.member(), projects::takesPart)).isTrue();
    assertThat(caller.as(stranger, projects::takesPart)).isFalse();
    assertThat(caller.as(stranger, projects::mine)).isEmpty();

    ProjectChange refused =
        caller.as(
            s.staff(),
            () ->
                projects.setParticipants(
                    s.project(), Set.of(s.member(), stranger), Set.of(s.staff())));
    assertThat(refused.violations()).containsExactly(ProjectViolation.MEMBER_NOT_OF_PARTNER);
    assertThat(exchange.by(s.staff(), AuditAction.EXCHANGE_PARTICIPANTS_CHANGED))
        .extracting(AuditEvent::getOutcome)
        .containsExactly(AuditOutcome.SUCCESS, AuditOutcome.FAILURE);
    ProjectChange taken =
        caller.as(
            s.staff(),
            () ->
                projects.create(
                    s.partner(),
                    new ProjectData(
                        detail.data().code(), "Autre", null, false, 10, 10, 45, false)));
    assertThat(taken.violations()).containsExactly(ProjectViolation.CODE_TAKEN);

    Candidates candidates = caller.as(s.staff(), () -> projects.candidates(s.partner()));
    assertThat(candidates.members())
        .extracting(ParticipantView::accountId)
        .contains(s.member(), s.other())
        .doesNotContain(stranger, s.staff());
    assertThat(candidates.responsables())
        .extracting(ParticipantView::accountId)
        .contains(s.staff())
        .doesNotContain(s.member());
    assertThat(caller.as(s.staff(), projects::partners))
        .extracting(PartnerChoice::id)
        .contains(s.partner());
  }

  @Test
  @DisplayName(
      "R-E1/R-U1: a partner user, a central agent and an anonymous caller cannot create a project;"
          + " each refusal audited")
  void onlyStaffManageProjects() {
    long partner = fixtures.partner();
    long user = exchange.partnerUser(partner, Fixtures.unique("u"));
    long agent = fixtures.agent(Fixtures.unique("gc"));
    ProjectData data =
        new ProjectData(
            Fixtures.unique("R").toUpperCase(), "Refusé", null, false, 10, 10, 45, false);

    for (long refused : new long[] {user, agent}) {
      assertThatThrownBy(() -> caller.as(refused, () -> projects.create(partner, data)))
          .isInstanceOf(AccessRefusedException.class);
      assertRefusalAudited(
          refused, "OPERATION_REFUSED|Gestion des projets d'échange|@standing.STAFF");
    }
    long before = fixtures.anonymousRefusals();
    assertThatThrownBy(() -> caller.asAnonymous(() -> projects.create(partner, data)))
        .isInstanceOf(AccessRefusedException.class);
    assertThat(fixtures.anonymousRefusals()).isEqualTo(before + 1);
    assertThat(caller.as(agent, projects::all)).isNotNull();
    // Central sees every project (R-E1), without taking part in any.
    assertThat(caller.as(agent, projects::all)).allSatisfy(p -> assertThat(p.role()).isNull());
  }

  // ----- R-E2, R-E3, R-E4, R-E6, R-E9: deposit and retrieval -----

  @Test
  @DisplayName(
      "R-E2/R-E4/R-E6/R-E9: staff deposit for a member, who is e-mailed in their language, sees it"
          + " in bold, downloads the same bytes (SHA-256), then sees it plain and the counter moved")
  void depositAndRetrieve() throws Exception {
    Setting s = setting(false, null);
    exchange.speaks(s.other(), "en");
    byte[] bytes = content(MIB + 12_345);

    long document = deposit(s.staff(), s.project(), List.of(s.member(), s.other()), bytes);

    DocumentPage before =
        caller.as(s.member(), () -> documents.toRetrieve(s.project(), true, 0, 20));
    assertThat(before.total()).isEqualTo(1);
    assertThat(before.counter().display()).isEqualTo("0 / 10");
    assertThat(before.rows())
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.neverDownloaded()).isTrue();
              assertThat(row.daysLeft()).isEqualTo(45);
              assertThat(row.note()).isEqualTo("Voir la page 2.");
              assertThat(row.sha256()).isEqualTo(sha256(bytes));
              assertThat(row.sizeLabel()).isEqualTo("1,01 Mo");
            });
    String memberMail = fixtures.reload(s.member()).getEmail();
    assertThat(fixtures.outboxOf(memberMail))
        .singleElement()
        .satisfies(
            m ->
                assertThat(m.toEmail().subject())
                    .isEqualTo("Nouveau document disponible dans l'échange sécurisé"));
    assertThat(fixtures.outboxOf(fixtures.reload(s.other()).getEmail()))
        .singleElement()
        .satisfies(
            m ->
                assertThat(m.toEmail().subject())
                    .isEqualTo("New document available in the secure exchange"));

    byte[] received = download(s.member(), document);

    assertThat(sha256(received)).isEqualTo(sha256(bytes));
    DocumentPage after =
        caller.as(s.member(), () -> documents.toRetrieve(s.project(), true, 0, 20));
    assertThat(after.rows())
        .singleElement()
        .satisfies(row -> assertThat(row.neverDownloaded()).isFalse());
    assertThat(after.counter().display()).isEqualTo("1 / 10");
    DocumentPage sent = caller.as(s.staff(), () -> documents.sent(s.project(), true, 0, 20));
    assertThat(sent.rows())
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.recipientCount()).isEqualTo(2);
              assertThat(row.completedCount()).isEqualTo(1);
            });
    assertThat(exchange.by(s.staff(), AuditAction.DOCUMENT_DEPOSITED))
        .singleElement()
        .satisfies(e -> assertThat(e.getDetail()).startsWith("DOCUMENT_DEPOSITED|"));
    assertThat(exchange.by(s.member(), AuditAction.DOCUMENT_DOWNLOAD_STARTED)).hasSize(1);
    assertThat(exchange.by(s.member(), AuditAction.DOCUMENT_DOWNLOADED)).hasSize(1);
  }

  @Test
  @DisplayName(
      "R-E3/R-E6: a member sends only to responsables, with a note of at most 500 characters,"
          + " within the upload quota")
  void depositRules() {
    Setting s = setting(false, null);
    String longNote = "x".repeat(501);

    DepositRefusedException refused =
        caller.as(
            s.member(),
            () -> {
              try {
                uploads.start(
                    s.project(),
                    new DepositRequest("a.txt", 10, List.of(s.other()), longNote, null));
                return null;
              } catch (DepositRefusedException e) {
                return e;
              }
            });
    assertThat(refused.violations())
        .containsExactlyInAnyOrder(
            DepositViolation.RECIPIENT_NOT_ALLOWED, DepositViolation.NOTE_TOO_LONG);
    assertThat(exchange.by(s.member(), AuditAction.DOCUMENT_DEPOSITED))
        .singleElement()
        .satisfies(e -> assertThat(e.getOutcome()).isEqualTo(AuditOutcome.FAILURE));
    assertThatThrownBy(
            () ->
                caller.as(
                    s.member(),
                    () ->
                        uploads.start(
                            s.project(),
                            new DepositRequest(
                                "grand.bin", 3L * MIB + 1, List.of(s.staff()), null, null))))
        .isInstanceOfSatisfying(
            DepositRefusedException.class,
            e -> assertThat(e.violations()).containsExactly(DepositViolation.FILE_TOO_LARGE));
    long document = deposit(s.member(), s.project(), List.of(s.staff()), content(100));
    assertThat(caller.as(s.staff(), () -> documents.toRetrieve(s.project(), true, 0, 20)).rows())
        .extracting(DocumentRow::id)
        .containsExactly(document);
  }

  @Test
  @DisplayName(
      "R-E9: the size limit is enforced while bytes arrive: the upload is refused, its parts and"
          + " key deleted, the refusal audited")
  void sizeLimitMidStream() {
    Setting s = setting(false, null);
    UploadStatus started =
        caller.as(
            s.staff(),
            () ->
                uploads.start(
                    s.project(),
                    new DepositRequest("flux.bin", 2L * MIB, List.of(s.member()), null, null)));
    long[] served = {0};
    InputStream endless =
        new InputStream() {
          @Override
          public int read() {
            served[0]++;
            return 'a';
          }

          @Override
          public int read(byte[] b, int off, int len) {
            Arrays.fill(b, off, off + len, (byte) 'a');
            served[0] += len;
            return len;
          }
        };

    assertThatThrownBy(
            () -> caller.as(s.staff(), () -> uploads.append(started.uploadId(), 0, endless)))
        .isInstanceOf(SizeLimitExceededException.class);

    assertThat(served[0]).isLessThanOrEqualTo(2L * MIB + 64 * 1024);
    assertThat(exchange.upload(started.uploadId()).getState()).isEqualTo(UploadState.REFUSE);
    assertThat(store.folderOf(started.uploadId())).doesNotExist();
    assertThat(exchange.hasDataKey(started.uploadId())).isFalse();
    assertThat(exchange.by(s.staff(), AuditAction.DOCUMENT_DEPOSITED))
        .singleElement()
        .satisfies(e -> assertThat(e.getOutcome()).isEqualTo(AuditOutcome.FAILURE));
  }

  @Test
  @DisplayName(
      "R-E9: a broken upload keeps what arrived, is seen by nobody, and resumes from the next byte"
          + " without sending again what was stored; a wrong offset is a conflict")
  void resumeAfterBreak() throws Exception {
    Setting s = setting(false, null);
    byte[] bytes = content(2 * MIB + 777);
    int breakAt = MIB + 300_000;
    UploadStatus started = startForStaff(s, "reprise.txt", bytes.length);
    InputStream breaking =
        new InputStream() {
          int position;

          @Override
          public int read() throws IOException {
            throw new IOException("reset");
          }

          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            if (position >= breakAt) throw new IOException("Connection reset");
            int n = Math.min(len, breakAt - position);
            System.arraycopy(bytes, position, b, off, n);
            position += n;
            return n;
          }
        };

    UploadStatus broken =
        caller.as(s.member(), () -> uploads.append(started.uploadId(), 0, breaking));
    assertThat(broken.interrupted()).isTrue();
    assertThat(broken.bytesReceived()).isEqualTo(breakAt);
    assertThat(caller.as(s.member(), () -> uploads.status(started.uploadId())).bytesReceived())
        .isEqualTo(breakAt);
    assertThat(caller.as(s.staff(), () -> documents.toRetrieve(s.project(), true, 0, 20)).total())
        .isZero();
    assertThatThrownBy(
            () ->
                caller.as(
                    s.member(),
                    () -> uploads.append(started.uploadId(), 0, new ByteArrayInputStream(bytes))))
        .isInstanceOf(UploadConflictException.class);
    assertThatThrownBy(() -> caller.as(s.staff(), () -> uploads.status(started.uploadId())))
        .isInstanceOf(OutOfScopeException.class);

    caller.as(
        s.member(),
        () ->
            uploads.append(
                started.uploadId(),
                breakAt,
                new ByteArrayInputStream(Arrays.copyOfRange(bytes, breakAt, bytes.length))));
    long document = caller.as(s.member(), () -> uploads.complete(started.uploadId()));

    assertThat(exchange.parts(started.uploadId()))
        .extracting(UploadPart::getPlainLength)
        .containsExactly((long) MIB, (long) breakAt - MIB, (long) bytes.length - breakAt);
    assertThat(exchange.document(document).getSha256()).isEqualTo(sha256(bytes));
    assertThat(download(s.staff(), document)).isEqualTo(bytes);
  }

  @Test
  @DisplayName(
      "R-E9: the file on disk is not the plaintext: no sequence of the known file is in the store")
  void noPlaintextAtRest() throws Exception {
    Setting s = setting(false, null);
    byte[] bytes = content(MIB + 5000);
    long document = deposit(s.staff(), s.project(), List.of(s.member()), bytes);
    long upload = exchange.document(document).getUploadId();
    byte[] needle = Arrays.copyOfRange(bytes, 100, 132);

    try (Stream<Path> files = Files.walk(store.folderOf(upload))) {
      List<Path> stored = files.filter(Files::isRegularFile).toList();
      assertThat(stored).hasSize(2);
      for (Path file : stored) {
        byte[] cipher = Files.readAllBytes(file);
        assertThat(Collections.indexOfSubList(asList(cipher), asList(needle)))
            .as(file.toString())
            .isEqualTo(-1);
      }
    }
  }

  private static List<Byte> asList(byte[] bytes) {
    Byte[] boxed = new Byte[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      boxed[i] = bytes[i];
    }
    return Arrays.asList(boxed);
  }

  @Test
  @DisplayName("R-E9/R-U1: a tampered stored chunk fails the download loudly, and is audited")
  void tamperedChunk() throws Exception {
    Setting s = setting(false, null);
    long document = deposit(s.staff(), s.project(), List.of(s.member()), content(MIB + 100));
    Path part = store.partFile(exchange.parts(exchange.document(document).getUploadId()).get(0));
    try (RandomAccessFile file = new RandomAccessFile(part.toFile(), "rw")) {
      file.seek(4096);
      int b = file.read();
      file.seek(4096);
      file.write(b ^ 0x40);
    }

    assertThatThrownBy(() -> download(s.member(), document))
        .isInstanceOf(ContentIntegrityException.class);

    assertThat(exchange.by(s.member(), AuditAction.DOCUMENT_INTEGRITY_FAILED))
        .singleElement()
        .satisfies(e -> assertThat(e.getOutcome()).isEqualTo(AuditOutcome.FAILURE));
    assertThat(exchange.recipient(document, s.member()).getCompletedAt()).isNull();
  }

  // ----- R-U1: access -----

  @Test
  @DisplayName(
      "R-U1: a non-member, another partner's user, a member who is not an addressee, an Inactif"
          + " member and an anonymous caller get \"not found\" or a refusal, each audited")
  void accessRefused() {
    Setting s = setting(false, null);
    Setting elsewhere = setting(false, null);
    long document = deposit(s.staff(), s.project(), List.of(s.member()), content(1000));
    long notMember = exchange.partnerUser(s.partner(), Fixtures.unique("nm"));

    assertThatThrownBy(() -> caller.as(notMember, () -> documents.project(s.project())))
        .isInstanceOf(OutOfScopeException.class);
    assertRefusalAudited(notMember, "|projet " + s.project());
    assertThatThrownBy(() -> caller.as(elsewhere.member(), () -> downloads.start(document, null)))
        .isInstanceOf(OutOfScopeException.class);
    assertRefusalAudited(elsewhere.member(), "|document " + document);
    assertThatThrownBy(
            () ->
                caller.as(elsewhere.member(), () -> documents.toRetrieve(s.project(), true, 0, 10)))
        .isInstanceOf(OutOfScopeException.class);
    assertThatThrownBy(() -> caller.as(s.other(), () -> downloads.start(document, null)))
        .isInstanceOf(OutOfScopeException.class);
    assertRefusalAudited(s.other(), "OUT_OF_SCOPE|Télécharger un document|document " + document);
    DownloadTicket mine = caller.as(s.member(), () -> downloads.start(document, null));
    assertThat(caller.as(s.member(), () -> downloads.ticket(mine.id())).sha256())
        .isEqualTo(mine.sha256());
    assertThatThrownBy(() -> caller.as(s.other(), () -> downloads.ticket(mine.id())))
        .isInstanceOf(OutOfScopeException.class);
    assertRefusalAudited(
        s.other(), "OUT_OF_SCOPE|Télécharger un document|téléchargement " + mine.id());
    assertThatThrownBy(() -> caller.as(s.other(), () -> documents.withdraw(document)))
        .isInstanceOf(OutOfScopeException.class);
    assertThatThrownBy(() -> caller.as(s.member(), () -> documents.withdraw(document)))
        .isInstanceOf(AccessRefusedException.class)
        .isNotInstanceOf(OutOfScopeException.class);
    assertRefusalAudited(s.member(), "OPERATION_REFUSED|Retirer un document|réservé au déposant");

    fixtures.makeInactive(s.member());
    assertThatThrownBy(() -> caller.as(s.member(), () -> downloads.start(document, null)))
        .isInstanceOf(OutOfScopeException.class);
    long before = fixtures.anonymousRefusals();
    assertThatThrownBy(() -> caller.asAnonymous(() -> downloads.start(document, null)))
        .isInstanceOf(AccessRefusedException.class);
    assertThat(fixtures.anonymousRefusals()).isEqualTo(before + 1);
    assertThat(fixtures.lastAudit().getDetail())
        .isEqualTo("OPERATION_REFUSED|Télécharger un document|@standing.anonymous");
  }

  // ----- R-E7: consent -----

  @Test
  @DisplayName(
      "R-E7: no download before the consent; recorded with its version; a changed text asks again")
  void consentGate() {
    Setting s =
        setting(false, "Les listes électorales vous sont remises en application de la Loi.");
    long document = deposit(s.staff(), s.project(), List.of(s.member()), content(2000));
    assertThat(caller.as(s.member(), () -> documents.project(s.project())).consentNeeded())
        .isTrue();

    assertThatThrownBy(() -> download(s.member(), document))
        .isInstanceOfSatisfying(
            DownloadRefusedException.class,
            e ->
                assertThat(e.reason()).isEqualTo(DownloadRefusedException.Reason.CONSENT_REQUIRED));
    assertRefusalAudited(s.member(), "consentement à la confidentialité requis");

    caller.as(
        s.member(),
        () -> {
          documents.consent(s.project());
          return null;
        });
    assertThat(exchange.by(s.member(), AuditAction.EXCHANGE_CONSENT_GIVEN))
        .singleElement()
        .satisfies(e -> assertThat(e.getDetail()).startsWith("CONSENT_GIVEN|").endsWith("|1"));
    assertThat(download(s.member(), document)).hasSize(2000);

    ProjectDetail detail = caller.as(s.staff(), () -> projects.detail(s.project()).orElseThrow());
    ProjectData d = detail.data();
    caller.as(
        s.staff(),
        () ->
            projects.update(
                s.project(),
                new ProjectData(
                    d.code(),
                    d.name(),
                    d.consentText() + " Texte révisé.",
                    d.singleDownload(),
                    d.downloadQuota(),
                    d.uploadQuota(),
                    d.expiryDays(),
                    d.receiptOnDownload())));
    ProjectView again = caller.as(s.member(), () -> documents.project(s.project()));
    assertThat(again.consentVersion()).isEqualTo(2);
    assertThat(again.consentNeeded()).isTrue();
  }

  // ----- R-E8: single download -----

  @Test
  @DisplayName(
      "R-E8: a broken download resumes by range and completes; then a second one is refused, and"
          + " its own ranges too; of two downloads racing to the last byte only one completes, and"
          + " while it sends them its ranges are refused")
  void singleDownload() throws Exception {
    Setting s = setting(true, null);
    byte[] bytes = content(MIB + 200_000);
    long document = deposit(s.staff(), s.project(), List.of(s.member(), s.other()), bytes);

    DownloadTicket ticket = caller.as(s.member(), () -> downloads.start(document, null));
    ByteArrayOutputStream firstPart = new ByteArrayOutputStream();
    OutputStream breaking =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
          }

          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            if (firstPart.size() + len > 500_000) throw new IOException("Broken pipe");
            firstPart.write(b, off, len);
          }
        };
    assertThatThrownBy(
            () ->
                caller.as(
                    s.member(),
                    () -> {
                      try {
                        downloads.send(ticket.id(), 0, bytes.length - 1, breaking);
                      } catch (IOException e) {
                        throw new IllegalStateException(e);
                      }
                      return null;
                    }))
        .hasCauseInstanceOf(IOException.class);
    assertThat(exchange.recipient(document, s.member()).getCompletedAt()).isNull();

    ByteArrayOutputStream rest = new ByteArrayOutputStream();
    int from = firstPart.size();
    caller.as(
        s.member(),
        () -> {
          try {
            downloads.send(ticket.id(), from, bytes.length - 1, rest);
          } catch (IOException e) {
            throw new IllegalStateException(e);
          }
          return null;
        });
    ByteArrayOutputStream whole = new ByteArrayOutputStream();
    whole.write(firstPart.toByteArray());
    whole.write(rest.toByteArray());
    assertThat(whole.toByteArray()).isEqualTo(bytes);
    assertThat(exchange.recipient(document, s.member()).getCompletedAt()).isNotNull();
    assertThatThrownBy(() -> caller.as(s.member(), () -> downloads.start(document, null)))
        .isInstanceOfSatisfying(
            DownloadRefusedException.class,
            e ->
                assertThat(e.reason())
                    .isEqualTo(DownloadRefusedException.Reason.ALREADY_DOWNLOADED));
    assertRefusalAudited(s.member(), "téléchargement unique déjà effectué");
    // Its ticket too, before any header: the range requests of a completed download are refused.
    assertThatThrownBy(() -> caller.as(s.member(), () -> downloads.ticket(ticket.id())))
        .isInstanceOfSatisfying(
            DownloadRefusedException.class,
            e ->
                assertThat(e.reason())
                    .isEqualTo(DownloadRefusedException.Reason.ALREADY_DOWNLOADED));

    // Two downloads by the other recipient: while the first sends its last bytes, the second tries.
    DownloadTicket a = caller.as(s.other(), () -> downloads.start(document, null));
    DownloadTicket b = caller.as(s.other(), () -> downloads.start(document, null));
    Throwable[] secondOutcome = {null};
    Throwable[] ticketDuringLastBytes = {null};
    OutputStream racing =
        new OutputStream() {
          long written;

          @Override
          public void write(int x) {
            written++;
          }

          @Override
          public void write(byte[] buf, int off, int len) {
            written += len;
            if (secondOutcome[0] == null && written > bytes.length - ExchangeDownloads.TAIL) {
              // While a's last bytes go out, a request of a itself (its client may already hold
              // them all) is refused before it is answered.
              try {
                downloads.ticket(a.id());
                ticketDuringLastBytes[0] = new AssertionError("ticket given while finishing");
              } catch (Exception e) {
                ticketDuringLastBytes[0] = e;
              }
              try {
                downloads.send(
                    b.id(), bytes.length - 10, bytes.length - 1, OutputStream.nullOutputStream());
                secondOutcome[0] = new AssertionError("second download completed too");
              } catch (Exception e) {
                secondOutcome[0] = e;
              }
            }
          }
        };
    caller.as(
        s.other(),
        () -> {
          try {
            downloads.send(a.id(), 0, bytes.length - 1, racing);
          } catch (IOException e) {
            throw new IllegalStateException(e);
          }
          return null;
        });
    assertThat(secondOutcome[0]).isInstanceOf(AccessRefusedException.class);
    assertThat(ticketDuringLastBytes[0])
        .isInstanceOfSatisfying(
            DownloadRefusedException.class,
            e ->
                assertThat(e.reason())
                    .isEqualTo(DownloadRefusedException.Reason.DOWNLOAD_IN_PROGRESS));
    assertThat(exchange.by(s.other(), AuditAction.DOCUMENT_DOWNLOADED)).hasSize(1);
    // Every recipient has it now: the depositor gets the receipt the project asks for.
    assertThat(fixtures.outboxOf(fixtures.reload(s.staff()).getEmail()))
        .extracting(m -> m.toEmail().subject())
        .containsExactly("Document récupéré par ses destinataires");
  }

  // ----- R-E3: withdrawal -----

  @Test
  @DisplayName(
      "R-E9/R-U1: Annuler ends the caller's open upload, its parts and key deleted, audited;"
          + " nobody else may cancel it")
  void cancelUpload() {
    Setting s = setting(false, null);
    byte[] bytes = content(3000);
    UploadStatus started = startForStaff(s, "annule.txt", bytes.length);
    caller.as(
        s.member(),
        () ->
            uploads.append(
                started.uploadId(), 0, new ByteArrayInputStream(Arrays.copyOf(bytes, 1000))));

    assertThatThrownBy(() -> caller.as(s.other(), () -> cancel(started.uploadId())))
        .isInstanceOf(OutOfScopeException.class);
    caller.as(s.member(), () -> cancel(started.uploadId()));

    assertThat(caller.as(s.member(), () -> uploads.status(started.uploadId())).state())
        .isEqualTo(UploadState.ANNULE);
    assertThat(store.folderOf(started.uploadId())).doesNotExist();
    assertThat(exchange.by(s.member(), AuditAction.UPLOAD_PARTS_DELETED))
        .singleElement()
        .satisfies(
            e -> assertThat(e.getDetail()).startsWith("UPLOAD_CANCELLED|").contains("annule.txt"));
    assertRefusalAudited(s.other(), "téléversement " + started.uploadId());
  }

  @Test
  @DisplayName("R-E3: the depositor withdraws a document: gone for every recipient, audited")
  void withdraw() {
    Setting s = setting(false, null);
    long document = deposit(s.staff(), s.project(), List.of(s.member()), content(500));

    assertThat(caller.as(s.staff(), () -> documents.withdraw(document))).isTrue();

    assertThat(caller.as(s.member(), () -> documents.toRetrieve(s.project(), true, 0, 10)).total())
        .isZero();
    assertThat(
            caller
                .as(s.staff(), () -> documents.sent(s.project(), true, 0, 10))
                .counter()
                .display())
        .isEqualTo("0 / 10");
    assertThatThrownBy(() -> caller.as(s.member(), () -> downloads.start(document, null)))
        .isInstanceOf(OutOfScopeException.class);
    assertThat(exchange.by(s.staff(), AuditAction.DOCUMENT_WITHDRAWN)).hasSize(1);
  }

  // ----- R-E5, R-J5: expiry -----

  @Test
  @DisplayName(
      "R-E5/R-J5: expiry deletes the content and keys of expired and withdrawn documents and"
          + " abandoned uploads, keeps the records and audit, and a second run does nothing")
  void expiryPurges() {
    Setting s = setting(false, null);
    long expired = deposit(s.staff(), s.project(), List.of(s.member()), content(3000));
    long withdrawn = deposit(s.staff(), s.project(), List.of(s.member()), content(3000));
    long kept = deposit(s.staff(), s.project(), List.of(s.member()), content(3000));
    caller.as(s.staff(), () -> documents.withdraw(withdrawn));
    exchange.expire(expired);
    UploadStatus abandoned =
        caller.as(
            s.member(),
            () ->
                uploads.start(
                    s.project(),
                    new DepositRequest("abandon.txt", 5000, List.of(s.staff()), null, null)));
    caller.as(
        s.member(),
        () -> uploads.append(abandoned.uploadId(), 0, new ByteArrayInputStream(content(1000))));
    exchange.age(abandoned.uploadId(), 25);

    assertThatThrownBy(() -> caller.as(s.member(), expiry::purge))
        .isInstanceOf(AccessRefusedException.class);
    PurgeResult first = expiry.purge();

    assertThat(first.documents()).isGreaterThanOrEqualTo(2);
    assertThat(first.uploads()).isGreaterThanOrEqualTo(1);
    for (long gone : new long[] {expired, withdrawn}) {
      ExchangeDocument record = exchange.document(gone);
      assertThat(record.getContentDeletedAt()).isNotNull();
      assertThat(store.folderOf(record.getUploadId())).doesNotExist();
      assertThat(exchange.hasDataKey(record.getUploadId())).isFalse();
      assertThat(exchange.about("|" + gone + "|", AuditAction.DOCUMENT_CONTENT_DELETED))
          .singleElement()
          .satisfies(e -> assertThat(e.getActor()).isEqualTo("Système"));
    }
    assertThat(exchange.document(expired).getExpiredAt()).isNotNull();
    assertThat(exchange.document(withdrawn).getExpiredAt()).isNull();
    assertThat(exchange.upload(abandoned.uploadId()).getState()).isEqualTo(UploadState.ABANDONNE);
    assertThat(store.folderOf(abandoned.uploadId())).doesNotExist();
    assertThat(exchange.hasDataKey(abandoned.uploadId())).isFalse();
    assertThat(exchange.hasDataKey(exchange.document(kept).getUploadId())).isTrue();
    assertThat(exchange.by(s.staff(), AuditAction.DOCUMENT_DEPOSITED)).hasSize(3);

    PurgeResult second = expiry.purge();
    assertThat(exchange.about("|" + expired + "|", AuditAction.DOCUMENT_CONTENT_DELETED))
        .hasSize(1);
    assertThat(second.documents()).isLessThan(first.documents());
    assertThat(download(s.member(), kept)).hasSize(3000);
  }

  @Test
  @DisplayName("R-E9: the master key file is created in DATA_DIR with permissions 600")
  void masterKeyFile() throws Exception {
    Setting s = setting(false, null);
    deposit(s.staff(), s.project(), List.of(s.member()), content(10));
    Path key = masterKey.file();
    assertThat(Files.getPosixFilePermissions(key))
        .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
  }
}
