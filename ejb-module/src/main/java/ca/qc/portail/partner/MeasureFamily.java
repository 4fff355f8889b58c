package ca.qc.portail.partner;

/**
 * The family of measures an agreement belongs to; each opens one section of the main menu (R-M1).
 */
public enum MeasureFamily {
  /** Mesure de formation de la main-d'œuvre (MFOR). */
  FORMATION,
  /** Mesures SAE, PPE, STA… */
  EMPLOYABILITE,
  /** Facturation en ligne: SS, CIT, PRIIME… */
  FACTURATION
}
