package ca.qc.portail.web.security;

import ca.qc.portail.account.Roles;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The sections that web.xml's security constraints keep to roles of their own (the officers',
 * central's, the operators' and the exchange projects' administration), and those roles: a page
 * there refused before any service is called is audited ({@link RefusedPageAudit}, {@link
 * PortailAuthenticationMechanism}).
 */
final class RestrictedSections {

  private static final Map<String, Set<String>> ROLES =
      Map.of(
          "/app/securite/", Set.of(Roles.RESPONSABLE_PRINCIPAL, Roles.RESPONSABLE_AUXILIAIRE),
          "/app/echange/admin/", Set.of(Roles.PERSONNEL, Roles.AGENT_CENTRAL),
          "/app/central/", Set.of(Roles.AGENT_CENTRAL),
          "/app/operations/", Set.of(Roles.OPERATEUR));

  private RestrictedSections() {}

  /** The roles allowed in the section of {@code path} (relative to the application), if any. */
  static Optional<Set<String>> rolesFor(String path) {
    if (path == null) {
      return Optional.empty();
    }
    return ROLES.entrySet().stream()
        .filter(section -> path.startsWith(section.getKey()))
        .map(Map.Entry::getValue)
        .findFirst();
  }
}
