package ca.qc.portail.web.administration;

import static java.util.stream.Collectors.joining;

import ca.qc.portail.account.Profile;
import ca.qc.portail.administration.ListedPerson;
import ca.qc.portail.web.support.Pages;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A row of the *Liste des personnes autorisées* (R-S2) with JavaBean getters for the table. The
 * state and profile labels are translated once, when the row is loaded, not at each rendering of
 * their cell.
 */
public class PersonRow implements Serializable {
  private static final long serialVersionUID = 1L;

  private final long accountId;
  private final String partnerName;
  private final String userCode;
  private final String lastName;
  private final String firstName;
  private final String email;
  private final String state;
  private final String stateLabel;
  private final List<Profile> profiles;
  private final String profilesLabel;
  private final LocalDate expiryDate;

  PersonRow(ListedPerson person) {
    this.accountId = person.accountId();
    this.partnerName = person.partnerName();
    this.userCode = person.userCode();
    this.lastName = person.lastName();
    this.firstName = person.firstName();
    this.email = person.email();
    this.state = person.state();
    this.stateLabel = Pages.text("state." + person.state());
    this.profiles = List.copyOf(person.profiles());
    this.profilesLabel =
        profiles.stream().map(p -> Pages.text("profile." + p.name())).collect(joining(", "));
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

  /** The state as the seeds name it, e.g. "Verrouillé". */
  public String getStateLabel() {
    return stateLabel;
  }

  public List<Profile> getProfiles() {
    return profiles;
  }

  /** The profiles as one label, e.g. "Responsable sécurité, Util. doss. indiv.". */
  public String getProfilesLabel() {
    return profilesLabel;
  }

  public String getExpiryDate() {
    return expiryDate == null ? "" : expiryDate.toString();
  }
}
