package ca.qc.portail.accessrequest;

/** *Madame* / *Monsieur* (form 2490, section 2). */
public enum Civility {
  MADAME,
  MONSIEUR
}
