package ca.qc.portail.administration;

import ca.qc.portail.account.ProfileMask;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * One row of the *Liste des personnes autorisées* (R-S2): the read-only view {@code
 * security_file_entry}, which gives a pending person her registration code's state and last valid
 * day, so the database sorts and filters every column.
 */
@Entity
@Table(name = "security_file_entry")
public class SecurityFileEntry {

  @Id
  @Column(name = "account_id")
  private Long accountId;

  @Column(name = "partner_id")
  private Long partnerId;

  @Column(name = "partner_name")
  private String partnerName;

  @Column(name = "user_code")
  private String userCode;

  @Column(name = "user_code_key")
  private String userCodeKey;

  @Column(name = "last_name")
  private String lastName;

  @Column(name = "first_name")
  private String firstName;

  @Column(name = "last_name_key")
  private String lastNameKey;

  @Column(name = "first_name_key")
  private String firstNameKey;

  @Column(name = "email")
  private String email;

  @Column(name = "email_key")
  private String emailKey;

  @Column(name = "state")
  private String state;

  @Column(name = "expiry_date")
  private LocalDate expiryDate;

  @Column(name = "profile_mask")
  private Integer profileMask;

  @Column(name = "pending")
  private Boolean pending;

  protected SecurityFileEntry() {}

  ListedPerson toListed() {
    return new ListedPerson(
        accountId,
        partnerName,
        userCode,
        lastName,
        firstName,
        email,
        state,
        ProfileMask.profiles(profileMask == null ? 0 : profileMask),
        expiryDate,
        Boolean.TRUE.equals(pending));
  }
}
