package ca.qc.portail.web.central;

import ca.qc.portail.accessrequest.AccessRequestQueue;
import ca.qc.portail.accessrequest.QueueCounts;
import ca.qc.portail.administration.CentralConsole;
import ca.qc.portail.administration.CentralOverview;
import ca.qc.portail.partner.PartnerSummary;
import ca.qc.portail.security.AccessRefusedException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * *Console du Groupe central de la sécurité*: counts behind every central page and R-D3's partners
 * without an Actif security officer (R-C1).
 */
@Named
@RequestScoped
public class CentralDashboard {

  @Inject private CentralConsole console;
  @Inject private AccessRequestQueue queue;

  private CentralOverview overview;
  private QueueCounts requests;

  public void load() throws IOException {
    try {
      overview = console.overview();
      requests = queue.counts();
    } catch (AccessRefusedException e) {
      CentralPages.forbidden();
    }
  }

  /** Issue 13, point 9: the access requests waiting, and those past their service level. */
  public QueueCounts getRequests() {
    return requests;
  }

  public CentralOverview getOverview() {
    return overview;
  }

  public List<PartnerSummary> getUncovered() {
    return overview == null ? List.of() : overview.uncovered();
  }

  public boolean isMoreUncovered() {
    return overview != null && overview.uncoveredCount() > overview.uncovered().size();
  }

  public Map<String, Long> getAccounts() {
    return overview == null ? Map.of() : overview.accountsByState();
  }

  public Map<String, Long> getCodes() {
    return overview == null ? Map.of() : overview.registrationCodesByState();
  }
}
