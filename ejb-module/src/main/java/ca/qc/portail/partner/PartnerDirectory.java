package ca.qc.portail.partner;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;

/** Reads partners and their agreements. */
@Stateless
@PermitAll
public class PartnerDirectory {

  @PersistenceContext private EntityManager em;

  /** The agreement families a partner holds: they decide which measure sections the menu shows. */
  public Set<MeasureFamily> familiesOf(long partnerId) {
    return Set.copyOf(
        em.createQuery(
                "SELECT DISTINCT a.family FROM Agreement a WHERE a.partner.id = :partner",
                MeasureFamily.class)
            .setParameter("partner", partnerId)
            .getResultList());
  }

  /** The partner's agreements of one family, most recent first. */
  public List<AgreementView> agreementsOf(long partnerId, MeasureFamily family) {
    return em
        .createQuery(
            "SELECT a FROM Agreement a WHERE a.partner.id = :partner AND a.family = :family"
                + " ORDER BY a.startDate DESC, a.number",
            Agreement.class)
        .setParameter("partner", partnerId)
        .setParameter("family", family)
        .getResultList()
        .stream()
        .map(AgreementView::of)
        .toList();
  }

  public long count() {
    return em.createQuery("SELECT COUNT(p) FROM Partner p", Long.class).getSingleResult();
  }
}
