package ca.qc.portail.registration;

import java.util.Locale;

/** R-A8 {@code registration.mode}: how a person central approved gets into the portal. */
public enum RegistrationMode {
  /** 2008: an e-mailed registration code, then *Inscription* (R-A5 to R-A7). */
  CODE,
  /** 2021: an e-mailed link to set a password; the e-mail address is the user code. */
  ACTIVATION_LINK;

  /** The setting's value, case ignored. */
  public static RegistrationMode parse(String setting) {
    try {
      return valueOf(setting.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException(
          "registration.mode must be CODE or ACTIVATION_LINK, not " + setting, e);
    }
  }
}
