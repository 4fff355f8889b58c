package ca.qc.portail.administration;

import ca.qc.portail.account.AccountState;
import ca.qc.portail.account.Accounts;
import ca.qc.portail.audit.AuditAction;
import ca.qc.portail.audit.AuditCriteria;
import ca.qc.portail.audit.AuditEntry;
import ca.qc.portail.audit.AuditLog;
import ca.qc.portail.audit.AuditOutcome;
import ca.qc.portail.audit.AuditTrail;
import ca.qc.portail.audit.Phrase;
import ca.qc.portail.partner.AgreementData;
import ca.qc.portail.partner.PartnerAdministration;
import ca.qc.portail.partner.PartnerChange;
import ca.qc.portail.partner.PartnerData;
import ca.qc.portail.partner.PartnerDetail;
import ca.qc.portail.partner.PartnerRules;
import ca.qc.portail.partner.PartnerSummary;
import ca.qc.portail.partner.PartnerViolation;
import ca.qc.portail.security.Callers;
import ca.qc.portail.security.Requires;
import ca.qc.portail.security.Standing;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The central security group's console (R-C1, R-C7, R-D3): dashboard, partners and their
 * agreements, the audit and its export. Every operation is for an Actif agent of the central
 * security group only ({@link Requires}); anyone else is refused and the attempt audited before
 * anything is read.
 */
@Stateless
@Requires(value = Standing.CENTRAL, operation = "Console du Groupe central de la sécurité")
public class CentralConsole {

  /** Partners without an Actif officer listed on the dashboard; the rest are one click away. */
  public static final int UNCOVERED_SHOWN = 20;

  @PersistenceContext private EntityManager em;
  @Inject private Accounts accounts;
  @Inject private PartnerAdministration partners;
  @Inject private AuditTrail trail;
  @Inject private AuditLog audit;
  @Inject private Callers callers;
  @Inject private Clock clock;

  /**
   * Lets a page of the console open: nothing to do beyond the declaration, which refuses (audited)
   * anyone but a central agent before the page shows anything.
   */
  public void checkAccess() {}

  /** The dashboard (R-C1, R-D3). */
  public CentralOverview overview() {
    ZoneId zone = clock.getZone();
    LocalDate today = LocalDate.now(clock);
    return new CentralOverview(
        partners.count(null, false),
        partners.count(null, true),
        partners.page(null, true, 0, UNCOVERED_SHOWN, "name", true),
        countsByState(
            "SELECT a.state, COUNT(a) FROM UserAccount a GROUP BY a.state", AccountState.values()),
        countsByState(
            "SELECT c.state, COUNT(c) FROM RegistrationCode c GROUP BY c.state",
            ca.qc.portail.registration.RegistrationCodeState.values()),
        trail.count(new AuditCriteria(null, null, null, null, today, today), zone));
  }

  public long partnerCount(String filter, boolean withoutOfficerOnly) {
    return partners.count(filter, withoutOfficerOnly);
  }

  public List<PartnerSummary> partnerPage(
      String filter,
      boolean withoutOfficerOnly,
      int first,
      int size,
      String sortField,
      boolean ascending) {
    return partners.page(filter, withoutOfficerOnly, first, size, sortField, ascending);
  }

  public Optional<PartnerDetail> partner(long partnerId) {
    return partners.detail(partnerId);
  }

  /** Creates a partner (R-C1); a refused entry stores nothing and is audited as a FAILURE. */
  public PartnerChange createPartner(PartnerData data) {
    PartnerChange change = partners.create(data, clock.instant());
    record(AuditAction.PARTNER_CREATED, change, change.id(), PartnerRules.normalise(data).name());
    return change;
  }

  /** Replaces a partner's entry (R-C1); empty when there is no such partner. */
  public Optional<PartnerChange> updatePartner(long partnerId, PartnerData data) {
    Optional<PartnerChange> change = partners.update(partnerId, data);
    change.ifPresent(
        c ->
            record(AuditAction.PARTNER_UPDATED, c, partnerId, PartnerRules.normalise(data).name()));
    return change;
  }

  /** Adds an agreement to a partner (R-C1); empty when there is no such partner. */
  public Optional<PartnerChange> addAgreement(long partnerId, AgreementData data) {
    Optional<PartnerChange> change = partners.addAgreement(partnerId, data);
    change.ifPresent(
        c ->
            record(
                AuditAction.AGREEMENT_ADDED,
                c,
                partnerId,
                "Entente " + PartnerRules.normalise(data).number()));
    return change;
  }

  /** Replaces an agreement of a partner (R-C1); empty when the partner has no such agreement. */
  public Optional<PartnerChange> updateAgreement(
      long partnerId, long agreementId, AgreementData data) {
    String before = partners.agreementNumber(agreementId);
    Optional<PartnerChange> change = partners.updateAgreement(partnerId, agreementId, data);
    change.ifPresent(
        c ->
            record(
                AuditAction.AGREEMENT_UPDATED,
                c,
                partnerId,
                "Entente " + before + " → " + PartnerRules.normalise(data).number()));
    return change;
  }

  /** R-C7: how many audit records match. */
  public long auditCount(AuditCriteria criteria) {
    return trail.count(criteria, clock.getZone());
  }

  /** R-C7: one page of matching audit records. */
  public List<AuditEntry> auditPage(
      AuditCriteria criteria, int first, int size, String sortField, boolean ascending) {
    return trail.page(criteria, clock.getZone(), first, size, sortField, ascending);
  }

  /**
   * R-C7: streams every matching record to {@code sink} as it is read; returns how many. The export
   * is recorded first, in a transaction of its own, so it stays recorded even if the download is
   * interrupted.
   */
  public long exportAudit(AuditCriteria criteria, Consumer<AuditEntry> sink) {
    audit.writeOnItsOwn(
        callers
            .current()
            .record(AuditAction.AUDIT_EXPORTED, AuditOutcome.SUCCESS)
            .detail("AUDIT_EXPORTED", criteria.describe()));
    return trail.stream(criteria, clock.getZone(), sink);
  }

  private void record(AuditAction action, PartnerChange change, Long partnerId, String what) {
    audit.write(
        callers
            .current()
            .record(action, change.succeeded() ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE)
            .on(null, partnerId)
            .detail(
                change.succeeded() ? "PARTNER_SAVED" : "PARTNER_REFUSED",
                what,
                Phrase.keys(change.violations(), PartnerViolation::messageKey)));
  }

  private <E extends Enum<E>> Map<String, Long> countsByState(String jpql, E[] states) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (E state : states) {
      counts.put(state.name(), 0L);
    }
    for (Object[] row : em.createQuery(jpql, Object[].class).getResultList()) {
      counts.put(row[0].toString(), (Long) row[1]);
    }
    return counts;
  }
}
