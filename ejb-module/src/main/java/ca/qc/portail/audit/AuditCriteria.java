package ca.qc.portail.audit;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * R-C7: what central searches the audit trail for; every criterion is optional. {@code person}
 * matches a user code or e-mail exactly, a name partially, or the recorded author; {@code partner}
 * a partner's name partially or its NEQ; the dates are days of the ministry's time zone ({@code
 * app.timezone}), both included.
 */
public record AuditCriteria(
    String person,
    String partner,
    AuditAction action,
    AuditOutcome outcome,
    LocalDate from,
    LocalDate to)
    implements Serializable {

  public static AuditCriteria all() {
    return new AuditCriteria(null, null, null, null, null, null);
  }

  /** A short account of the criteria, for the export's audit record. */
  public String describe() {
    StringBuilder s = new StringBuilder();
    append(s, "personne", person);
    append(s, "organisme", partner);
    append(s, "action", action);
    append(s, "résultat", outcome);
    append(s, "du", from);
    append(s, "au", to);
    return s.isEmpty() ? "aucun critère" : s.toString();
  }

  private static void append(StringBuilder s, String label, Object value) {
    if (value != null && !value.toString().isBlank()) {
      s.append(s.isEmpty() ? "" : ", ").append(label).append(" = ").append(value);
    }
  }
}
