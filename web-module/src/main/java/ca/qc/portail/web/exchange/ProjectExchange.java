package ca.qc.portail.web.exchange;

import ca.qc.portail.exchange.DocumentPage;
import ca.qc.portail.exchange.DocumentRow;
import ca.qc.portail.exchange.DownloadRefusedException;
import ca.qc.portail.exchange.DownloadTicket;
import ca.qc.portail.exchange.ExchangeDocuments;
import ca.qc.portail.exchange.ExchangeDownloads;
import ca.qc.portail.exchange.ProjectView;
import ca.qc.portail.security.AccessRefusedException;
import ca.qc.portail.security.OutOfScopeException;
import ca.qc.portail.web.session.Language;
import ca.qc.portail.web.support.Pages;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A project's page (R-E1–R-E3, R-E6–R-E8, R-E10): *Récupération* — the consent gate first when the
 * project asks for it, then the documents addressed to me — and *Transfert* — the documents I sent,
 * their withdrawal, and the *Transmettre un document* form. Pages of each list come from the
 * services ten at a time; nothing here decides who sees what: the services check and audit.
 */
@Named
@ViewScoped
public class ProjectExchange implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(ProjectExchange.class.getName());

  /** Documents per page of a list. */
  static final int PAGE = 10;

  @Inject private ExchangeDocuments documents;
  @Inject private ExchangeDownloads downloads;
  @Inject private Language language;

  /** Through Instance: the Clock itself cannot be kept with a passivating (view-scoped) bean. */
  @Inject private Instance<Clock> clock;

  private Long projet;
  private transient ProjectView view;
  private final Listing retrieval = new Listing();
  private final Listing sent = new Listing();
  private int tab;
  private boolean consentChecked;
  private boolean composing;

  /** The document whose download dialog is open (single download warning, ZIP password). */
  private Long downloading;

  private transient String zipPassword;

  /** The document whose withdrawal awaits confirmation. */
  private Long withdrawing;

  /** One tab's list: its sort and the first row of the page shown. */
  public static final class Listing implements Serializable {
    private static final long serialVersionUID = 1L;
    private boolean newestFirst = true;
    private int first;
    private transient DocumentPage page;

    public String getOrder() {
      return newestFirst ? "desc" : "asc";
    }

    public void setOrder(String order) {
      boolean newest = !"asc".equals(order);
      if (newest != newestFirst) {
        newestFirst = newest;
        first = 0;
        page = null;
      }
    }

    void reload() {
      page = null;
    }
  }

  /** Opening the page: the project as the caller sees it, or "not found" (audited). */
  public void open() throws IOException {
    if (FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    try {
      if (projet == null || load() == null) {
        notFound();
      }
    } catch (AccessRefusedException e) {
      ProjectAdministration.forbidden();
    }
  }

  private ProjectView load() {
    try {
      view = documents.project(projet);
      return view;
    } catch (OutOfScopeException e) {
      return null;
    }
  }

  public ProjectView getView() {
    if (view == null && projet != null) {
      load();
    }
    return view;
  }

  // ----- Récupération -----

  public DocumentPage getRetrieval() {
    if (retrieval.page == null) {
      retrieval.page = documents.toRetrieve(projet, retrieval.newestFirst, retrieval.first, PAGE);
    }
    return retrieval.page;
  }

  public Listing getRetrievalList() {
    return retrieval;
  }

  /** R-E7: *Je confirme avoir pris connaissance des renseignements ci-dessus.* */
  public void consent() {
    if (!consentChecked) {
      Pages.message(
          "consentement:confirme", FacesMessage.SEVERITY_ERROR, "exchange.consent.required");
      FacesContext.getCurrentInstance().validationFailed();
      return;
    }
    documents.consent(projet);
    view = null;
    retrieval.reload();
    Pages.message(null, FacesMessage.SEVERITY_INFO, "exchange.consent.recorded");
  }

  /**
   * A click on a document's name: in a single-download project or for a protected ZIP, the dialog
   * first (warning, password); otherwise the download starts.
   */
  public void ask(DocumentRow row) throws IOException {
    tab = 0;
    if (row.zipProtected() || getView().singleDownload()) {
      downloading = row.id();
      return;
    }
    download(row.id(), null);
  }

  /** *Télécharger* in the dialog. */
  public void confirmDownload() throws IOException {
    if (downloading == null) {
      return;
    }
    String password = zipPassword;
    zipPassword = null;
    download(downloading, password);
  }

  public void cancelDownload() {
    downloading = null;
    zipPassword = null;
  }

  /**
   * Starts the download (the service checks and audits), then either redirects (303) to the ranged
   * GET or, for a protected ZIP, streams the archive as this POST's response.
   */
  private void download(long documentId, String password) throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    DownloadTicket ticket;
    try {
      ticket = downloads.start(documentId, password);
    } catch (OutOfScopeException e) {
      refused("exchange.download.gone");
      return;
    } catch (DownloadRefusedException e) {
      refused(refusalKey(e.reason()));
      return;
    } catch (AccessRefusedException e) {
      refused("exchange.download.refused");
      return;
    }
    downloading = null;
    ExternalContext external = faces.getExternalContext();
    HttpServletResponse response = (HttpServletResponse) external.getResponse();
    if (!ticket.zipProtected()) {
      response.setStatus(HttpServletResponse.SC_SEE_OTHER);
      response.setHeader(
          "Location",
          external.getRequestContextPath() + "/app/echange/telechargement/" + ticket.id());
      faces.responseComplete();
      return;
    }
    external.responseReset();
    response.setContentType("application/zip");
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader(
        "Content-Disposition", DocumentDownload.attachment(ticket.fileName() + ".zip"));
    char[] secret = password.toCharArray();
    try {
      ProtectedZip.write(
          ticket.fileName(),
          secret,
          response.getOutputStream(),
          entry -> downloads.send(ticket.id(), 0, Math.max(0, ticket.size() - 1), entry));
    } catch (IOException e) {
      // The client went away: this download stays incomplete; a new click starts another.
      LOG.log(Level.FINE, "ZIP download {0} interrupted", ticket.id());
    } catch (AccessRefusedException e) {
      LOG.log(Level.INFO, "ZIP download {0} refused while sending", ticket.id());
    } finally {
      Arrays.fill(secret, '\0');
    }
    faces.responseComplete();
  }

  private static String refusalKey(DownloadRefusedException.Reason reason) {
    return switch (reason) {
      case WRONG_ZIP_PASSWORD -> "exchange.download.wrongPassword";
      case ALREADY_DOWNLOADED, DOWNLOAD_IN_PROGRESS -> "exchange.download.singleDone";
      case QUOTA_REACHED -> "exchange.download.quota";
      case CONSENT_REQUIRED -> "exchange.consent.required";
    };
  }

  private void refused(String key) {
    retrieval.reload();
    if (key.equals("exchange.download.wrongPassword")) {
      Pages.message("telecharger:mot-de-passe", FacesMessage.SEVERITY_ERROR, key);
      FacesContext.getCurrentInstance().validationFailed();
      return;
    }
    downloading = null;
    Pages.message(null, FacesMessage.SEVERITY_ERROR, key);
  }

  public DocumentRow getDownloadingRow() {
    return row(getRetrieval().rows(), downloading);
  }

  // ----- Transfert -----

  public DocumentPage getSent() {
    if (sent.page == null) {
      sent.page = documents.sent(projet, sent.newestFirst, sent.first, PAGE);
    }
    return sent.page;
  }

  public Listing getSentList() {
    return sent;
  }

  /** *Choisir un document à transmettre*: the form in its panel. */
  public void compose() {
    tab = 1;
    composing = true;
  }

  public void closeComposer() {
    composing = false;
  }

  /** After a deposit the transfer form calls {@code rafraichirTransfert}: list and counter anew. */
  public void refreshSent() {
    tab = 1;
    sent.first = 0;
    sent.reload();
  }

  /** The trash icon: asks for confirmation, naming the file. */
  public void askWithdraw(DocumentRow row) {
    tab = 1;
    withdrawing = row.id();
  }

  /** "Voulez-vous retirer le document « Document01.txt » ? …". */
  public String getWithdrawConfirm() {
    DocumentRow row = getWithdrawingRow();
    return row == null ? "" : Pages.format("exchange.withdraw.confirm", row.fileName());
  }

  public DocumentRow getWithdrawingRow() {
    return row(getSent().rows(), withdrawing);
  }

  /** *Retirer*: gone for every recipient (R-E3), audited by the service. */
  public void withdraw() {
    tab = 1;
    if (withdrawing == null) {
      return;
    }
    DocumentRow row = getWithdrawingRow();
    String name = row == null ? "" : row.fileName();
    try {
      documents.withdraw(withdrawing);
      FacesContext.getCurrentInstance()
          .addMessage(
              null,
              new FacesMessage(
                  FacesMessage.SEVERITY_INFO, Pages.format("exchange.withdraw.done", name), null));
    } catch (AccessRefusedException e) {
      Pages.message(null, FacesMessage.SEVERITY_ERROR, "exchange.withdraw.refused");
    }
    withdrawing = null;
    sent.reload();
    if (sent.first >= getSent().total() && sent.first > 0) {
      sent.first = Math.max(0, sent.first - PAGE);
      sent.reload();
    }
  }

  public void cancelWithdraw() {
    withdrawing = null;
  }

  // ----- both lists -----

  public void sorted(Listing listing) {
    listing.reload();
  }

  public void next(Listing listing) {
    DocumentPage page = listing == retrieval ? getRetrieval() : getSent();
    if (listing.first + PAGE < page.total()) {
      listing.first += PAGE;
      listing.reload();
    }
  }

  public void previous(Listing listing) {
    if (listing.first > 0) {
      listing.first = Math.max(0, listing.first - PAGE);
      listing.reload();
    }
  }

  /** "2 Éléments Éléments 1 à 2" (seed 000), "1 élément Élément 1 à 1", "0 élément". */
  public String countLine(DocumentPage page) {
    long total = page.total();
    if (total == 0) {
      return Pages.text("exchange.count.none");
    }
    long from = page.first() + 1L;
    long to = page.first() + (long) page.rows().size();
    return Pages.format(total == 1 ? "exchange.count.one" : "exchange.count.many", total, from, to);
  }

  public boolean hasNext(DocumentPage page) {
    return page.first() + page.rows().size() < page.total();
  }

  public String size(DocumentRow row) {
    return DocumentLabels.size(row.sizeBytes(), language.getLocale());
  }

  /** "Un document reste disponible pour un maximum de 45 jours après avoir été déposé…". */
  public String getExpiryNotice() {
    return Pages.format("exchange.expiryNotice", getView().expiryDays());
  }

  /** "Expire dans 45 jours". */
  public String expiry(DocumentRow row) {
    return Pages.format(
        row.daysLeft() == 1 ? "exchange.expiresOne" : "exchange.expiresIn", row.daysLeft());
  }

  public String deposited(DocumentRow row) {
    return DocumentLabels.deposited(row.depositedAt(), clock.get().getZone(), language.getLocale());
  }

  private static DocumentRow row(List<DocumentRow> rows, Long id) {
    return id == null ? null : rows.stream().filter(r -> r.id() == id).findFirst().orElse(null);
  }

  private static void notFound() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
    faces.responseComplete();
  }

  public Long getProjet() {
    return projet;
  }

  public void setProjet(Long projet) {
    this.projet = projet;
  }

  public int getTab() {
    return tab;
  }

  public void setTab(int tab) {
    this.tab = tab;
  }

  /** {@code ?onglet=transfert} opens *Transfert*; anything else *Récupération*. */
  public String getTabName() {
    return tab == 1 ? "transfert" : null;
  }

  public void setTabName(String name) {
    tab = "transfert".equals(name) ? 1 : 0;
  }

  public boolean isConsentChecked() {
    return consentChecked;
  }

  public void setConsentChecked(boolean consentChecked) {
    this.consentChecked = consentChecked;
  }

  public boolean isComposing() {
    return composing;
  }

  public Long getDownloading() {
    return downloading;
  }

  public Long getWithdrawing() {
    return withdrawing;
  }

  public String getZipPassword() {
    return null;
  }

  public void setZipPassword(String zipPassword) {
    this.zipPassword = zipPassword;
  }
}
