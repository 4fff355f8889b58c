package ca.qc.portail.demo;

import ca.qc.portail.account.AccountState;

/**
 * The demo people, as the README's table and {@code server-config/run.sh}'s summary list them: user
 * code, names and the state they are left in. {@link DemoData} creates exactly these and refuses to
 * finish when one ends in another state; {@code DemoAccountsDocumentedTest} checks the README and
 * run.sh against this list.
 */
public enum DemoAccount {
  JLABONTE("jlabonte", "Joseph", "Labonté", AccountState.ACTIF),
  RDESPRES("rdespres", "Rose", "Des Prés", AccountState.ACTIF),
  MTREMBLAY("mtremblay", "Marie", "Tremblay", AccountState.ACTIF),
  GCARON("gcaron", "Geneviève", "Caron", AccountState.ACTIF),
  FDUBOIS("fdubois", "François", "Dubois", AccountState.ACTIF),
  SGAGNON("sgagnon", "Sylvie", "Gagnon", AccountState.VERROUILLE),
  SLAPOINTE("slapointe", "Simon", "Lapointe", AccountState.ACTIF),
  HLEBLANC("hleblanc", "Hélène", "Leblanc", AccountState.ACTIF),
  EBEAULIEU("ebeaulieu", "Émilie", "Beaulieu", AccountState.ACTIF),
  PBOUCHARD("pbouchard", "Pierre", "Bouchard", AccountState.EXPIRE),
  LCOTE("lcote", "Luc", "Côté", AccountState.INACTIF),
  EBERGERON("ebergeron", "Émilie", "Bergeron", AccountState.INACTIF),
  CGAGNE("cgagne", "Chantal", "Gagné", AccountState.ACTIF),
  MLAVOIE("mlavoie", "Martin", "Lavoie", AccountState.ACTIF),
  HMARTEL("hmartel", "Hélène", "Martel", AccountState.INACTIF),
  AGIRARD("agirard", "André", "Girard", AccountState.ACTIF),
  MLEBLANC("mleblanc", "Martin", "Leblanc", AccountState.INACTIF),
  AGENTCENTRAL("agentcentral", "Nadia", "Lavoie", AccountState.ACTIF),
  OPERATEUR("operateur", "Olivier", "Roy", AccountState.ACTIF),
  PERSONNEL("personnel", "Julie", "Morin", AccountState.ACTIF),
  /** Approved by central, not registered yet: no user code, no password (R-A5, R-A8). */
  NPELLETIER(null, "Nathalie", "Pelletier", AccountState.ACTIF);

  private final String userCode;
  private final String firstName;
  private final String lastName;
  private final AccountState state;

  DemoAccount(String userCode, String firstName, String lastName, AccountState state) {
    this.userCode = userCode;
    this.firstName = firstName;
    this.lastName = lastName;
    this.state = state;
  }

  /** The user code, {@code null} for a person who has not registered yet. */
  public String userCode() {
    return userCode;
  }

  public String firstName() {
    return firstName;
  }

  public String lastName() {
    return lastName;
  }

  public String fullName() {
    return firstName + " " + lastName;
  }

  /** The state the demo leaves the account in on the first start. */
  public AccountState state() {
    return state;
  }
}
