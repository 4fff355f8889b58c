package ca.qc.portail.administration;

import ca.qc.portail.account.Profile;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;

/**
 * *Dossier de sécurité d'un code d'utilisateur* (R-S3–R-S7, R-C4–R-C6) as the viewer may see it:
 * the person's data, the last deactivation or reactivation, and which sections the page shows.
 *
 * @param state as in {@link ListedPerson#state()}
 * @param history DEACTIVATED, REACTIVATED or null: the R-S3 line
 * @param historyAuthor the person's name, or {@link #CENTRAL_AUTHOR} (pages show "Un agent du
 *     Groupe central de la sécurité")
 * @param readOnly R-S4: Inactif for a reason other than failed logins (officers)
 * @param lockLift the reactivation offered lifts a current lock (TEMPORARY mode)
 * @param byCentral the viewer is the central security group (R-C4–R-C6)
 */
public record SecurityFile(
    long accountId,
    String partnerName,
    String userCode,
    String lastName,
    String firstName,
    String email,
    String phone,
    String partialSin,
    Set<Profile> profiles,
    String state,
    LocalDate expiryDate,
    boolean pending,
    String history,
    LocalDate historyDate,
    String historyAuthor,
    String historyReason,
    boolean readOnly,
    boolean ownAccount,
    boolean canDeactivate,
    boolean canReactivate,
    boolean lockLift,
    boolean canChangeValidity,
    boolean byCentral)
    implements Serializable {

  /**
   * Stored as the author of central's changes; shown "Un agent du Groupe central de la sécurité".
   */
  public static final String CENTRAL_AUTHOR = "CENTRAL";
}
