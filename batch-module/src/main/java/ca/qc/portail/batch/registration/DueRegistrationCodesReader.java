package ca.qc.portail.batch.registration;

import ca.qc.portail.batch.IdReader;
import ca.qc.portail.registration.RegistrationCodeExpiry;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;

/** Reads the registration codes past their validity (R-J4), in identifier order. */
@Named("dueRegistrationCodesReader")
@Dependent
public class DueRegistrationCodesReader extends IdReader {

  @Inject private RegistrationCodeExpiry expiry;

  @Override
  protected List<Long> next(LocalDate day, long afterId, int max) {
    return expiry.due(day, afterId, max);
  }
}
