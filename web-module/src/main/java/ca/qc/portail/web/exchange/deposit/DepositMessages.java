package ca.qc.portail.web.exchange.deposit;

import ca.qc.portail.exchange.DepositViolation;
import java.util.Locale;
import java.util.ResourceBundle;

/** Why a deposit was refused, in the words of *Transmettre un document* (R-E3). */
final class DepositMessages {
  private DepositMessages() {}

  static final String BUNDLE = "ca.qc.portail.web.messages";

  static String key(DepositViolation violation) {
    return "transmettre.refus." + violation.name();
  }

  static String text(DepositViolation violation, Locale locale) {
    return ResourceBundle.getBundle(BUNDLE, locale).getString(key(violation));
  }

  /** The French text, for the endpoint's plain answers. */
  static String french(DepositViolation violation) {
    return text(violation, Locale.CANADA_FRENCH);
  }
}
