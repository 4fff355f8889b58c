package ca.qc.portail.batch.notice;

import ca.qc.portail.account.ExpiryNotices;
import ca.qc.portail.batch.IdReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;

/** Reads the partners whose officers are due an expiry notice (R-J3), in identifier order. */
@Named("partnersDueANoticeReader")
@Dependent
public class PartnersDueANoticeReader extends IdReader {

  @Inject private ExpiryNotices notices;

  @Override
  protected List<Long> next(LocalDate day, long afterId, int max) {
    return notices.partnersDue(day, afterId, max);
  }
}
