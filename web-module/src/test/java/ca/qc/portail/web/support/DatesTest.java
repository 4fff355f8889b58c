package ca.qc.portail.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DatesTest {

  @Test
  @DisplayName("R-L6: dates written as the seeds write them, in French and English")
  void longDates() {
    assertThat(Dates.longDate(LocalDate.of(2021, 8, 27), Locale.CANADA_FRENCH))
        .isEqualTo("27 août 2021");
    assertThat(Dates.longDate(LocalDate.of(2022, 7, 1), Locale.CANADA_FRENCH))
        .isEqualTo("1er juillet 2022");
    assertThat(Dates.longDate(LocalDate.of(2022, 7, 26), Locale.CANADA)).isEqualTo("July 26, 2022");
  }
}
