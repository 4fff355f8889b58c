package ca.qc.portail.audit;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * R-C7: searches the audit trail in the database — counted, paged and sorted there, never loaded
 * whole — and streams it for the CSV export through a forward-only cursor read {@link #FETCH_SIZE}
 * rows at a time. Plain SQL (portable between PostgreSQL and H2) so the page and the export run the
 * very same query.
 *
 * <p>{@code MANDATORY}: only {@code administration.CentralConsole} calls it, once it has checked
 * that the caller is a central agent.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class AuditTrail {

  /** Rows the JDBC driver holds at once while exporting. */
  static final int FETCH_SIZE = 500;

  private static final String COLUMNS =
      "SELECT e.id, e.occurred_at, e.actor, e.actor_account_id, e.client_address, e.action,"
          + " e.outcome, e.target_account_id, t.user_code, t.first_name, t.last_name,"
          + " e.partner_id, p.name, e.detail"
          + " FROM audit_event e"
          + " LEFT JOIN user_account t ON t.id = e.target_account_id"
          + " LEFT JOIN partner p ON p.id = e.partner_id";

  /** The columns the page may be sorted on, by the page's names; newest first otherwise. */
  private static final Map<String, String> SORTABLE =
      Map.of(
          "occurredAt", "e.occurred_at",
          "actor", "e.actor",
          "action", "e.action",
          "outcome", "e.outcome");

  private static final String ACCOUNT_MATCHES =
      "SELECT u.id FROM user_account u WHERE u.user_code_key = ? OR u.email_key = ?"
          + " OR LOWER(u.last_name) LIKE ? OR LOWER(u.first_name || ' ' || u.last_name) LIKE ?";

  @Resource(lookup = "jdbc/portail")
  private DataSource dataSource;

  /** How many records match. */
  public long count(AuditCriteria criteria, ZoneId zone) {
    Query q = query(criteria, zone);
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM audit_event e" + q.where)) {
      q.bind(s);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    } catch (SQLException e) {
      throw new EJBException(e);
    }
  }

  /** One page of matching records. */
  public List<AuditEntry> page(
      AuditCriteria criteria,
      ZoneId zone,
      int first,
      int size,
      String sortField,
      boolean ascending) {
    Query q = query(criteria, zone);
    String column = SORTABLE.get(sortField == null ? "" : sortField);
    String order =
        column == null
            ? " ORDER BY e.occurred_at DESC, e.id DESC"
            : " ORDER BY " + column + (ascending ? " ASC" : " DESC") + ", e.id DESC";
    List<AuditEntry> entries = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                COLUMNS + q.where + order + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
      int next = q.bind(s);
      s.setInt(next, Math.max(0, first));
      s.setInt(next + 1, Math.max(1, size));
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          entries.add(entry(r));
        }
      }
    } catch (SQLException e) {
      throw new EJBException(e);
    }
    return entries;
  }

  /**
   * Hands every matching record, oldest first, to {@code sink} as it is read; returns how many.
   * Nothing is collected: memory stays at one fetch, whatever the size of the trail.
   */
  public long stream(AuditCriteria criteria, ZoneId zone, Consumer<AuditEntry> sink) {
    Query q = query(criteria, zone);
    long rows = 0;
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                COLUMNS + q.where + " ORDER BY e.occurred_at, e.id",
                ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY)) {
      // PostgreSQL uses a cursor (instead of reading every row first) only with a fetch size
      // inside a transaction, which MANDATORY guarantees.
      s.setFetchSize(FETCH_SIZE);
      q.bind(s);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          sink.accept(entry(r));
          rows++;
        }
      }
    } catch (SQLException e) {
      throw new EJBException(e);
    }
    return rows;
  }

  private static AuditEntry entry(ResultSet r) throws SQLException {
    String first = r.getString(10);
    String last = r.getString(11);
    return new AuditEntry(
        r.getLong(1),
        r.getObject(2, OffsetDateTime.class).toInstant(),
        r.getString(3),
        nullableLong(r, 4),
        r.getString(5),
        r.getString(6),
        r.getString(7),
        nullableLong(r, 8),
        r.getString(9),
        first == null ? null : first + " " + last,
        nullableLong(r, 12),
        r.getString(13),
        r.getString(14));
  }

  private static Long nullableLong(ResultSet r, int column) throws SQLException {
    long value = r.getLong(column);
    return r.wasNull() ? null : value;
  }

  /** The WHERE clause of the criteria and its parameters, in order. */
  static Query query(AuditCriteria criteria, ZoneId zone) {
    List<String> conditions = new ArrayList<>();
    List<Object> parameters = new ArrayList<>();
    String person = blankToNull(criteria.person());
    if (person != null) {
      String key = person.toLowerCase(Locale.ROOT);
      String like = "%" + likeEscaped(key) + "%";
      conditions.add(
          "(LOWER(e.actor) = ? OR e.actor_account_id IN ("
              + ACCOUNT_MATCHES
              + ") OR e.target_account_id IN ("
              + ACCOUNT_MATCHES
              + "))");
      parameters.add(key);
      for (int i = 0; i < 2; i++) {
        parameters.add(key);
        parameters.add(key);
        parameters.add(like);
        parameters.add(like);
      }
    }
    String partner = blankToNull(criteria.partner());
    if (partner != null) {
      String key = partner.toLowerCase(Locale.ROOT);
      conditions.add(
          "e.partner_id IN (SELECT q.id FROM partner q WHERE LOWER(q.name) LIKE ? OR q.neq = ?)");
      parameters.add("%" + likeEscaped(key) + "%");
      parameters.add(key.replace(" ", ""));
    }
    if (criteria.action() != null) {
      conditions.add("e.action = ?");
      parameters.add(criteria.action().name());
    }
    if (criteria.outcome() != null) {
      conditions.add("e.outcome = ?");
      parameters.add(criteria.outcome().name());
    }
    if (criteria.from() != null) {
      conditions.add("e.occurred_at >= ?");
      parameters.add(criteria.from().atStartOfDay(zone).toOffsetDateTime());
    }
    if (criteria.to() != null) {
      // The whole last day, in the ministry's time zone: up to the start of the next one.
      conditions.add("e.occurred_at < ?");
      parameters.add(criteria.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime());
    }
    return new Query(
        conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), parameters);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** The typed text matched literally: LIKE's wildcards are dropped rather than honoured. */
  private static String likeEscaped(String text) {
    return text.replace("%", "").replace("_", "");
  }

  record Query(String where, List<Object> parameters) {
    /** Binds the parameters; returns the index of the next one. */
    int bind(PreparedStatement s) throws SQLException {
      int i = 1;
      for (Object p : parameters) {
        s.setObject(i++, p);
      }
      return i;
    }
  }
}
