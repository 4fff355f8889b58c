package ca.qc.portail.registration;

import ca.qc.portail.audit.AuditAction;
import ca.qc.portail.audit.AuditLog;
import ca.qc.portail.audit.AuditOutcome;
import ca.qc.portail.audit.AuditRecord;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * R-J4: registration codes past their last valid day become Expiré. Each chunk is locked and every
 * code re-checked, so a restart or an extension by central (R-C3) in the meantime is respected.
 */
@Stateless
@PermitAll
public class RegistrationCodeExpiry {

  @PersistenceContext private EntityManager em;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  /** Identifiers of the Actif codes whose last valid day is before {@code runDate}. */
  public List<Long> due(LocalDate runDate, long afterId, int max) {
    return em.createQuery(
            "SELECT c.id FROM RegistrationCode c WHERE c.state = :active"
                + " AND c.validUntil < :day AND c.id > :after ORDER BY c.id",
            Long.class)
        .setParameter("active", RegistrationCodeState.ACTIF)
        .setParameter("day", runDate)
        .setParameter("after", afterId)
        .setMaxResults(max)
        .getResultList();
  }

  /** Expires each given code still past its validity on {@code runDate}; returns how many. */
  public int expire(List<Long> codeIds, LocalDate runDate, String jobReference) {
    if (codeIds.isEmpty()) {
      return 0;
    }
    List<RegistrationCode> codes =
        em.createQuery(
                "SELECT c FROM RegistrationCode c WHERE c.id IN :ids ORDER BY c.id",
                RegistrationCode.class)
            .setParameter("ids", codeIds)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList();
    int changed = 0;
    for (RegistrationCode code : codes) {
      if (!code.isPastValidity(runDate)) {
        continue;
      }
      code.markExpired(clock.instant());
      Long partnerId =
          em.createQuery("SELECT a.partner.id FROM UserAccount a WHERE a.id = :id", Long.class)
              .setParameter("id", code.getAccountId())
              .getResultStream()
              .findFirst()
              .orElse(null);
      audit.write(
          AuditRecord.of(AuditAction.REGISTRATION_CODE_EXPIRED, AuditOutcome.SUCCESS)
              .on(code.getAccountId(), partnerId)
              .detail("REGISTRATION_CODE_EXPIRED", code.getValidUntil(), jobReference));
      changed++;
    }
    return changed;
  }
}
