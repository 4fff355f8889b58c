package ca.qc.portail.exchange;

import java.util.List;

/**
 * *Transmettre un document* (R-E3, R-E10): one file (its name and size), one or several recipients,
 * an optional note, and an optional password for a protected ZIP, used once to make its slow hash
 * and never kept.
 */
public record DepositRequest(
    String fileName, long size, List<Long> recipients, String note, String zipPassword) {

  public DepositRequest {
    recipients = recipients == null ? List.of() : List.copyOf(recipients);
  }

  @Override
  public String toString() {
    return "DepositRequest[" + fileName + ", " + size + " bytes, to " + recipients + "]";
  }
}
