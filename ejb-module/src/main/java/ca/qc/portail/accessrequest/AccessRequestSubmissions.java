package ca.qc.portail.accessrequest;

import ca.qc.portail.partner.Partner;
import ca.qc.portail.security.Callers;
import ca.qc.portail.security.Requires;
import ca.qc.portail.security.Standing;
import ca.qc.portail.security.TargetPartner;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * *Formulaire d'inscription* (R-S8): a security officer gets form 2490 with section 1 filled in
 * with their own partner, and may send it online to central's queue (R-A1–R-A3). For an Actif
 * security officer only ({@link Requires}), within their own partner (R-S1); anyone else is refused
 * and the attempt audited before anything is read.
 */
@Stateless
@Requires(value = Standing.OFFICER, operation = "Formulaire d'inscription")
public class AccessRequestSubmissions {

  @PersistenceContext private EntityManager em;
  @Inject private Callers callers;
  @Inject private AccessRequestIntake intake;

  /** Section 1 of the caller's own partner, for the PDF and the online form (R-S8). */
  public SectionOne sectionOne() {
    Partner partner = em.find(Partner.class, callers.current().partnerId());
    return new SectionOne(partner.getId(), PartnerIdentity.of(partner));
  }

  /**
   * R-S8: sends form 2490 for {@code partnerId}, the officer's partner the page showed (another is
   * out of scope, answered as not found). Section 1 is taken from that partner whatever the form
   * says. A form that breaks any rule (R-A1) or the signatory matrix (R-A2, R-A3) is refused with
   * every violation, and nothing stored but the audit record.
   */
  public Submission submit(@TargetPartner long partnerId, AccessRequestForm form) {
    return intake.online(em.find(Partner.class, partnerId), form, callers.current().accountId());
  }
}
