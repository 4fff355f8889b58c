package ca.qc.portail.web.home;

import ca.qc.portail.authentication.SignedInUser;
import ca.qc.portail.menu.MainMenu;
import ca.qc.portail.menu.MenuSection;
import ca.qc.portail.web.session.CurrentUser;
import ca.qc.portail.web.session.Language;
import ca.qc.portail.web.support.Dates;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

/** The home page after login (R-L6): greeting, last access, validity, partner and menu (R-M1). */
@Named
@RequestScoped
public class Home {

  @Inject private CurrentUser currentUser;
  @Inject private Language language;
  @Inject private MainMenu menu;
  @Inject private Clock clock;

  private Set<MenuSection> sections;

  @PostConstruct
  void load() {
    sections = menu.sections();
  }

  private SignedInUser user() {
    return currentUser.getUser();
  }

  public String getLastAccess() {
    return user().previousAccess() == null
        ? null
        : Dates.longDate(
            LocalDate.ofInstant(user().previousAccess(), clock.getZone()), language.getLocale());
  }

  public String getValidUntil() {
    return user().expiryDate() == null
        ? null
        : Dates.longDate(user().expiryDate(), language.getLocale());
  }

  public boolean shows(String section) {
    return sections.contains(MenuSection.valueOf(section));
  }
}
