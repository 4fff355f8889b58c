package ca.qc.portail.demo;

import ca.qc.portail.exchange.DepositRequest;
import ca.qc.portail.exchange.ExchangeDownloads;
import ca.qc.portail.exchange.ExchangeProjects;
import ca.qc.portail.exchange.ExchangeUploads;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The secure exchange's demo (R-E1–R-E8), added once, right after {@link DemoData} loaded the demo
 * people: "PROJET001 - Projet 001" for the CÉGEP DE SHERBROOKE, Julie Morin ({@code personnel}) its
 * responsable, Marie Tremblay and Joseph Labonté its members, with two documents waiting for Marie
 * (one she has downloaded, one not yet, with a note); and "PROJET002 - Projet 002", with a consent
 * text and single download (seed 004), one document waiting. Everything goes through the exchange's
 * own services (their seeding path for the system): real encrypted content, e-mails, audit.
 *
 * <p>Each service commits on its own, after DemoData's transaction, so it sees the demo people.
 */
@Singleton
@Startup
@DependsOn("DemoData")
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoExchange {

  public static final String PROJECT_1 = "PROJET001";
  public static final String PROJECT_2 = "PROJET002";
  public static final String DOCUMENT_1 = "Document01.txt";
  public static final String DOCUMENT_2 = "Document02.txt";
  public static final String LIST = "Liste des participants.csv";
  public static final String NOTE = "Voir la page 2.";

  /** Seed 004's confidentiality reminder, for the exchange's documents (R-E7). */
  static final String CONSENT =
      "Comme les documents de ce projet contiennent des renseignements personnels, permettez-nous"
          + " de vous rappeler que le fait de les utiliser, de les communiquer ou de permettre qu'ils"
          + " soient communiqués à d'autres fins que celles prévues par l'entente, ou à quiconque"
          + " n'y a pas légalement droit, constitue une infraction. La personne qui reçoit un"
          + " document doit prendre les mesures appropriées pour protéger son caractère"
          + " confidentiel et restreindre son utilisation aux seules fins prévues.";

  private static final Logger LOG = Logger.getLogger(DemoExchange.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject private DemoData demo;
  @Inject private ExchangeProjects projects;
  @Inject private ExchangeUploads uploads;
  @Inject private ExchangeDownloads downloads;

  /** The two demo projects, as {@link #load} made them. */
  public record Seeded(long first, long second) {}

  @PostConstruct
  void loadWithTheDemo() {
    if (!demo.loadedAtThisStart()) {
      return;
    }
    long cegep =
        em.createQuery("SELECT p.id FROM Partner p WHERE p.neq = :neq", Long.class)
            .setParameter("neq", DemoData.CEGEP_NEQ)
            .getSingleResult();
    load(
        cegep,
        account(DemoAccount.PERSONNEL),
        account(DemoAccount.MTREMBLAY),
        account(DemoAccount.JLABONTE));
    LOG.info("Demo exchange projects loaded (DEMO_DATA=true).");
  }

  /**
   * Makes the two projects of {@code partner}, with {@code staff} as responsable and {@code member}
   * (who gets every document, and has downloaded the first) and {@code otherMember} as members.
   * Only the system may (the services' seeding path).
   */
  public Seeded load(long partner, long staff, long member, long otherMember) {
    long first =
        projects.seed(
            partner,
            PROJECT_1,
            "Projet 001",
            null,
            false,
            Set.of(member, otherMember),
            Set.of(staff));
    long downloaded = deposit(staff, first, DOCUMENT_1, List.of(member), null);
    deposit(staff, first, DOCUMENT_2, List.of(member, otherMember), NOTE);
    try {
      downloads.seedDownload(member, downloaded);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }

    long second =
        projects.seed(
            partner,
            PROJECT_2,
            "Projet 002",
            CONSENT,
            true,
            Set.of(member, otherMember),
            Set.of(staff));
    deposit(staff, second, LIST, List.of(member, otherMember), null);
    return new Seeded(first, second);
  }

  private long account(DemoAccount person) {
    return em.createQuery("SELECT a.id FROM UserAccount a WHERE a.userCode = :code", Long.class)
        .setParameter("code", person.userCode())
        .getSingleResult();
  }

  private long deposit(
      long depositor, long project, String fileName, List<Long> recipients, String note) {
    byte[] content = content(fileName);
    return uploads.seedDeposit(
        depositor,
        project,
        new DepositRequest(fileName, content.length, recipients, note, null),
        new ByteArrayInputStream(content));
  }

  /** About 3 Ko of text (the guide's documents are "2,97 Ko"), CSV for a list. */
  static byte[] content(String fileName) {
    boolean csv = fileName.endsWith(".csv");
    StringBuilder text =
        new StringBuilder(csv ? "Nom;Prénom;Programme;Date de début\n" : fileName + "\n\n");
    for (int line = 1; text.length() < 3000; line++) {
      text.append(
          csv
              ? "Participant "
                  + line
                  + ";Prénom "
                  + line
                  + ";Techniques de l'informatique;2026-08-24\n"
              : "Ligne " + line + " — renseignements confidentiels transmis par le ministère.\n");
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }
}
