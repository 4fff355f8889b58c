package ca.qc.portail.exchange;

import ca.qc.portail.security.AccessRefusedException;

/**
 * A download refused for a reason its page explains to the person (R-E6, R-E7, R-E8, R-E10); the
 * refusal has been audited.
 */
public class DownloadRefusedException extends AccessRefusedException {
  private static final long serialVersionUID = 1L;

  /** Why a download is refused, with the audit's wording. */
  public enum Reason {
    CONSENT_REQUIRED("consentement à la confidentialité requis"),
    ALREADY_DOWNLOADED("téléchargement unique déjà effectué"),
    DOWNLOAD_IN_PROGRESS("téléchargement unique déjà en cours ou effectué"),
    QUOTA_REACHED("quota de téléchargements atteint"),
    WRONG_ZIP_PASSWORD("mot de passe de l'archive incorrect");

    private final String audited;

    Reason(String audited) {
      this.audited = audited;
    }

    /** How the audit record says it. */
    public String audited() {
      return audited;
    }
  }

  private final Reason reason;

  public DownloadRefusedException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
