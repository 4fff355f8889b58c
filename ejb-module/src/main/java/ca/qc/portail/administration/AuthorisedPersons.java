package ca.qc.portail.administration;

import ca.qc.portail.account.AccountState;
import ca.qc.portail.account.Profile;
import ca.qc.portail.account.SearchKey;
import ca.qc.portail.account.UserAccount;
import ca.qc.portail.registration.RegistrationCodeState;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The *Liste des personnes autorisées* (R-S2) as Criteria queries on {@link SecurityFileEntry}: the
 * WHERE (scope and filters), ORDER BY, offset and limit, and the count, are all the database's.
 * Only {@link SecurityFiles} uses it, with the scope of the caller its declaration checked.
 */
final class AuthorisedPersons {

  private static final Set<String> STATES =
      Set.of(
          AccountState.ACTIF.name(),
          AccountState.VERROUILLE.name(),
          AccountState.EXPIRE.name(),
          AccountState.INACTIF.name(),
          RegistrationCodeState.SUSPENDU.name());

  private final EntityManager em;

  AuthorisedPersons(EntityManager em) {
    this.em = em;
  }

  /** A page of the persons of {@code partnerId} (null: every partner, for central). */
  List<ListedPerson> page(Long partnerId, ListQuery query) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<SecurityFileEntry> select = cb.createQuery(SecurityFileEntry.class);
    Root<SecurityFileEntry> entry = select.from(SecurityFileEntry.class);
    select.where(where(cb, select, entry, partnerId, query.filters()));
    select.orderBy(order(cb, entry, query.sort(), query.ascending()));
    return em
        .createQuery(select)
        .setFirstResult(query.first())
        .setMaxResults(query.max())
        .getResultList()
        .stream()
        .map(SecurityFileEntry::toListed)
        .toList();
  }

  /** How many persons of {@code partnerId} (null: every partner) match the filters. */
  long count(Long partnerId, Map<ListColumn, String> filters) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> count = cb.createQuery(Long.class);
    Root<SecurityFileEntry> counted = count.from(SecurityFileEntry.class);
    count.select(cb.count(counted)).where(where(cb, count, counted, partnerId, filters));
    return em.createQuery(count).getSingleResult();
  }

  private static Predicate[] where(
      CriteriaBuilder cb,
      CriteriaQuery<?> query,
      Root<SecurityFileEntry> entry,
      Long partnerId,
      Map<ListColumn, String> filters) {
    List<Predicate> predicates = new ArrayList<>();
    if (partnerId != null) {
      predicates.add(cb.equal(entry.get("partnerId"), partnerId));
    }
    for (Map.Entry<ListColumn, String> filter : filters.entrySet()) {
      String value = filter.getValue() == null ? "" : filter.getValue().strip();
      if (value.isEmpty()) {
        continue;
      }
      ListColumn column = filter.getKey();
      switch (column) {
        case USER_CODE, EMAIL ->
            predicates.add(cb.like(entry.get(column.attribute()), prefix(value), '\\'));
        case LAST_NAME, FIRST_NAME ->
            predicates.add(
                cb.like(entry.get(column.attribute()), prefix(SearchKey.of(value)), '\\'));
        case PARTNER ->
            predicates.add(cb.like(cb.lower(entry.get(column.attribute())), prefix(value), '\\'));
        case STATE ->
            predicates.add(
                STATES.contains(value) ? cb.equal(entry.get("state"), value) : cb.disjunction());
        case PROFILE -> predicates.add(hasProfile(cb, query, entry, value));
        case EXPIRY_DATE -> {
          try {
            predicates.add(
                cb.lessThanOrEqualTo(entry.<LocalDate>get("expiryDate"), LocalDate.parse(value)));
          } catch (DateTimeParseException e) {
            predicates.add(cb.disjunction());
          }
        }
      }
    }
    return predicates.toArray(Predicate[]::new);
  }

  private static Predicate hasProfile(
      CriteriaBuilder cb, CriteriaQuery<?> query, Root<SecurityFileEntry> entry, String value) {
    Profile profile;
    try {
      profile = Profile.valueOf(value);
    } catch (IllegalArgumentException e) {
      return cb.disjunction();
    }
    Subquery<Long> holders = query.subquery(Long.class);
    Root<UserAccount> account = holders.from(UserAccount.class);
    holders.select(account.<Long>get("id")).where(cb.equal(account.join("profiles"), profile));
    return entry.get("accountId").in(holders);
  }

  private static List<Order> order(
      CriteriaBuilder cb, Root<SecurityFileEntry> entry, ListColumn sort, boolean ascending) {
    List<Order> orders = new ArrayList<>();
    if (sort != null) {
      Expression<?> key = sortKey(cb, entry, sort);
      orders.add(ascending ? cb.asc(key) : cb.desc(key));
    }
    if (sort != ListColumn.LAST_NAME) {
      orders.add(cb.asc(entry.get(ListColumn.LAST_NAME.attribute())));
    }
    orders.add(cb.asc(entry.get("accountId")));
    return orders;
  }

  private static Expression<?> sortKey(
      CriteriaBuilder cb, Root<SecurityFileEntry> entry, ListColumn sort) {
    Path<?> path = entry.get(sort.attribute());
    return switch (sort) {
      case PARTNER -> cb.lower(entry.get(sort.attribute()));
      default -> path;
    };
  }

  /** A LIKE pattern matching values that begin with {@code value}, ignoring case. */
  static String prefix(String value) {
    return value
            .toLowerCase(Locale.ROOT)
            .replace("\\", "\\\\")
            .replace("%", "\\%")
            .replace("_", "\\_")
        + "%";
  }
}
