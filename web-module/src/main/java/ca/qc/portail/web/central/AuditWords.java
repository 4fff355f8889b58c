package ca.qc.portail.web.central;

import ca.qc.portail.audit.AuditCsv;
import ca.qc.portail.web.support.Phrases;
import java.text.MessageFormat;
import java.time.ZoneId;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The audit trail in the reader's language (issue 13, point 3): the same sentences on the search
 * page and in the CSV export — actions, outcomes, details, the system and anonymous actors.
 */
public final class AuditWords implements AuditCsv.Words {

  private final ResourceBundle bundle;
  private final Locale locale;
  private final Phrases phrases;

  public AuditWords(Locale locale) {
    this.locale = locale;
    this.bundle =
        ResourceBundle.getBundle(
            "ca.qc.portail.web.messages", locale, AuditWords.class.getClassLoader());
    this.phrases = Phrases.in(locale);
  }

  @Override
  public String column(String column, ZoneId zone) {
    return new MessageFormat(bundle.getString("audit.csv." + column), locale)
        .format(new Object[] {zone.getId()});
  }

  @Override
  public String actor(String stored) {
    return phrases.actor(stored);
  }

  @Override
  public String action(String code) {
    return label("auditAction." + code, code);
  }

  @Override
  public String outcome(String code) {
    return label("audit.outcome." + code, code);
  }

  @Override
  public String detail(String stored) {
    return phrases.auditDetail(stored);
  }

  private String label(String key, String fallback) {
    return bundle.containsKey(key) ? bundle.getString(key) : fallback;
  }
}
