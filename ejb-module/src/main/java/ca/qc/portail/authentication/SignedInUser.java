package ca.qc.portail.authentication;

import ca.qc.portail.account.InternalRole;
import ca.qc.portail.account.Profile;
import ca.qc.portail.account.Roles;
import ca.qc.portail.password.PasswordStatus;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who is signed in, as the pages need it (R-L6). Kept in the HTTP session, so it is serializable
 * and holds no entity.
 *
 * @param previousAccess the last access before this session, null on a first access
 * @param passwordStatus whether the password must be changed before anything else (R-P2, R-P4)
 * @param sessionGeneration the account's session generation at sign-in: the session lasts while the
 *     account still has it (finding #3 of issue 12, {@link SessionValidity})
 * @param mustEnrolAuthenticator {@code mfa.totpRequiredForRoles} applies and no authenticator app
 *     is enrolled yet: the enrolment page comes before any other
 */
public record SignedInUser(
    long accountId,
    String loginName,
    String firstName,
    String lastName,
    Long partnerId,
    String partnerName,
    LocalDate expiryDate,
    Instant previousAccess,
    Set<Profile> profiles,
    Set<InternalRole> internalRoles,
    String language,
    PasswordStatus passwordStatus,
    long sessionGeneration,
    boolean mustEnrolAuthenticator)
    implements Serializable {

  public SignedInUser {
    profiles = Set.copyOf(profiles);
    internalRoles = Set.copyOf(internalRoles);
  }

  /** The security roles (groups) of this person. */
  public Set<String> roles() {
    Set<String> roles = new TreeSet<>();
    roles.add(Roles.SIGNED_IN);
    profiles.forEach(p -> roles.add(p.name()));
    internalRoles.forEach(r -> roles.add(r.name()));
    return roles;
  }

  public boolean has(Profile profile) {
    return profiles.contains(profile);
  }

  public boolean has(InternalRole role) {
    return internalRoles.contains(role);
  }

  public boolean isSecurityOfficer() {
    return profiles.stream().anyMatch(Profile::isSecurityOfficer);
  }

  /**
   * The same person once the password is changed (R-P2, R-P4) by this session, which goes on under
   * the account's new session generation.
   */
  public SignedInUser withPasswordChanged(long newSessionGeneration) {
    return new SignedInUser(
        accountId,
        loginName,
        firstName,
        lastName,
        partnerId,
        partnerName,
        expiryDate,
        previousAccess,
        profiles,
        internalRoles,
        language,
        PasswordStatus.CURRENT,
        newSessionGeneration,
        mustEnrolAuthenticator);
  }

  /** The same person with another language for pages and e-mails. */
  public SignedInUser withLanguage(String tag) {
    return new SignedInUser(
        accountId,
        loginName,
        firstName,
        lastName,
        partnerId,
        partnerName,
        expiryDate,
        previousAccess,
        profiles,
        internalRoles,
        tag,
        passwordStatus,
        sessionGeneration,
        mustEnrolAuthenticator);
  }

  /** The same person once this session enrolled an authenticator app: the other pages open. */
  public SignedInUser withAuthenticatorEnrolled() {
    return new SignedInUser(
        accountId,
        loginName,
        firstName,
        lastName,
        partnerId,
        partnerName,
        expiryDate,
        previousAccess,
        profiles,
        internalRoles,
        language,
        passwordStatus,
        sessionGeneration,
        false);
  }

  public String fullName() {
    return firstName + " " + lastName;
  }
}
