package ca.qc.portail.administration;

import ca.qc.portail.account.Profile;
import java.time.LocalDate;
import java.util.Set;

/**
 * A person of the *Liste des personnes autorisées* (R-S2).
 *
 * @param userCode null while only a registration code exists
 * @param state ACTIF, VERROUILLE, EXPIRE, INACTIF, or for a pending person her registration code's
 *     ACTIF, SUSPENDU, EXPIRE
 * @param expiryDate the account's expiry date, or the registration code's last valid day
 */
public record ListedPerson(
    long accountId,
    String partnerName,
    String userCode,
    String lastName,
    String firstName,
    String email,
    String state,
    Set<Profile> profiles,
    LocalDate expiryDate,
    boolean pending) {}
