package ca.qc.portail.administration;

import ca.qc.portail.audit.AuditCriteria;
import ca.qc.portail.audit.AuditEntry;
import ca.qc.portail.partner.AgreementData;
import ca.qc.portail.partner.PartnerChange;
import ca.qc.portail.partner.PartnerData;
import ca.qc.portail.partner.PartnerDetail;
import ca.qc.portail.partner.PartnerSummary;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Test-only facade: runs {@link CentralDesk} as a chosen account, in a transaction. {@link
 * CentralConsole} takes the account from the container principal, and a container test cannot sign
 * in, so the tests exercise the rules one level below, exactly as {@link CentralConsole} calls
 * them.
 */
@Stateless
public class CentralDeskAs {

  static final String IP = "192.0.2.40";

  @Inject private CentralDesk desk;
  @PersistenceContext private EntityManager em;

  public void checkAccess(long agent) {
    desk.checkAccess(agent, IP, "Test");
  }

  public CentralOverview overview(long agent) {
    return desk.overview(agent, IP);
  }

  public List<PartnerSummary> partners(long agent, String filter, boolean withoutOfficerOnly) {
    return desk.partnerPage(agent, IP, filter, withoutOfficerOnly, 0, 50, "name", true);
  }

  public long partnerCount(long agent, String filter, boolean withoutOfficerOnly) {
    return desk.partnerCount(agent, IP, filter, withoutOfficerOnly);
  }

  public Optional<PartnerDetail> partner(long agent, long id) {
    return desk.partner(agent, IP, id);
  }

  public PartnerChange create(long agent, PartnerData data) {
    return desk.createPartner(agent, IP, data);
  }

  public Optional<PartnerChange> update(long agent, long id, PartnerData data) {
    return desk.updatePartner(agent, IP, id, data);
  }

  public Optional<PartnerChange> addAgreement(long agent, long partner, AgreementData data) {
    return desk.addAgreement(agent, IP, partner, data);
  }

  public Optional<PartnerChange> updateAgreement(
      long agent, long partner, long agreement, AgreementData data) {
    return desk.updateAgreement(agent, IP, partner, agreement, data);
  }

  public List<AuditEntry> search(long agent, AuditCriteria criteria) {
    return desk.auditPage(agent, IP, criteria, 0, 100, null, false);
  }

  public List<AuditEntry> searchPage(long agent, AuditCriteria criteria, int first, int size) {
    return desk.auditPage(agent, IP, criteria, first, size, "occurredAt", true);
  }

  public long count(long agent, AuditCriteria criteria) {
    return desk.auditCount(agent, IP, criteria);
  }

  /** The export's rows, as the servlet would receive them. */
  public List<AuditEntry> export(long agent, AuditCriteria criteria) {
    List<AuditEntry> rows = new ArrayList<>();
    desk.exportAudit(agent, IP, criteria, rows::add);
    return rows;
  }

  /** An audit record at a chosen time (the trail is append-only: inserting is allowed). */
  public void auditAt(
      Instant at, String actor, Long actorId, String action, Long target, Long partner) {
    long id =
        ((Number) em.createNativeQuery("SELECT nextval('audit_event_seq')").getSingleResult())
            .longValue();
    // Literal NULLs: PostgreSQL cannot type a null parameter of a native query.
    em.createNativeQuery(
            "INSERT INTO audit_event (id, occurred_at, actor, actor_account_id, client_address,"
                + " action, outcome, target_account_id, partner_id, detail)"
                + " VALUES (?1, ?2, ?3, "
                + orNull(actorId)
                + ", '192.0.2.41', ?5, 'SUCCESS', "
                + orNull(target)
                + ", "
                + orNull(partner)
                + ", ?8)")
        .setParameter(1, id)
        .setParameter(2, OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
        .setParameter(3, actor)
        .setParameter(5, action)
        .setParameter(8, "Préparé par le test " + at)
        .executeUpdate();
  }

  private static String orNull(Long value) {
    return value == null ? "NULL" : value.toString();
  }

  /** Makes an account Inactif behind the services' back (a former central agent). */
  public void makeInactive(long accountId) {
    em.createNativeQuery("UPDATE user_account SET state = 'INACTIF' WHERE id = ?1")
        .setParameter(1, accountId)
        .executeUpdate();
  }

  /** Gives an account a name of its own, so a search by name finds it alone. */
  public void rename(long accountId, String firstName, String lastName) {
    em.createNativeQuery("UPDATE user_account SET first_name = ?1, last_name = ?2 WHERE id = ?3")
        .setParameter(1, firstName)
        .setParameter(2, lastName)
        .setParameter(3, accountId)
        .executeUpdate();
  }
}
