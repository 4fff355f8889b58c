package ca.qc.portail.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OutboxTest {

  @Test
  @DisplayName("R-J6: retries back off exponentially from the base, never beyond an hour")
  void backoff() {
    assertThat(Outbox.backoff(1, 60)).isEqualTo(Duration.ofMinutes(1));
    assertThat(Outbox.backoff(2, 60)).isEqualTo(Duration.ofMinutes(2));
    assertThat(Outbox.backoff(4, 60)).isEqualTo(Duration.ofMinutes(8));
    assertThat(Outbox.backoff(7, 60)).isEqualTo(Duration.ofHours(1));
    assertThat(Outbox.backoff(40, 60)).isEqualTo(Duration.ofHours(1));
  }
}
