package ca.qc.portail.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.qc.portail.audit.AuditAction;
import ca.qc.portail.audit.AuditEvent;
import ca.qc.portail.exchange.DocumentPage;
import ca.qc.portail.exchange.DocumentRow;
import ca.qc.portail.exchange.DocumentStore;
import ca.qc.portail.exchange.ExchangeDocuments;
import ca.qc.portail.exchange.ExchangeDownloads;
import ca.qc.portail.exchange.ExchangeFixtures;
import ca.qc.portail.exchange.ExchangeProjects;
import ca.qc.portail.exchange.ProjectSummary;
import ca.qc.portail.exchange.ProjectView;
import ca.qc.portail.partner.MeasureFamily;
import ca.qc.portail.security.AccessRefusedException;
import ca.qc.portail.testing.Deployments;
import ca.qc.portail.testing.Fixtures;
import ca.qc.portail.testing.TestCaller;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The exchange's demo (issue 11, R-E1–R-E8): what {@link DemoExchange} seeds at the first start of
 * the embedded default, made here for a partner and people of the test's own, then seen and
 * downloaded through the services as the demo's member would.
 */
@ExtendWith(ArquillianExtension.class)
class DemoExchangeIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.rules(
        "demo-exchange-it",
        List.of("mfa.email=false", "data.dir=" + ExchangeFixtures.dataDir("portail-demo-it")),
        DemoExchangeIT.class,
        ExchangeFixtures.class);
  }

  @Inject private DemoExchange demo;
  @Inject private ExchangeProjects projects;
  @Inject private ExchangeDocuments documents;
  @Inject private ExchangeDownloads downloads;
  @Inject private DocumentStore store;
  @Inject private ExchangeFixtures exchange;
  @Inject private Fixtures fixtures;
  @Inject private TestCaller caller;

  @AfterEach
  void noCaller() {
    caller.reset();
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  private byte[] download(long account, long document) {
    return ExchangeFixtures.download(caller, downloads, account, document);
  }

  @Test
  @DisplayName(
      "Demo: PROJET001 with two documents waiting for the member (one downloaded, one not, with a"
          + " note) and PROJET002 with a consent text and single download, real encrypted content")
  void seedsBothProjects() throws Exception {
    long partner = fixtures.partner(MeasureFamily.FORMATION);
    long staff = exchange.staff(Fixtures.unique("pers"));
    long member = exchange.partnerUser(partner, Fixtures.unique("mbr"));
    long other = exchange.partnerUser(partner, Fixtures.unique("mbr"));

    assertThatThrownBy(() -> caller.as(staff, () -> demo.load(partner, staff, member, other)))
        .isInstanceOf(AccessRefusedException.class);
    DemoExchange.Seeded seeded = demo.load(partner, staff, member, other);

    caller.actAs(member);
    assertThat(projects.mine())
        .extracting(ProjectSummary::label)
        .contains("PROJET001 - Projet 001", "PROJET002 - Projet 002");

    DocumentPage first = documents.toRetrieve(seeded.first(), true, 0, 10);
    assertThat(first.total()).isEqualTo(2);
    assertThat(first.counter().used()).isEqualTo(1);
    DocumentRow waiting = first.rows().get(0);
    DocumentRow downloaded = first.rows().get(1);
    assertThat(waiting.fileName()).isEqualTo(DemoExchange.DOCUMENT_2);
    assertThat(waiting.neverDownloaded()).isTrue();
    assertThat(waiting.note()).isEqualTo(DemoExchange.NOTE);
    assertThat(waiting.daysLeft()).isEqualTo(45);
    assertThat(downloaded.fileName()).isEqualTo(DemoExchange.DOCUMENT_1);
    assertThat(downloaded.neverDownloaded()).isFalse();
    assertThat(downloaded.note()).isNull();

    ProjectView second = documents.project(seeded.second());
    assertThat(second.label()).isEqualTo("PROJET002 - Projet 002");
    assertThat(second.consentText()).isEqualTo(DemoExchange.CONSENT);
    assertThat(second.consentNeeded()).isTrue();
    assertThat(second.singleDownload()).isTrue();
    DocumentPage list = documents.toRetrieve(seeded.second(), true, 0, 10);
    assertThat(list.rows())
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.fileName()).isEqualTo(DemoExchange.LIST);
              assertThat(row.neverDownloaded()).isTrue();
            });
    caller.reset();

    byte[] expected = DemoExchange.content(DemoExchange.DOCUMENT_2);
    byte[] got = download(member, waiting.id());
    assertThat(got).isEqualTo(expected);
    assertThat(sha256(got)).isEqualTo(waiting.sha256());
    try (Stream<Path> files =
        Files.walk(store.folderOf(exchange.document(waiting.id()).getUploadId()))) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        assertThat(
                new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1))
            .doesNotContain("renseignements confidentiels");
      }
    }

    assertThat(exchange.by(staff, AuditAction.DOCUMENT_DEPOSITED)).hasSize(3);
    assertThat(exchange.by(member, AuditAction.DOCUMENT_DOWNLOADED))
        .extracting(AuditEvent::getDetail)
        .anySatisfy(d -> assertThat(d).contains(DemoExchange.DOCUMENT_1));
  }
}
