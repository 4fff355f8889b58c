package ca.qc.portail.security;

import ca.qc.portail.account.InternalRole;
import java.util.function.Predicate;

/** What a caller must be for an operation ({@link Requires}); each is checked on the server. */
public enum Standing {
  /** Any signed-in account. */
  SIGNED_IN("un utilisateur authentifié", Caller::isSignedIn),
  /** A partner's person with a profile: *Gestion de votre authentification* (R-M1). */
  PARTNER_USER("un utilisateur d'un partenaire", Caller::isPartnerUser),
  /**
   * An Actif security officer of a partner (R-S1); the operation's {@link TargetAccount} and {@link
   * TargetPartner} arguments must then belong to the officer's partner.
   */
  OFFICER("un responsable de la sécurité", Caller::isOfficer),
  /** An Actif agent of the central security group (R-C1): every partner is in scope. */
  CENTRAL("un agent du Groupe central de la sécurité", Caller::isCentral),
  /** An Actif batch operator (R-J). */
  OPERATOR("un opérateur", c -> c.isActiveWith(InternalRole.OPERATEUR)),
  /** An Actif ministry staff member (R-E). */
  STAFF("un membre du personnel du ministère", c -> c.isActiveWith(InternalRole.PERSONNEL)),
  /**
   * The application itself: a job or timer, outside any request (R-J). No request, signed in or
   * not, ever holds it.
   */
  SYSTEM("le système (tâches planifiées)", Caller::isSystem);

  private final String label;
  private final Predicate<Caller> test;

  Standing(String label, Predicate<Caller> test) {
    this.label = label;
    this.test = test;
  }

  public boolean heldBy(Caller caller) {
    return test.test(caller);
  }

  /** How the audit names it, in French as every audit detail. */
  public String label() {
    return label;
  }
}
