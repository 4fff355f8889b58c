package ca.qc.portail.administration;

/**
 * Why central's action on a ministry agent's account is refused (R-C8), with the form field it
 * concerns and the key of its text in the web module's {@code messages_*.properties}.
 */
public enum AgentViolation {
  LAST_NAME_INVALID(Field.LAST_NAME, "agents.lastName.invalid"),
  FIRST_NAME_INVALID(Field.FIRST_NAME, "agents.firstName.invalid"),
  EMAIL_INVALID(Field.EMAIL, "agents.email.invalid"),
  EMAIL_TAKEN(Field.EMAIL, "agents.email.taken"),
  /** At least one of AGENT_CENTRAL, PERSONNEL, OPERATEUR. */
  ROLES_REQUIRED(Field.ROLES, "agents.roles.required"),
  /** Nobody changes their own roles. */
  OWN_ROLES(Field.NONE, "agents.ownRoles"),
  /** The last Actif central agent can neither be deactivated nor lose AGENT_CENTRAL. */
  LAST_CENTRAL(Field.NONE, "agents.lastCentral"),
  ALREADY_INACTIVE(Field.NONE, "agents.alreadyInactive"),
  NOT_INACTIVE(Field.NONE, "agents.notInactive"),
  /** Not a ministry agent's account (a partner user's, or none). */
  NOT_AN_AGENT(Field.NONE, "agents.notAnAgent");

  /** The form field a violation is shown next to; {@link #NONE}: the page's messages. */
  public enum Field {
    LAST_NAME,
    FIRST_NAME,
    EMAIL,
    ROLES,
    NONE
  }

  private final Field field;
  private final String messageKey;

  AgentViolation(Field field, String messageKey) {
    this.field = field;
    this.messageKey = messageKey;
  }

  public Field field() {
    return field;
  }

  public String messageKey() {
    return messageKey;
  }
}
