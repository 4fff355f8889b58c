package ca.qc.portail.exchange;

import ca.qc.portail.account.AccountState;
import ca.qc.portail.account.InternalRole;
import ca.qc.portail.account.Profile;
import ca.qc.portail.account.UserAccount;
import ca.qc.portail.audit.AuditAction;
import ca.qc.portail.audit.AuditEvent;
import ca.qc.portail.testing.Fixtures;
import ca.qc.portail.testing.TestCaller;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

/** The exchange's test data and what the tests read behind the services' back. */
@Stateless
public class ExchangeFixtures {

  /** A data folder of the test's own, for the setting {@code data.dir} (documents, master key). */
  public static String dataDir(String name) {
    return Path.of(System.getProperty("java.io.tmpdir"), name + "-" + UUID.randomUUID()).toString();
  }

  /** {@code size} bytes of a recognisable French text, repeated. */
  public static byte[] content(int size) {
    byte[] line = "Liste des électeurs au décret — renseignements confidentiels. ".getBytes();
    byte[] bytes = new byte[size];
    for (int i = 0; i < size; i++) {
      bytes[i] = line[i % line.length];
    }
    return bytes;
  }

  /** A complete download of the document by that account (the caller {@code caller} chooses). */
  public static byte[] download(
      TestCaller caller, ExchangeDownloads downloads, long account, long document) {
    return caller.as(
        account,
        () -> {
          DownloadTicket ticket = downloads.start(document, null);
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          try {
            downloads.send(ticket.id(), 0, ticket.size() - 1, out);
          } catch (IOException e) {
            throw new IllegalStateException(e);
          }
          return out.toByteArray();
        });
  }

  @PersistenceContext private EntityManager em;
  @Inject private Fixtures fixtures;

  /** Actif ministry staff (PERSONNEL), e-mail {@code <code>@test.example}. */
  public long staff(String code) {
    long id =
        fixtures.account(
            null, code, "Personnel-1", fixtures.today().plusYears(1), AccountState.ACTIF);
    em.find(UserAccount.class, id).grant(InternalRole.PERSONNEL);
    return id;
  }

  /** An Actif user of the partner, e-mail {@code <code>@test.example}. */
  public long partnerUser(long partnerId, String code) {
    return fixtures.account(
        partnerId,
        code,
        "Utilisateur-1",
        fixtures.today().plusYears(1),
        AccountState.ACTIF,
        Profile.UTILISATEUR_INDIVIDUS);
  }

  public void speaks(long accountId, String language) {
    em.find(UserAccount.class, accountId).setPreferredLanguage(language);
  }

  public ExchangeDocument document(long id) {
    ExchangeDocument document = em.find(ExchangeDocument.class, id);
    em.refresh(document);
    em.detach(document);
    return document;
  }

  public Upload upload(long id) {
    Upload upload = em.find(Upload.class, id);
    em.refresh(upload);
    em.detach(upload);
    return upload;
  }

  public Recipient recipient(long documentId, long accountId) {
    return em.createQuery(
            "SELECT r FROM Recipient r WHERE r.documentId = :d AND r.accountId = :a",
            Recipient.class)
        .setParameter("d", documentId)
        .setParameter("a", accountId)
        .getSingleResult();
  }

  public boolean hasDataKey(long uploadId) {
    return em.find(DataKey.class, uploadId) != null;
  }

  public List<UploadPart> parts(long uploadId) {
    return em.createQuery(
            "SELECT p FROM UploadPart p WHERE p.uploadId = :u ORDER BY p.partIndex",
            UploadPart.class)
        .setParameter("u", uploadId)
        .getResultList();
  }

  /** Puts a document's expiry a minute in the past. */
  public void expire(long documentId) {
    em.createNativeQuery(
            "UPDATE exchange_document SET expires_at = CURRENT_TIMESTAMP - INTERVAL '1 minute'"
                + " WHERE id = ?1")
        .setParameter(1, documentId)
        .executeUpdate();
  }

  /** Makes an upload look untouched for {@code hours} hours. */
  public void age(long uploadId, int hours) {
    em.createNativeQuery(
            "UPDATE exchange_upload SET updated_at = updated_at - INTERVAL '"
                + hours
                + " hours' WHERE id = ?1")
        .setParameter(1, uploadId)
        .executeUpdate();
  }

  /** The records of what that account did (as actor), oldest first. */
  public List<AuditEvent> by(long accountId, AuditAction action) {
    return em.createQuery(
            "SELECT e FROM AuditEvent e WHERE e.actorAccountId = :a AND e.action = :action"
                + " ORDER BY e.id",
            AuditEvent.class)
        .setParameter("a", accountId)
        .setParameter("action", action)
        .getResultList();
  }

  /** The records of an action whose detail names that document, oldest first. */
  public List<AuditEvent> about(String detailPart, AuditAction action) {
    return em.createQuery(
            "SELECT e FROM AuditEvent e WHERE e.action = :action AND e.detail LIKE :part"
                + " ORDER BY e.id",
            AuditEvent.class)
        .setParameter("action", action)
        .setParameter("part", "%" + detailPart + "%")
        .getResultList();
  }
}
