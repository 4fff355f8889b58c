package ca.qc.portail.web.exchange;

import static ca.qc.portail.web.TestPeople.connect;

import ca.qc.portail.web.TestPeople;
import ca.qc.portail.web.TestProjects;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Exchange projects a browser test needs (R-E1), written straight into the module's test database
 * as {@link TestPeople} writes people: a code of their own, the partner's members and the staff
 * responsables given. What the tests then check goes through the pages and services.
 */
final class ExchangeTestData {

  private ExchangeTestData() {}

  /** A project with its consent text (or none), single-download flag and expiry period. */
  static TestProjects.Project project(
      TestPeople.Partner partner,
      String consent,
      boolean singleDownload,
      int expiryDays,
      List<TestPeople.Person> members,
      List<TestPeople.Person> responsables) {
    return TestProjects.project(
        partner, null, consent, singleDownload, expiryDays, members, responsables);
  }

  /** The versions of the project's consent text this account confirmed (R-E7). */
  static List<Integer> consents(long projectId, long accountId) {
    return ints(
        "SELECT consent_version FROM exchange_consent WHERE project_id = ? AND account_id = ?"
            + " ORDER BY consent_version",
        projectId,
        accountId);
  }

  /** The accounts taking part in a project, as {@code ROLE:id}. */
  static List<String> participants(long projectId) {
    List<String> found = new ArrayList<>();
    query(
        "SELECT role, account_id FROM exchange_participant WHERE project_id = ? ORDER BY id",
        rs -> found.add(rs.getString(1) + ":" + rs.getLong(2)),
        projectId);
    return found;
  }

  /** The project of this code, if any. */
  static List<Long> projectsWithCode(String code) {
    List<Long> found = new ArrayList<>();
    query("SELECT id FROM exchange_project WHERE code = ?", rs -> found.add(rs.getLong(1)), code);
    return found;
  }

  /** The details of the audit records of this account for an action, oldest first. */
  static List<String> audit(long accountId, String action) {
    List<String> found = new ArrayList<>();
    query(
        "SELECT detail FROM audit_event WHERE actor_account_id = ? AND action = ? ORDER BY id",
        rs -> found.add(rs.getString(1)),
        accountId,
        action);
    return found;
  }

  private interface Row {
    void read(ResultSet rs) throws SQLException;
  }

  private static List<Integer> ints(String sql, Object... parameters) {
    List<Integer> found = new ArrayList<>();
    query(sql, rs -> found.add(rs.getInt(1)), parameters);
    return found;
  }

  private static void query(String sql, Row row, Object... parameters) {
    try (Connection db = connect();
        PreparedStatement statement = db.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          row.read(rs);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
