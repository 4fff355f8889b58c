package ca.qc.portail.web;

import ca.qc.portail.account.InternalRole;
import ca.qc.portail.account.Profile;
import ca.qc.portail.partner.MeasureFamily;
import ca.qc.portail.web.TestPeople.Partner;
import ca.qc.portail.web.TestPeople.Person;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Exchange projects for browser tests (R-E1), written into the test database as {@link TestPeople}
 * writes people: a new code each, the guide's defaults (quotas of 10, 45 days), no consent text.
 */
final class TestProjects {
  private TestProjects() {}

  /** A project made here: "CODE - Name" as the pages show it. */
  record Project(long id, String code, String name) {
    String label() {
      return code + " - " + name;
    }
  }

  /** A project of a new partner with one member and one responsable (ministry staff). */
  record Exchange(Project project, Person member, Person staff) {}

  /** "Projet 001" of a new CÉGEP, with Marie Tremblay as member and Julie Morin as responsable. */
  static Exchange exchange() {
    Partner cegep = TestPeople.partner("CÉGEP DE SHERBROOKE", MeasureFamily.FORMATION);
    TestPeople.principalOfficer(cegep, "Joseph", "Labonté");
    Person member = TestPeople.user(cegep, "Marie", "Tremblay", Profile.UTILISATEUR_INDIVIDUS);
    Person staff = TestPeople.agent("Julie", "Morin", InternalRole.PERSONNEL);
    Project project = project(cegep, "Projet 001", List.of(member), List.of(staff));
    return new Exchange(project, member, staff);
  }

  /** One stored part of an upload: where it starts in the plaintext and how long it is. */
  record Part(int index, long plainOffset, long plainLength) {}

  /** A project of {@code partner} with these members (its people) and responsables (staff). */
  static Project project(
      Partner partner, String name, List<Person> members, List<Person> responsables) {
    String code = ("P" + TestPeople.unique()).toUpperCase(Locale.ROOT);
    try (Connection db = TestPeople.connect()) {
      db.setAutoCommit(false);
      long id = TestPeople.nextId(db, "exchange_project_seq");
      TestPeople.update(
          db,
          "INSERT INTO exchange_project (id, code, name, partner_id, download_quota, upload_quota,"
              + " expiry_days, created_at) VALUES (?, ?, ?, ?, 10, 10, 45, ?)",
          id,
          code,
          name,
          partner.id(),
          Timestamp.from(Instant.now()));
      for (Person member : members) {
        participant(db, id, member, "MEMBRE");
      }
      for (Person responsable : responsables) {
        participant(db, id, responsable, "RESPONSABLE");
      }
      db.commit();
      return new Project(id, code, name);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void participant(Connection db, long project, Person person, String role)
      throws SQLException {
    TestPeople.update(
        db,
        "INSERT INTO exchange_participant (id, project_id, account_id, role) VALUES (?, ?, ?, ?)",
        TestPeople.nextId(db, "exchange_participant_seq"),
        project,
        person.id(),
        role);
  }

  /** The parts stored for an upload, in order (R-E9: what a resumed upload did not send again). */
  static List<Part> parts(long uploadId) {
    return query(
        "SELECT part_index, plain_offset, plain_length FROM exchange_upload_part"
            + " WHERE upload_id = ? ORDER BY part_index",
        uploadId,
        r -> new Part(r.getInt(1), r.getLong(2), r.getLong(3)));
  }

  /** The state of an upload (OUVERT, TERMINE, ANNULE, REFUSE…). */
  static String uploadState(long uploadId) {
    return query("SELECT state FROM exchange_upload WHERE id = ?", uploadId, r -> r.getString(1))
        .get(0);
  }

  /** The uploads of a project, newest first. */
  static List<Long> uploads(long projectId) {
    return query(
        "SELECT id FROM exchange_upload WHERE project_id = ? ORDER BY id DESC",
        projectId,
        r -> r.getLong(1));
  }

  /** The documents deposited in a project (none for a refused or cancelled upload). */
  static List<Long> documents(long projectId) {
    return query(
        "SELECT id FROM exchange_document WHERE project_id = ? ORDER BY id",
        projectId,
        r -> r.getLong(1));
  }

  /** R-E10: what is kept of a protected ZIP's password (null for a document without). */
  static String zipPasswordHash(long documentId) {
    return query(
            "SELECT zip_password_hash FROM exchange_document WHERE id = ?",
            documentId,
            r -> Optional.ofNullable(r.getString(1)))
        .get(0)
        .orElse(null);
  }

  @FunctionalInterface
  private interface Row<T> {
    T read(ResultSet row) throws SQLException;
  }

  private static <T> List<T> query(String sql, long parameter, Row<T> row) {
    try (Connection db = TestPeople.connect();
        PreparedStatement statement = db.prepareStatement(sql)) {
      statement.setLong(1, parameter);
      try (ResultSet rows = statement.executeQuery()) {
        List<T> found = new ArrayList<>();
        while (rows.next()) {
          found.add(row.read(rows));
        }
        return found;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
