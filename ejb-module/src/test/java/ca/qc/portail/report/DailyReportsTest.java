package ca.qc.portail.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DailyReportsTest {

  @Test
  @DisplayName("R-J7: a report list shows its lines, a dash when empty, an ellipsis when cut")
  void lists() {
    assertThat(DailyReports.list(List.of(), 0)).isEqualTo("—");
    assertThat(DailyReports.list(List.of("A", "B"), 2)).isEqualTo("- A\n- B");
    assertThat(DailyReports.list(List.of("A"), 5)).isEqualTo("- A\n- …");
  }
}
