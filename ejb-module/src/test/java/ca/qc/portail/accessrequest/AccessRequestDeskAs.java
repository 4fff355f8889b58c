package ca.qc.portail.accessrequest;

import ca.qc.portail.partner.Partner;
import ca.qc.portail.registration.CodeRefusal;
import ca.qc.portail.registration.PendingRegistrations;
import ca.qc.portail.testing.TestCaller;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Test-only facade: runs {@link AccessRequestDesk} for a chosen caller account, each call in its
 * own transaction, as {@link AccessRequests} does for the signed-in principal; central's actions on
 * registration codes ({@link PendingRegistrations}) run as that account through {@link TestCaller}.
 */
@Stateless
public class AccessRequestDeskAs {

  static final String ADDRESS = "192.0.2.20";

  @Inject private AccessRequestDesk desk;
  @Inject private PendingRegistrations codes;
  @Inject private TestCaller testCaller;
  @PersistenceContext private EntityManager em;

  public PartnerIdentity sectionOne(long caller) {
    return desk.sectionOne(caller, ADDRESS);
  }

  public Submission submit(long caller, long partnerId, AccessRequestForm form) {
    return desk.submit(caller, partnerId, form, ADDRESS);
  }

  public Submission enter(long caller, AccessRequestForm form) {
    return desk.enter(caller, form, ADDRESS);
  }

  public List<QueuedRequest> queue(long caller) {
    return desk.queue(caller, ADDRESS);
  }

  public RequestDetail detail(long caller, long id) {
    return desk.detail(caller, id, ADDRESS);
  }

  public List<RequestViolation> approve(long caller, long id) {
    return desk.approve(caller, id, ADDRESS);
  }

  public List<RequestViolation> reject(long caller, long id, String reason) {
    return desk.reject(caller, id, reason, ADDRESS);
  }

  public Optional<CodeRefusal> extend(long caller, long accountId, String sin) {
    return testCaller.as(caller, () -> codes.extend(accountId, sin));
  }

  public Optional<CodeRefusal> liftSuspension(long caller, long accountId) {
    return testCaller.as(caller, () -> codes.liftSuspension(accountId));
  }

  public List<ca.qc.portail.registration.PendingRegistration> search(long caller, String query) {
    return testCaller.as(caller, () -> codes.search(query));
  }

  public AccessRequest request(long id) {
    AccessRequest request = em.find(AccessRequest.class, id);
    em.detach(request);
    return request;
  }

  public long requestCount() {
    return em.createQuery("SELECT COUNT(r) FROM AccessRequest r", Long.class).getSingleResult();
  }

  /** A partner with the given non-profit flag and a unique NEQ; no people. */
  public long partner(boolean nonProfit) {
    Partner partner =
        new Partner(
            "Organisme " + java.util.UUID.randomUUID().toString().substring(0, 8),
            String.valueOf(
                1_000_000_000L
                    + java.util.concurrent.ThreadLocalRandom.current().nextLong(8_999_999_999L)),
            nonProfit,
            Instant.now());
    partner.setContact("1, rue Principale, Québec (Québec)", "G1R 4Z1", "418 555-0100");
    em.persist(partner);
    em.flush();
    return partner.getId();
  }

  public String neqOf(long partnerId) {
    return em.find(Partner.class, partnerId).getNeq();
  }
}
