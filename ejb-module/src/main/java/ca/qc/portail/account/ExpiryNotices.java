package ca.qc.portail.account;

import ca.qc.portail.audit.AuditAction;
import ca.qc.portail.audit.AuditLog;
import ca.qc.portail.audit.AuditOutcome;
import ca.qc.portail.audit.AuditRecord;
import ca.qc.portail.notification.Email;
import ca.qc.portail.notification.MailTemplates;
import ca.qc.portail.notification.Outbox;
import ca.qc.portail.partner.Partner;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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
   * the daily report). Returns the number of e-mails enqueued.
   */
  public int notify(List<Long> partnerIds, LocalDate runDate, String jobReference) {
    int sent = 0;
    Instant now = clock.instant();
    for (long partnerId : partnerIds) {
      List<UserAccount> due =
          accounts.dueANotice(partnerId, windowStart(runDate), windowEnd(runDate));
      List<UserAccount> officers = accounts.activeOfficersOf(partnerId, -1L);
      if (due.isEmpty() || officers.isEmpty()) {
        continue;
      }
      Partner partner = em.find(Partner.class, partnerId);
      boolean english = officers.stream().allMatch(o -> "en".equals(o.getPreferredLanguage()));
      String lines = due.stream().map(ExpiryNotices::line).collect(Collectors.joining("\n"));
      Email template =
          MailTemplates.email(
              officers.get(0).getEmail(),
              english ? "en" : "fr",
              "expiryNotice",
              partner.getName(),
              lines);
      outbox.enqueue(
          new Email(
              officers.stream().map(UserAccount::getEmail).toList(),
              template.subject(),
              template.text(),
              template.html()));
      for (UserAccount account : due) {
        em.persist(new ExpiryNotice(account.getId(), account.getExpiryDate(), partnerId, now));
      }
      audit.write(
          AuditRecord.of(AuditAction.EXPIRY_NOTICE_SENT, AuditOutcome.SUCCESS)
              .on(null, partnerId)
              .detail(
                  "Avis d'expiration à "
                      + officers.size()
                      + " responsable(s) pour "
                      + due.size()
                      + " code(s) d'utilisateur ("
                      + jobReference
                      + ")"));
      sent++;
    }
    return sent;
  }

  /** One line of the list: "Prénom Nom (code) : 2031-03-24". */
  static String line(UserAccount account) {
    return "- "
        + account.fullName()
        + " ("
        + (account.getUserCode() == null ? "—" : account.getUserCode())
        + ") : "
        + account.getExpiryDate();
  }
}
