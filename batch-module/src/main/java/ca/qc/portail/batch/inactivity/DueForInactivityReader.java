package ca.qc.portail.batch.inactivity;

import ca.qc.portail.account.Accounts;
import ca.qc.portail.batch.IdReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;

/** Reads the identifiers of accounts due to become Inactif (R-J2), in identifier order. */
@Named("dueForInactivityReader")
@Dependent
public class DueForInactivityReader extends IdReader {

  @Inject private Accounts accounts;

  @Override
  protected List<Long> next(LocalDate day, long afterId, int max) {
    return accounts.dueForInactivity(day, clock.getZone(), afterId, max);
  }
}
