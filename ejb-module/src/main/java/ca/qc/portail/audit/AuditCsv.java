package ca.qc.portail.audit;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

/** The columns of central's audit export (R-C7), times in the ministry's time zone. */
public final class AuditCsv {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

  private AuditCsv() {}

  public static String header(ZoneId zone) {
    return CsvFormat.line(
        List.of(
            "Date et heure (" + zone.getId() + ")",
            "Auteur",
            "Compte de l'auteur",
            "Adresse IP",
            "Action",
            "Résultat",
            "Compte visé",
            "Code d'utilisateur visé",
            "Personne visée",
            "Organisme",
            "Nom de l'organisme",
            "Détail"));
  }

  public static String row(AuditEntry e, ZoneId zone) {
    return CsvFormat.line(
        Arrays.asList(
            TIME.format(e.occurredAt().atZone(zone)),
            e.actor(),
            text(e.actorAccountId()),
            e.address(),
            e.action(),
            e.outcome(),
            text(e.targetAccountId()),
            e.targetUserCode(),
            e.targetName(),
            text(e.partnerId()),
            e.partnerName(),
            e.detail()));
  }

  private static String text(Long value) {
    return value == null ? null : value.toString();
  }
}
