package ca.qc.portail.security;

import ca.qc.portail.account.InternalRole;
import java.util.function.Predicate;

/** What a caller must be for an operation ({@link Requires}); each is checked on the server. */
public enum Standing {
  /** Any signed-in account. */
  SIGNED_IN("à un utilisateur authentifié", Caller::isSignedIn),
  /** A partner's person with a profile: *Gestion de votre authentification* (R-M1). */
  PARTNER_USER("à un utilisateur d'un partenaire", Caller::isPartnerUser),
  /**
   * An Actif security officer of a partner (R-S1); the operation's {@link TargetAccount} and {@link
   * TargetPartner} arguments must then belong to the officer's partner.
   */
  OFFICER("à un responsable de la sécurité", Caller::isOfficer),
  /** An Actif agent of the central security group (R-C1): every partner is in scope. */
  CENTRAL("à un agent du Groupe central de la sécurité", Caller::isCentral),
  /** An Actif batch operator (R-J). */
  OPERATOR("à un opérateur", c -> c.isActiveWith(InternalRole.OPERATEUR)),
  /** An Actif ministry staff member (R-E). */
  STAFF("à un membre du personnel du ministère", c -> c.isActiveWith(InternalRole.PERSONNEL)),
  /**
   * The application itself: a job or timer, outside any request (R-J). No request, signed in or
   * not, ever holds it.
   */
  SYSTEM("au système (tâches planifiées)", Caller::isSystem);

  private final String reservedTo;
  private final Predicate<Caller> test;

  Standing(String reservedTo, Predicate<Caller> test) {
    this.reservedTo = reservedTo;
    this.test = test;
  }

  public boolean heldBy(Caller caller) {
    return test.test(caller);
  }

  /** Whom an operation is reserved to, as the audit says it (« réservé à un opérateur »). */
  public String reservedTo() {
    return reservedTo;
  }
}
