package ca.qc.portail.web.administration;

import ca.qc.portail.account.Profile;
import ca.qc.portail.administration.ListedPerson;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** A row of the *Liste des personnes autorisées* (R-S2) with JavaBean getters for the table. */
public class PersonRow implements Serializable {
  private static final long serialVersionUID = 1L;

  private final long accountId;
  private final String partnerName;
  private final String userCode;
  private final String lastName;
  private final String firstName;
  private final String email;
  private final String state;
  private final List<Profile> profiles;
  private final LocalDate expiryDate;

  PersonRow(ListedPerson person) {
    this.accountId = person.accountId();
    this.partnerName = person.partnerName();
    this.userCode = person.userCode();
    this.lastName = person.lastName();
    this.firstName = person.firstName();
    this.email = person.email();
    this.state = person.state();
    this.profiles = List.copyOf(person.profiles());
    this.expiryDate = person.expiryDate();
  }

  public long getAccountId() {
    return accountId;
  }

  public String getPartnerName() {
    return partnerName;
  }

  public String getUserCode() {
    return userCode;
  }

  public String getLastName() {
    return lastName;
  }

  public String getFirstName() {
    return firstName;
  }

  public String getEmail() {
    return email;
  }

  public String getState() {
    return state;
  }

  public List<Profile> getProfiles() {
    return profiles;
  }

  public String getExpiryDate() {
    return expiryDate == null ? "" : expiryDate.toString();
  }
}
