package ca.qc.portail.accessrequest;

import java.io.Serializable;

/**
 * One reason a form 2490 is refused, at one field: {@code field} names the form's input (the pages
 * use it as the component id), {@code messageKey} the French/English text in the web bundles.
 */
public record RequestViolation(String field, String messageKey) implements Serializable {

  static RequestViolation of(String field, String messageKey) {
    return new RequestViolation(field, messageKey);
  }
}
