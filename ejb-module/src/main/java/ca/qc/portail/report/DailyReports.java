package ca.qc.portail.report;

import ca.qc.portail.account.AccountState;
import ca.qc.portail.account.InternalRole;
import ca.qc.portail.account.Profile;
import ca.qc.portail.account.UserAccount;
import ca.qc.portail.audit.AuditAction;
import ca.qc.portail.audit.AuditLog;
import ca.qc.portail.audit.AuditOutcome;
import ca.qc.portail.audit.AuditRecord;
import ca.qc.portail.notification.MailTemplates;
import ca.qc.portail.notification.Outbox;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * R-J7: the daily report to each Actif central agent. The report of a day covers the time since the
 * previous report (its window is fixed by the first run of that day, so a restart reports the same
 * period), and each agent gets it once: the recipient row is written with the e-mail.
 */
@Stateless
@PermitAll
public class DailyReports {

  static final int MAX_LINES = 200;
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  @PersistenceContext private EntityManager em;
  @Inject private Outbox outbox;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  /**
   * Fixes the window of the report of {@code reportDate} at its first run: from the end of the
   * previous report (or a day ago) to now. Later calls return the same window.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Instant[] window(LocalDate reportDate) {
    List<?> existing =
        em.createNativeQuery(
                "SELECT window_start, window_end FROM daily_report WHERE report_date = ?1")
            .setParameter(1, reportDate)
            .getResultList();
    if (existing.isEmpty()) {
      Instant now = clock.instant();
      Object previous =
          em.createNativeQuery("SELECT MAX(window_end) FROM daily_report WHERE report_date < ?1")
              .setParameter(1, reportDate)
              .getSingleResult();
      Instant start = previous == null ? now.minus(Duration.ofDays(1)) : instant(previous);
      em.createNativeQuery(
              "INSERT INTO daily_report (report_date, window_start, window_end) VALUES (?1, ?2, ?3)")
          .setParameter(1, reportDate)
          .setParameter(2, OffsetDateTime.ofInstant(start, ZoneOffset.UTC))
          .setParameter(3, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
          .executeUpdate();
      return new Instant[] {start, now};
    }
    Object[] row = (Object[]) existing.get(0);
    return new Instant[] {instant(row[0]), instant(row[1])};
  }

  /** Actif central agents who have not received the report of {@code reportDate} yet. */
  public List<Long> recipientsDue(LocalDate reportDate, long afterId, int max) {
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery(
                "SELECT a.id FROM user_account a JOIN account_role r ON r.account_id = a.id"
                    + " WHERE r.role = ?1 AND a.state = ?2 AND a.id > ?3 AND NOT EXISTS"
                    + " (SELECT 1 FROM daily_report_recipient d WHERE d.report_date = ?4"
                    + " AND d.account_id = a.id) ORDER BY a.id")
            .setParameter(1, InternalRole.AGENT_CENTRAL.name())
            .setParameter(2, AccountState.ACTIF.name())
            .setParameter(3, afterId)
            .setParameter(4, reportDate)
            .setMaxResults(max)
            .getResultList();
    return ids.stream().map(Number::longValue).toList();
  }

  /** What the report of {@code reportDate} says. */
  public DailyReport compose(LocalDate reportDate) {
    Instant[] window = window(reportDate);
    String officers =
        "('" + Profile.RESPONSABLE_PRINCIPAL + "', '" + Profile.RESPONSABLE_AUXILIAIRE + "')";
    String uncovered =
        " FROM partner p WHERE NOT EXISTS (SELECT 1 FROM user_account a JOIN account_profile ap"
            + " ON ap.account_id = a.id WHERE a.partner_id = p.id AND a.state = 'ACTIF'"
            + " AND ap.profile IN "
            + officers
            + ")";
    long uncoveredCount = count("SELECT COUNT(*)" + uncovered);
    List<String> uncoveredLines =
        lines(
            "SELECT p.name, COALESCE(p.neq, '—')" + uncovered + " ORDER BY p.name, p.id",
            r -> r[0] + " (NEQ " + r[1] + ")");
    String locked =
        " FROM user_account a LEFT JOIN partner p ON p.id = a.partner_id"
            + " WHERE a.state = 'VERROUILLE'";
    long lockedCount = count("SELECT COUNT(*)" + locked);
    List<String> lockedLines =
        lines(
            "SELECT a.first_name, a.last_name, COALESCE(a.user_code, '—'), COALESCE(p.name, '—')"
                + locked
                + " ORDER BY p.name, a.last_name, a.id",
            r -> r[0] + " " + r[1] + " (" + r[2] + "), " + r[3]);
    String inactive =
        " FROM user_account a LEFT JOIN partner p ON p.id = a.partner_id"
            + " WHERE a.state = 'INACTIF' AND a.state_changed_at >= ?1 AND a.state_changed_at < ?2";
    OffsetDateTime from = OffsetDateTime.ofInstant(window[0], ZoneOffset.UTC);
    OffsetDateTime to = OffsetDateTime.ofInstant(window[1], ZoneOffset.UTC);
    long inactiveCount =
        ((Number)
                em.createNativeQuery("SELECT COUNT(*)" + inactive)
                    .setParameter(1, from)
                    .setParameter(2, to)
                    .getSingleResult())
            .longValue();
    @SuppressWarnings("unchecked")
    List<Object[]> inactiveRows =
        em.createNativeQuery(
                "SELECT a.first_name, a.last_name, COALESCE(a.user_code, '—'),"
                    + " COALESCE(p.name, '—'), COALESCE(a.state_reason, '—')"
                    + inactive
                    + " ORDER BY p.name, a.last_name, a.id")
            .setParameter(1, from)
            .setParameter(2, to)
            .setMaxResults(MAX_LINES)
            .getResultList();
    List<String> inactiveLines =
        inactiveRows.stream()
            .map(r -> r[0] + " " + r[1] + " (" + r[2] + "), " + r[3] + " : " + r[4])
            .toList();
    return new DailyReport(
        window[0],
        window[1],
        uncoveredCount,
        uncoveredLines,
        lockedCount,
        lockedLines,
        inactiveCount,
        inactiveLines);
  }

  /**
   * E-mails the report of {@code reportDate} to each given agent who has not received it yet;
   * returns how many were sent.
   */
  public int send(List<Long> agentIds, LocalDate reportDate, String jobReference) {
    if (agentIds.isEmpty()) {
      return 0;
    }
    DailyReport report = compose(reportDate);
    int sent = 0;
    for (long agentId : agentIds) {
      UserAccount agent = em.find(UserAccount.class, agentId);
      boolean already =
          !em.createNativeQuery(
                  "SELECT 1 FROM daily_report_recipient WHERE report_date = ?1 AND account_id = ?2")
              .setParameter(1, reportDate)
              .setParameter(2, agentId)
              .getResultList()
              .isEmpty();
      if (agent == null || already || agent.getState() != AccountState.ACTIF) {
        continue;
      }
      outbox.enqueue(
          MailTemplates.email(
              agent.getEmail(),
              agent.getPreferredLanguage(),
              "dailyReport",
              reportDate.toString(),
              format(report.windowStart()),
              format(report.windowEnd()),
              report.uncoveredPartnerCount(),
              list(report.uncoveredPartners(), report.uncoveredPartnerCount()),
              report.lockedCount(),
              list(report.locked(), report.lockedCount()),
              report.newlyInactiveCount(),
              list(report.newlyInactive(), report.newlyInactiveCount())));
      em.createNativeQuery(
              "INSERT INTO daily_report_recipient (report_date, account_id, sent_at)"
                  + " VALUES (?1, ?2, ?3)")
          .setParameter(1, reportDate)
          .setParameter(2, agentId)
          .setParameter(3, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
          .executeUpdate();
      audit.write(
          AuditRecord.of(AuditAction.DAILY_REPORT_SENT, AuditOutcome.SUCCESS)
              .on(agentId, null)
              .detail(
                  "DAILY_REPORT",
                  reportDate,
                  report.uncoveredPartnerCount(),
                  report.lockedCount(),
                  report.newlyInactiveCount(),
                  jobReference));
      sent++;
    }
    return sent;
  }

  private String format(Instant instant) {
    return WHEN.format(instant.atZone(clock.getZone()));
  }

  /** The lines, one per row, "…" when the list is cut, "—" when empty. */
  static String list(List<String> lines, long count) {
    if (lines.isEmpty()) {
      return "—";
    }
    String joined = "- " + String.join("\n- ", lines);
    return count > lines.size() ? joined + "\n- …" : joined;
  }

  private long count(String sql) {
    return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
  }

  private List<String> lines(String sql, java.util.function.Function<Object[], String> line) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows = em.createNativeQuery(sql).setMaxResults(MAX_LINES).getResultList();
    return rows.stream().map(line).toList();
  }

  private static Instant instant(Object value) {
    if (value instanceof Instant i) {
      return i;
    }
    if (value instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    if (value instanceof java.sql.Timestamp t) {
      return t.toInstant();
    }
    if (value instanceof java.time.ZonedDateTime z) {
      return z.toInstant();
    }
    throw new IllegalStateException("Unexpected timestamp type " + value.getClass());
  }
}
