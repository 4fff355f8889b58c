package ca.qc.portail.batch.expiry;

import ca.qc.portail.account.Accounts;
import ca.qc.portail.batch.IdReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;

/** Reads the identifiers of accounts due to expire (R-J1), in identifier order. */
@Named("dueForExpiryReader")
@Dependent
public class DueForExpiryReader extends IdReader {

  @Inject private Accounts accounts;

  @Override
  protected List<Long> next(LocalDate day, long afterId, int max) {
    return accounts.dueForExpiry(day, afterId, max);
  }
}
