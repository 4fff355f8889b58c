package ca.qc.portail.partner;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * R-C1: partners and their agreements as the central security group manages them — the list (paged,
 * sorted and filtered by the database), the entries (checked by {@link PartnerRules}, uniqueness
 * here), and R-D3's flag of partners without an Actif security officer.
 *
 * <p>{@code MANDATORY}: only {@code administration.CentralConsole} calls it, after checking that
 * the caller is a central agent and before writing the audit record, in one transaction.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class PartnerAdministration {

  /** The columns the list may be sorted on, by the page's names. */
  private static final Map<String, String> SORTABLE =
      Map.of(
          "name", "p.name",
          "neq", "p.neq",
          "postalCode", "p.postalCode",
          "phone", "p.phone",
          "nonProfit", "p.nonProfit");

  /**
   * R-D3: the partner has an Actif account holding a security officer profile. Verrouillé, Expiré
   * and Inactif officers do not count: a locked officer cannot act until unlocked.
   */
  private static final String COVERED =
      "EXISTS (SELECT a.id FROM UserAccount a JOIN a.profiles pr WHERE a.partner = p"
          + " AND a.state = ca.qc.portail.account.AccountState.ACTIF"
          + " AND pr IN (ca.qc.portail.account.Profile.RESPONSABLE_PRINCIPAL,"
          + " ca.qc.portail.account.Profile.RESPONSABLE_AUXILIAIRE))";

  @PersistenceContext private EntityManager em;

  /** How many partners match {@code filter} (name or NEQ; null for all). */
  public long count(String filter, boolean withoutOfficerOnly) {
    TypedQuery<Long> query =
        em.createQuery(
            "SELECT COUNT(p) FROM Partner p" + where(filter, withoutOfficerOnly), Long.class);
    bind(query, filter);
    return query.getSingleResult();
  }

  /** One page of the list, sorted on a column of {@link #SORTABLE} (by name otherwise). */
  public List<PartnerSummary> page(
      String filter,
      boolean withoutOfficerOnly,
      int first,
      int size,
      String sortField,
      boolean ascending) {
    String order = SORTABLE.getOrDefault(sortField == null ? "" : sortField, "p.name");
    TypedQuery<Partner> query =
        em.createQuery(
            "SELECT p FROM Partner p"
                + where(filter, withoutOfficerOnly)
                + " ORDER BY "
                + order
                + (ascending ? " ASC" : " DESC")
                + ", p.id",
            Partner.class);
    bind(query, filter);
    List<Partner> partners = query.setFirstResult(first).setMaxResults(size).getResultList();
    Set<Long> covered = covered(partners.stream().map(Partner::getId).toList());
    return partners.stream()
        .map(
            p ->
                new PartnerSummary(
                    p.getId(),
                    p.getName(),
                    p.getNeq(),
                    p.getPostalCode(),
                    p.getPhone(),
                    p.isNonProfit(),
                    !covered.contains(p.getId())))
        .toList();
  }

  public Optional<PartnerDetail> detail(long id) {
    Partner partner = em.find(Partner.class, id);
    if (partner == null) {
      return Optional.empty();
    }
    List<AgreementEntry> agreements =
        em
            .createQuery(
                "SELECT a FROM Agreement a WHERE a.partner.id = :id"
                    + " ORDER BY a.startDate DESC, a.number",
                Agreement.class)
            .setParameter("id", id)
            .getResultList()
            .stream()
            .map(a -> new AgreementEntry(a.getId(), a.data()))
            .toList();
    return Optional.of(
        new PartnerDetail(id, partner.data(), !covered(List.of(id)).contains(id), agreements));
  }

  /** Creates a partner, or stores nothing and returns every violation. */
  public PartnerChange create(PartnerData entry, Instant now) {
    PartnerData data = PartnerRules.normalise(entry);
    List<PartnerViolation> violations = partnerViolations(data, null);
    if (!violations.isEmpty()) {
      return PartnerChange.refused(violations);
    }
    Partner partner = new Partner(data.name(), data.neq(), data.nonProfit(), now);
    partner.update(data);
    em.persist(partner);
    em.flush();
    return PartnerChange.stored(partner.getId());
  }

  /** Replaces a partner's entry; empty when there is no such partner. */
  public Optional<PartnerChange> update(long id, PartnerData entry) {
    Partner partner = em.find(Partner.class, id);
    if (partner == null) {
      return Optional.empty();
    }
    PartnerData data = PartnerRules.normalise(entry);
    List<PartnerViolation> violations = partnerViolations(data, id);
    if (violations.isEmpty()) {
      partner.update(data);
      em.flush();
      return Optional.of(PartnerChange.stored(id));
    }
    return Optional.of(PartnerChange.refused(violations));
  }

  /** Adds an agreement to a partner; empty when there is no such partner. */
  public Optional<PartnerChange> addAgreement(long partnerId, AgreementData entry) {
    Partner partner = em.find(Partner.class, partnerId);
    if (partner == null) {
      return Optional.empty();
    }
    AgreementData data = PartnerRules.normalise(entry);
    List<PartnerViolation> violations = agreementViolations(data, null);
    if (!violations.isEmpty()) {
      return Optional.of(PartnerChange.refused(violations));
    }
    Agreement agreement =
        partner.addAgreement(
            new Agreement(
                data.number(), data.family(), data.measure(), data.startDate(), data.endDate()));
    em.flush();
    return Optional.of(PartnerChange.stored(agreement.getId()));
  }

  /** Replaces an agreement of the partner; empty when the partner has no such agreement. */
  public Optional<PartnerChange> updateAgreement(
      long partnerId, long agreementId, AgreementData entry) {
    Agreement agreement = em.find(Agreement.class, agreementId);
    if (agreement == null || !agreement.getPartner().getId().equals(partnerId)) {
      return Optional.empty();
    }
    AgreementData data = PartnerRules.normalise(entry);
    List<PartnerViolation> violations = agreementViolations(data, agreementId);
    if (!violations.isEmpty()) {
      return Optional.of(PartnerChange.refused(violations));
    }
    agreement.update(data);
    em.flush();
    return Optional.of(PartnerChange.stored(agreementId));
  }

  /** The agreement's number, for audit details; null when there is none. */
  public String agreementNumber(long agreementId) {
    Agreement agreement = em.find(Agreement.class, agreementId);
    return agreement == null ? null : agreement.getNumber();
  }

  private List<PartnerViolation> partnerViolations(PartnerData data, Long self) {
    List<PartnerViolation> violations = new ArrayList<>(PartnerRules.check(data));
    if (!violations.contains(PartnerViolation.NEQ_FORMAT)
        && data.neq() != null
        && !em.createQuery(
                "SELECT p.id FROM Partner p WHERE p.neq = :neq AND p.id <> :self", Long.class)
            .setParameter("neq", data.neq())
            .setParameter("self", self == null ? -1L : self)
            .setMaxResults(1)
            .getResultList()
            .isEmpty()) {
      violations.add(PartnerViolation.NEQ_TAKEN);
    }
    return violations;
  }

  private List<PartnerViolation> agreementViolations(AgreementData data, Long self) {
    List<PartnerViolation> violations = new ArrayList<>(PartnerRules.check(data));
    if (data.number() != null
        && !violations.contains(PartnerViolation.AGREEMENT_NUMBER_FORMAT)
        && !em.createQuery(
                "SELECT a.id FROM Agreement a WHERE a.number = :number AND a.id <> :self",
                Long.class)
            .setParameter("number", data.number())
            .setParameter("self", self == null ? -1L : self)
            .setMaxResults(1)
            .getResultList()
            .isEmpty()) {
      violations.add(PartnerViolation.AGREEMENT_NUMBER_TAKEN);
    }
    return violations;
  }

  private Set<Long> covered(List<Long> ids) {
    if (ids.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(
        em.createQuery("SELECT p.id FROM Partner p WHERE p.id IN :ids AND " + COVERED, Long.class)
            .setParameter("ids", ids)
            .getResultList());
  }

  private static String where(String filter, boolean withoutOfficerOnly) {
    List<String> conditions = new ArrayList<>();
    if (filter != null && !filter.isBlank()) {
      conditions.add("(LOWER(p.name) LIKE :text OR p.neq LIKE :neq)");
    }
    if (withoutOfficerOnly) {
      conditions.add("NOT " + COVERED);
    }
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }

  private static void bind(TypedQuery<?> query, String filter) {
    if (filter != null && !filter.isBlank()) {
      String text = filter.strip().toLowerCase(Locale.ROOT);
      query.setParameter("text", "%" + likeEscaped(text) + "%");
      query.setParameter("neq", likeEscaped(text.replace(" ", "")) + "%");
    }
  }

  /** The typed text matched literally: LIKE's wildcards are removed rather than honoured. */
  static String likeEscaped(String text) {
    return text.replace("%", "").replace("_", "");
  }
}
