package ca.qc.portail.menu;

import ca.qc.portail.partner.MeasureFamily;
import java.util.Optional;

/** The sections of the main menu (seed 001, 6.2), in display order. */
public enum MenuSection {
  /** *Mesure de formation*. */
  FORMATION,
  /** *Mesures SAE, PPE, …*. */
  EMPLOYABILITE,
  /** *Facturation en ligne*. */
  FACTURATION,
  /** *Administration de la sécurité* (security officers). */
  ADMINISTRATION_SECURITE,
  /**
   * *Gestion de votre authentification*: always shown; its *Désactiver votre code d'utilisateur* to
   * partner users only (R-C8).
   */
  GESTION_AUTHENTIFICATION,
  /** *Échange sécurisé*: members and responsables of a project, and staff (PERSONNEL) (R-E1). */
  ECHANGE_SECURISE,
  /** Central security group's console. */
  CENTRAL,
  /** Batch operations console. */
  OPERATIONS,
  /** *Fermeture de la session*: always shown. */
  FERMETURE_SESSION;

  /** The agreement family a measure section lists, if it is one. */
  public Optional<MeasureFamily> family() {
    return switch (this) {
      case FORMATION -> Optional.of(MeasureFamily.FORMATION);
      case EMPLOYABILITE -> Optional.of(MeasureFamily.EMPLOYABILITE);
      case FACTURATION -> Optional.of(MeasureFamily.FACTURATION);
      default -> Optional.empty();
    };
  }
}
