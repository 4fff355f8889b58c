package ca.qc.portail.partner;

/**
 * Why a partner or agreement entry is refused (R-C1): the form field it belongs to and the key of
 * its French/English text in the web module's {@code messages_*.properties}.
 */
public enum PartnerViolation {
  NAME_REQUIRED("name", "partner.name.required"),
  NAME_TOO_LONG("name", "partner.name.tooLong"),
  /** Finding #13 of issue 12: a control or invisible format character. */
  NAME_CONTROL_CHARACTERS("name", "partner.name.controlCharacters"),
  ADDRESS_TOO_LONG("address", "partner.address.tooLong"),
  ADDRESS_CONTROL_CHARACTERS("address", "partner.address.controlCharacters"),
  POSTAL_CODE_FORMAT("postalCode", "partner.postalCode.format"),
  PHONE_FORMAT("phone", "partner.phone.format"),
  NEQ_REQUIRED("neq", "partner.neq.required"),
  NEQ_FORMAT("neq", "partner.neq.format"),
  NEQ_TAKEN("neq", "partner.neq.taken"),
  EDUCATION_NUMBER_FORMAT("educationNumber", "partner.educationNumber.format"),
  AGREEMENT_NUMBER_REQUIRED("number", "agreement.number.required"),
  AGREEMENT_NUMBER_FORMAT("number", "agreement.number.format"),
  AGREEMENT_NUMBER_TAKEN("number", "agreement.number.taken"),
  FAMILY_REQUIRED("family", "agreement.family.required"),
  MEASURE_REQUIRED("measure", "agreement.measure.required"),
  MEASURE_FORMAT("measure", "agreement.measure.format"),
  START_REQUIRED("startDate", "agreement.start.required"),
  END_REQUIRED("endDate", "agreement.end.required"),
  END_NOT_AFTER_START("endDate", "agreement.end.notAfterStart");

  private final String field;
  private final String messageKey;

  PartnerViolation(String field, String messageKey) {
    this.field = field;
    this.messageKey = messageKey;
  }

  /** The {@link PartnerData} or {@link AgreementData} component the message belongs to. */
  public String field() {
    return field;
  }

  public String messageKey() {
    return messageKey;
  }
}
