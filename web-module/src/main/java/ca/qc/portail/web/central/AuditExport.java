package ca.qc.portail.web.central;

import ca.qc.portail.account.Roles;
import ca.qc.portail.administration.CentralConsole;
import ca.qc.portail.audit.AuditAction;
import ca.qc.portail.audit.AuditCriteria;
import ca.qc.portail.audit.AuditCsv;
import ca.qc.portail.audit.AuditOutcome;
import ca.qc.portail.audit.CsvFormat;
import ca.qc.portail.security.AccessRefusedException;
import ca.qc.portail.web.session.Language;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * R-C7: the audit search's CSV export, streamed — each record is written as the database cursor
 * reads it, nothing is collected in memory. UTF-8 with a byte order mark (Excel), semicolons,
 * quoted and defused fields ({@link CsvFormat}). Only central agents: web.xml and this servlet's
 * constraint, then {@link CentralConsole}, which audits the export and any refusal. A GET is
 * answered 405.
 */
@WebServlet(urlPatterns = "/app/central/audit.csv")
@ServletSecurity(@HttpConstraint(rolesAllowed = Roles.AGENT_CENTRAL))
public class AuditExport extends HttpServlet {
  private static final long serialVersionUID = 1L;

  static final String PERSON = "personne";
  static final String PARTNER = "organisme";
  static final String ACTION = "action";
  static final String OUTCOME = "resultat";
  static final String FROM = "du";
  static final String TO = "au";

  private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("uuuuMMdd-HHmm");

  @Inject private CentralConsole console;
  @Inject private Clock clock;
  @Inject private Language language;

  /**
   * A POST, from the audit page's form: the export writes an audit record, and no GET changes
   * anything (finding #9 of issue 12); {@code SameOriginFilter} refuses another site's form.
   */
  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    AuditCriteria criteria;
    try {
      criteria =
          new AuditCriteria(
              request.getParameter(PERSON),
              request.getParameter(PARTNER),
              enumOf(AuditAction.class, request.getParameter(ACTION)),
              enumOf(AuditOutcome.class, request.getParameter(OUTCOME)),
              dateOf(request.getParameter(FROM)),
              dateOf(request.getParameter(TO)));
    } catch (IllegalArgumentException | DateTimeParseException e) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    ZoneId zone = clock.getZone();
    AuditWords words = new AuditWords(language.getLocale());
    response.setContentType("text/csv");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Cache-Control", "no-store");
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\"journal-audit-"
            + FILE_TIME.format(ZonedDateTime.now(zone))
            + ".csv\"");
    Writer out =
        new BufferedWriter(
            new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
    try {
      // Nothing is sent before the console has accepted the caller: a refusal is still a 403.
      boolean[] started = {false};
      console.exportAudit(
          criteria,
          entry -> {
            try {
              if (!started[0]) {
                out.write(CsvFormat.BYTE_ORDER_MARK);
                out.write(AuditCsv.header(zone, words));
                started[0] = true;
              }
              out.write(AuditCsv.row(entry, zone, words));
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
      if (!started[0]) {
        out.write(CsvFormat.BYTE_ORDER_MARK);
        out.write(AuditCsv.header(zone, words));
      }
      out.flush();
    } catch (AccessRefusedException e) {
      response.reset();
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
  }

  private static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
    return value == null || value.isBlank() ? null : Enum.valueOf(type, value);
  }

  private static LocalDate dateOf(String value) {
    return value == null || value.isBlank() ? null : LocalDate.parse(value);
  }
}
