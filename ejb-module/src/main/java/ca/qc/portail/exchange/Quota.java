package ca.qc.portail.exchange;

/** R-E6: how many of a per-member quota are used: "Téléchargements effectués: 1 / 10". */
public record Quota(int used, int limit) {

  public boolean reached() {
    return used >= limit;
  }

  /** "1 / 10". */
  public String display() {
    return used + " / " + limit;
  }
}
