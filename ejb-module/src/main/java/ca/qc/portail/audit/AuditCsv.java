package ca.qc.portail.audit;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

/**
 * The columns of central's audit export (R-C7), times in the ministry's time zone. Action, outcome
 * and detail are the sentences the search page shows, in the reader's language ({@link Words});
 * their stored codes follow in three last columns, for sorting and filtering (issue 13, point 3).
 */
public final class AuditCsv {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

  /** The columns, in order; {@link Words#column} names each. */
  public static final List<String> COLUMNS =
      List.of(
          "when",
          "actor",
          "actorAccount",
          "address",
          "action",
          "outcome",
          "targetAccount",
          "targetUserCode",
          "targetName",
          "partner",
          "partnerName",
          "detail",
          "actionCode",
          "outcomeCode",
          "detailCode");

  /** How the reader's language says the columns and the stored codes. */
  public interface Words {
    /** A column's heading ({@link #COLUMNS}); {@code when} receives the zone as {@code {0}}. */
    String column(String column, ZoneId zone);

    String actor(String stored);

    String action(String code);

    String outcome(String code);

    String detail(String stored);
  }

  private AuditCsv() {}

  public static String header(ZoneId zone, Words words) {
    return CsvFormat.line(COLUMNS.stream().map(c -> words.column(c, zone)).toList());
  }

  public static String row(AuditEntry e, ZoneId zone, Words words) {
    return CsvFormat.line(
        Arrays.asList(
            TIME.format(e.occurredAt().atZone(zone)),
            words.actor(e.actor()),
            text(e.actorAccountId()),
            e.address(),
            words.action(e.action()),
            words.outcome(e.outcome()),
            text(e.targetAccountId()),
            e.targetUserCode(),
            e.targetName(),
            text(e.partnerId()),
            e.partnerName(),
            words.detail(e.detail()),
            e.action(),
            e.outcome(),
            e.detail()));
  }

  private static String text(Long value) {
    return value == null ? null : value.toString();
  }
}
