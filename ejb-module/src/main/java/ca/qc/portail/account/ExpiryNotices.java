package ca.qc.portail.account;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toList;

import ca.qc.portail.audit.AuditAction;
import ca.qc.portail.audit.AuditLog;
import ca.qc.portail.audit.AuditOutcome;
import ca.qc.portail.audit.AuditRecord;
import ca.qc.portail.notification.Email;
import ca.qc.portail.notification.MailTemplates;
import ca.qc.portail.notification.Outbox;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * R-J3: each partner's Actif security officers get one e-mail listing the partner's accounts whose
 * expiry date falls in 2 to 3 weeks (seed 001: "La personne responsable de sécurité est avisée par
 * courriel de deux à trois semaines avant la date d'expiration"). Each listed account and date is
 * recorded with the e-mail, in the same transaction, so no notice is ever sent twice.
 */
@Stateless
@PermitAll
public class ExpiryNotices {

  /** The window opens 14 days and closes 21 days before the expiry date, both included. */
  public static final int FIRST_DAY = 14;

  public static final int LAST_DAY = 21;

  @PersistenceContext private EntityManager em;
  @Inject private Accounts accounts;
  @Inject private Outbox outbox;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  public static LocalDate windowStart(LocalDate runDate) {
    return runDate.plusDays(FIRST_DAY);
  }

  public static LocalDate windowEnd(LocalDate runDate) {
    return runDate.plusDays(LAST_DAY);
  }

  /** The partners to notify on {@code runDate}, after {@code afterPartnerId}. */
  public List<Long> partnersDue(LocalDate runDate, long afterPartnerId, int max) {
    return accounts.partnersDueANotice(
        windowStart(runDate), windowEnd(runDate), afterPartnerId, max);
  }

  /**
   * Notifies each partner's officers of its accounts due a notice on {@code runDate}. A partner
   * with no Actif officer gets nothing, and its accounts stay due (central learns of it by R-D3 and
   * the daily report). Set-based: the due accounts, the officers and the names of all the given
   * partners are read in three queries; the e-mails, notice rows and audit records are written in
   * the caller's transaction. Returns the number of e-mails enqueued.
   */
  public int notify(List<Long> partnerIds, LocalDate runDate, String jobReference) {
    Instant now = clock.instant();
    Map<Long, List<NoticeLine>> dueByPartner =
        accounts.dueANotice(partnerIds, windowStart(runDate), windowEnd(runDate)).stream()
            .collect(groupingBy(NoticeLine::partnerId, LinkedHashMap::new, toList()));
    if (dueByPartner.isEmpty()) {
      return 0;
    }
    List<Long> partners = List.copyOf(dueByPartner.keySet());
    Map<Long, List<OfficerContact>> officersByPartner =
        accounts.activeOfficersOf(partners).stream()
            .collect(groupingBy(OfficerContact::partnerId, toList()));
    Map<Long, String> names = partnerNames(partners);
    List<AuditRecord> records = new ArrayList<>();
    for (Map.Entry<Long, List<NoticeLine>> entry : dueByPartner.entrySet()) {
      long partnerId = entry.getKey();
      List<NoticeLine> due = entry.getValue();
      List<OfficerContact> officers = officersByPartner.getOrDefault(partnerId, List.of());
      if (officers.isEmpty()) {
        continue;
      }
      boolean english = officers.stream().allMatch(o -> "en".equals(o.language()));
      String lines = due.stream().map(NoticeLine::text).collect(Collectors.joining("\n"));
      Email template =
          MailTemplates.email(
              officers.get(0).email(),
              english ? "en" : "fr",
              "expiryNotice",
              names.get(partnerId),
              lines);
      outbox.enqueue(
          new Email(
              officers.stream().map(OfficerContact::email).toList(),
              template.subject(),
              template.text(),
              template.html()));
      for (NoticeLine account : due) {
        em.persist(new ExpiryNotice(account.accountId(), account.expiryDate(), partnerId, now));
      }
      records.add(
          AuditRecord.of(AuditAction.EXPIRY_NOTICE_SENT, AuditOutcome.SUCCESS)
              .on(null, partnerId)
              .detail("EXPIRY_NOTICE_SENT", officers.size(), due.size(), jobReference));
    }
    audit.writeAll(records);
    return records.size();
  }

  private Map<Long, String> partnerNames(List<Long> partnerIds) {
    Map<Long, String> names = new HashMap<>();
    for (Object[] row :
        em.createQuery("SELECT p.id, p.name FROM Partner p WHERE p.id IN :ids", Object[].class)
            .setParameter("ids", partnerIds)
            .getResultList()) {
      names.put((Long) row[0], (String) row[1]);
    }
    return names;
  }
}
