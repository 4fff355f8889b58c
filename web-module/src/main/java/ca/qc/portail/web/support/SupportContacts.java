package ca.qc.portail.web.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How to reach the central security group (*Nous joindre*), as settings: the defaults are the 2008
 * guide's (seed 001, section 4, and form 2490's "Acheminer par la poste" block); the hours are in
 * no guide. The *Nous joindre* page, the footer and every message that sends a person to support
 * read them from here, and form 2490's PDF prints the postal address.
 */
@Named("support")
@ApplicationScoped
public class SupportContacts {

  @Inject
  @ConfigProperty(name = "support.phone.local", defaultValue = "418 528-2627")
  String localPhone;

  @Inject
  @ConfigProperty(name = "support.phone.tollFree", defaultValue = "1 866 815-6044")
  String tollFreePhone;

  @Inject
  @ConfigProperty(name = "support.fax", defaultValue = "418 646-7081")
  String fax;

  @Inject
  @ConfigProperty(name = "support.email", defaultValue = "aces.msi@mess.gouv.qc.ca")
  String email;

  /** Lines separated by {@code |}. */
  @Inject
  @ConfigProperty(
      name = "support.address",
      defaultValue =
          "Service du support, de la continuité et de l'évolution des systèmes informatiques"
              + "|Ministère de l'Emploi et de la Solidarité sociale"
              + "|425, rue Saint-Amable, RC 120"
              + "|Québec (Québec)  G1R 4Z1")
  String address;

  @Inject
  @ConfigProperty(
      name = "support.hours.fr",
      defaultValue = "Du lundi au vendredi, de 8 h 30 à 12 h et de 13 h à 16 h 30")
  String hoursFr;

  @Inject
  @ConfigProperty(
      name = "support.hours.en",
      defaultValue = "Monday to Friday, 8:30 a.m. to 12 p.m. and 1 p.m. to 4:30 p.m.")
  String hoursEn;

  public SupportContacts() {}

  /** For code outside CDI (tests, the PDF): the given values. */
  public SupportContacts(
      String localPhone,
      String tollFreePhone,
      String fax,
      String email,
      String address,
      String hoursFr,
      String hoursEn) {
    this.localPhone = localPhone;
    this.tollFreePhone = tollFreePhone;
    this.fax = fax;
    this.email = email;
    this.address = address;
    this.hoursFr = hoursFr;
    this.hoursEn = hoursEn;
  }

  public String getLocalPhone() {
    return localPhone;
  }

  public String getTollFreePhone() {
    return tollFreePhone;
  }

  public String getFax() {
    return fax;
  }

  public String getEmail() {
    return email;
  }

  /** The {@code tel:} address of a phone number as shown ("418 528-2627" → "+14185282627"). */
  public String tel(String shown) {
    String digits = shown == null ? "" : shown.replaceAll("\\D", "");
    if (digits.length() == 10) {
      digits = "1" + digits;
    }
    return "tel:+" + digits;
  }

  public List<String> getAddressLines() {
    return Arrays.stream(address.split("\\|"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  public String hours(Locale locale) {
    return locale != null && locale.getLanguage().equals("en") ? hoursEn : hoursFr;
  }
}
