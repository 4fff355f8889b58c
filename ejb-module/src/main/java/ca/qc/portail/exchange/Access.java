package ca.qc.portail.exchange;

import ca.qc.portail.security.Caller;
import ca.qc.portail.security.Callers;
import jakarta.persistence.EntityManager;
import java.util.Optional;

/**
 * Who may see what in the exchange (R-E1, R-U1), checked the same way by every service: a project
 * only by its Actif members and responsables; a document only by its addressees and its depositor,
 * while they still take part in its project. Anything else, an identifier of another project or
 * partner included, is answered as "not found" and audited ({@link Callers#outOfScope}).
 *
 * <p>Callers that manage their own transactions call these outside any transaction, so the audit
 * record of a refusal commits on its own.
 */
final class Access {
  private Access() {}

  /** A project the caller takes part in, and how. */
  record InProject(Project project, ParticipantRole role) {
    boolean member() {
      return role == ParticipantRole.MEMBRE;
    }
  }

  /** A document the caller may get: as one of its recipients, or as its depositor. */
  record ToDocument(ExchangeDocument document, InProject in, Recipient recipient) {
    boolean depositor(Caller caller) {
      return caller.accountId() != null && document.getDepositorId() == caller.accountId();
    }
  }

  static Optional<ParticipantRole> role(EntityManager em, long projectId, Long accountId) {
    if (accountId == null) {
      return Optional.empty();
    }
    return em.createQuery(
            "SELECT p.role FROM Participant p WHERE p.projectId = :project AND p.accountId = :account",
            ParticipantRole.class)
        .setParameter("project", projectId)
        .setParameter("account", accountId)
        .getResultStream()
        .findFirst();
  }

  static InProject project(
      EntityManager em, Callers callers, Caller caller, String operation, long projectId) {
    Project project = em.find(Project.class, projectId);
    Optional<ParticipantRole> role =
        project == null || !caller.isActive()
            ? Optional.empty()
            : role(em, projectId, caller.accountId());
    if (role.isEmpty()) {
      throw callers.outOfScope(
          caller,
          operation,
          "projet " + projectId,
          null,
          project == null ? null : project.getPartner().getId());
    }
    return new InProject(project, role.get());
  }

  static ToDocument document(
      EntityManager em, Callers callers, Caller caller, String operation, long documentId) {
    ExchangeDocument document = em.find(ExchangeDocument.class, documentId);
    Project project = document == null ? null : em.find(Project.class, document.getProjectId());
    Optional<ParticipantRole> role =
        project == null || !caller.isActive()
            ? Optional.empty()
            : role(em, project.getId(), caller.accountId());
    Recipient recipient =
        role.isEmpty() ? null : recipient(em, documentId, caller.accountId()).orElse(null);
    boolean depositor = role.isPresent() && document.getDepositorId() == caller.accountId();
    if (role.isEmpty() || (recipient == null && !depositor)) {
      throw callers.outOfScope(
          caller,
          operation,
          "document " + documentId,
          null,
          project == null ? null : project.getPartner().getId());
    }
    return new ToDocument(document, new InProject(project, role.get()), recipient);
  }

  static Optional<Recipient> recipient(EntityManager em, long documentId, long accountId) {
    return em.createQuery(
            "SELECT r FROM Recipient r WHERE r.documentId = :document AND r.accountId = :account",
            Recipient.class)
        .setParameter("document", documentId)
        .setParameter("account", accountId)
        .getResultStream()
        .findFirst();
  }
}
