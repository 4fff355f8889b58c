package ca.qc.portail.web.requests;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Dates of the access-request pages, in the ministry's time zone: "2026-03-10 14:20", and the day a
 * new form's declaration is dated with. Application-scoped, so view-scoped beans can hold it.
 */
@Named("requestDates")
@ApplicationScoped
public class RequestDates {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  @Inject private Clock clock;

  /** Today in the ministry's time zone. */
  public LocalDate today() {
    return LocalDate.now(clock);
  }

  public String dateTime(Instant instant) {
    return instant == null ? "" : MINUTE.format(instant.atZone(clock.getZone()));
  }

  public String day(LocalDate date) {
    return date == null ? "" : DAY.format(date);
  }
}
