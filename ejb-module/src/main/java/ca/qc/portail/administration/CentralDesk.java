package ca.qc.portail.administration;

import ca.qc.portail.account.AccountState;
import ca.qc.portail.account.Accounts;
import ca.qc.portail.account.InternalRole;
import ca.qc.portail.account.UserAccount;
import ca.qc.portail.audit.AuditAction;
import ca.qc.portail.audit.AuditCriteria;
import ca.qc.portail.audit.AuditEntry;
import ca.qc.portail.audit.AuditLog;
import ca.qc.portail.audit.AuditOutcome;
import ca.qc.portail.audit.AuditRecord;
import ca.qc.portail.audit.AuditTrail;
import ca.qc.portail.partner.AgreementData;
import ca.qc.portail.partner.PartnerAdministration;
import ca.qc.portail.partner.PartnerChange;
import ca.qc.portail.partner.PartnerData;
import ca.qc.portail.partner.PartnerDetail;
import ca.qc.portail.partner.PartnerRules;
import ca.qc.portail.partner.PartnerSummary;
import ca.qc.portail.partner.PartnerViolation;
import ca.qc.portail.security.AccessRefusedException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
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
import java.util.stream.Collectors;

/**
 * The central security group's console for a given agent: the rules behind {@link CentralConsole},
 * which is the only caller and passes the container principal's account. Kept apart so container
 * tests, which cannot sign in, can run them as any account — a plain user and an officer included.
 *
 * <p>Every method first checks that the account is an Actif holder of {@link
 * InternalRole#AGENT_CENTRAL}; anyone else gets {@link AccessRefusedException} and an {@code
 * ACCESS_REFUSED} record. {@code MANDATORY}: pages have no transaction, so they cannot call this
 * bean with an account id of their own.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class CentralDesk {

  /** Partners without an Actif officer listed on the dashboard; the rest are one click away. */
  public static final int UNCOVERED_SHOWN = 20;

  @PersistenceContext private EntityManager em;
  @Inject private Accounts accounts;
  @Inject private PartnerAdministration partners;
  @Inject private AuditTrail trail;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  /** Refuses (audited) anyone but an Actif central agent; {@code page} names what was asked. */
  public UserAccount checkAccess(long agentId, String clientAddress, String page) {
    UserAccount caller = accounts.find(agentId).orElse(null);
    if (caller == null || !caller.isActiveWith(InternalRole.AGENT_CENTRAL)) {
      audit.write(
          AuditRecord.of(AuditAction.ACCESS_REFUSED, AuditOutcome.REFUSED)
              .by(caller == null ? "Compte " + agentId : caller.loginName(), agentId)
              .from(clientAddress)
              .on(agentId, caller == null ? null : caller.partnerId())
              .detail("Groupe central de la sécurité : " + page));
      throw new AccessRefusedException("Not a central security agent: " + page);
    }
    return caller;
  }

  /** The dashboard (R-C1, R-D3). */
  public CentralOverview overview(long agentId, String clientAddress) {
    checkAccess(agentId, clientAddress, "Console");
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

  public long partnerCount(
      long agentId, String clientAddress, String filter, boolean withoutOfficerOnly) {
    checkAccess(agentId, clientAddress, "Organismes");
    return partners.count(filter, withoutOfficerOnly);
  }

  public List<PartnerSummary> partnerPage(
      long agentId,
      String clientAddress,
      String filter,
      boolean withoutOfficerOnly,
      int first,
      int size,
      String sortField,
      boolean ascending) {
    checkAccess(agentId, clientAddress, "Organismes");
    return partners.page(filter, withoutOfficerOnly, first, size, sortField, ascending);
  }

  public Optional<PartnerDetail> partner(long agentId, String clientAddress, long partnerId) {
    checkAccess(agentId, clientAddress, "Organisme " + partnerId);
    return partners.detail(partnerId);
  }

  /** Creates a partner (R-C1); a refused entry stores nothing and is audited as a FAILURE. */
  public PartnerChange createPartner(long agentId, String clientAddress, PartnerData data) {
    UserAccount agent = checkAccess(agentId, clientAddress, "Créer un organisme");
    PartnerChange change = partners.create(data, clock.instant());
    record(
        agent,
        clientAddress,
        AuditAction.PARTNER_CREATED,
        change,
        change.id(),
        PartnerRules.normalise(data).name());
    return change;
  }

  /** Replaces a partner's entry (R-C1); empty when there is no such partner. */
  public Optional<PartnerChange> updatePartner(
      long agentId, String clientAddress, long partnerId, PartnerData data) {
    UserAccount agent = checkAccess(agentId, clientAddress, "Modifier l'organisme " + partnerId);
    Optional<PartnerChange> change = partners.update(partnerId, data);
    change.ifPresent(
        c ->
            record(
                agent,
                clientAddress,
                AuditAction.PARTNER_UPDATED,
                c,
                partnerId,
                PartnerRules.normalise(data).name()));
    return change;
  }

  /** Adds an agreement to a partner (R-C1); empty when there is no such partner. */
  public Optional<PartnerChange> addAgreement(
      long agentId, String clientAddress, long partnerId, AgreementData data) {
    UserAccount agent = checkAccess(agentId, clientAddress, "Ajouter une entente " + partnerId);
    Optional<PartnerChange> change = partners.addAgreement(partnerId, data);
    change.ifPresent(
        c ->
            record(
                agent,
                clientAddress,
                AuditAction.AGREEMENT_ADDED,
                c,
                partnerId,
                "Entente " + PartnerRules.normalise(data).number()));
    return change;
  }

  /** Replaces an agreement of a partner (R-C1); empty when the partner has no such agreement. */
  public Optional<PartnerChange> updateAgreement(
      long agentId, String clientAddress, long partnerId, long agreementId, AgreementData data) {
    UserAccount agent = checkAccess(agentId, clientAddress, "Modifier l'entente " + agreementId);
    String before = partners.agreementNumber(agreementId);
    Optional<PartnerChange> change = partners.updateAgreement(partnerId, agreementId, data);
    change.ifPresent(
        c ->
            record(
                agent,
                clientAddress,
                AuditAction.AGREEMENT_UPDATED,
                c,
                partnerId,
                "Entente " + before + " → " + PartnerRules.normalise(data).number()));
    return change;
  }

  /** R-C7: how many audit records match. */
  public long auditCount(long agentId, String clientAddress, AuditCriteria criteria) {
    checkAccess(agentId, clientAddress, "Journal d'audit");
    return trail.count(criteria, clock.getZone());
  }

  /** R-C7: one page of matching audit records. */
  public List<AuditEntry> auditPage(
      long agentId,
      String clientAddress,
      AuditCriteria criteria,
      int first,
      int size,
      String sortField,
      boolean ascending) {
    checkAccess(agentId, clientAddress, "Journal d'audit");
    return trail.page(criteria, clock.getZone(), first, size, sortField, ascending);
  }

  /**
   * R-C7: streams every matching record to {@code sink} as it is read; returns how many. The export
   * is recorded first, in a transaction of its own, so it stays recorded even if the download is
   * interrupted.
   */
  public long exportAudit(
      long agentId, String clientAddress, AuditCriteria criteria, Consumer<AuditEntry> sink) {
    UserAccount agent = checkAccess(agentId, clientAddress, "Exportation du journal d'audit");
    audit.writeOnItsOwn(
        AuditRecord.of(AuditAction.AUDIT_EXPORTED, AuditOutcome.SUCCESS)
            .by(agent.loginName(), agent.getId())
            .from(clientAddress)
            .detail("Exportation CSV : " + criteria.describe()));
    return trail.stream(criteria, clock.getZone(), sink);
  }

  /** The ministry's time zone, in which the audit's dates are given. */
  public ZoneId zone() {
    return clock.getZone();
  }

  private void record(
      UserAccount agent,
      String clientAddress,
      AuditAction action,
      PartnerChange change,
      Long partnerId,
      String what) {
    audit.write(
        AuditRecord.of(action, change.succeeded() ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE)
            .by(agent.loginName(), agent.getId())
            .from(clientAddress)
            .on(null, partnerId)
            .detail(
                change.succeeded()
                    ? what
                    : what
                        + " — refusé : "
                        + change.violations().stream()
                            .map(PartnerViolation::name)
                            .collect(Collectors.joining(", "))));
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
