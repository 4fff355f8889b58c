package ca.qc.portail.accessrequest;

import ca.qc.portail.partner.Partner;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Test-only reads and set-up of access requests behind the services' back: what a request holds
 * once stored, how many there are, and a partner with nobody yet (R-A3).
 */
@Stateless
public class AccessRequestRecords {

  @PersistenceContext private EntityManager em;

  public AccessRequest request(long id) {
    AccessRequest request = em.find(AccessRequest.class, id);
    em.detach(request);
    return request;
  }

  public long count() {
    return em.createQuery("SELECT COUNT(r) FROM AccessRequest r", Long.class).getSingleResult();
  }

  /** A partner with the given non-profit flag and a unique NEQ; no people, no requests. */
  public long emptyPartner(boolean nonProfit) {
    Partner partner =
        new Partner(
            "Organisme " + UUID.randomUUID().toString().substring(0, 8),
            String.valueOf(1_000_000_000L + ThreadLocalRandom.current().nextLong(8_999_999_999L)),
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
