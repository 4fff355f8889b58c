package ca.qc.portail.web.session;

import static org.assertj.core.api.Assertions.assertThat;

import ca.qc.portail.authentication.SignedInUser;
import ca.qc.portail.password.PasswordStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CurrentUserTest {

  private static final Instant SIGNED_IN = Instant.parse("2026-03-02T13:00:00Z");

  private static SignedInUser someone() {
    return new SignedInUser(
        1L,
        "gcaron",
        "Geneviève",
        "Caron",
        2L,
        "CÉGEP",
        null,
        null,
        Set.of(),
        Set.of(),
        "fr",
        PasswordStatus.CURRENT,
        0L,
        false);
  }

  @Test
  @DisplayName("#8: a session lasts at most its absolute lifetime from sign-in, whatever its use")
  void absoluteLifetime() {
    CurrentUser session = new CurrentUser();
    session.signIn(someone(), SIGNED_IN);
    Duration twelveHours = Duration.ofHours(12);

    assertThat(session.outlived(twelveHours, SIGNED_IN.plus(Duration.ofHours(11).plusMinutes(59))))
        .isFalse();
    assertThat(session.outlived(twelveHours, SIGNED_IN.plus(twelveHours))).isTrue();
    assertThat(new CurrentUser().outlived(twelveHours, SIGNED_IN)).as("never signed in").isTrue();
  }

  @Test
  @DisplayName("#8: each sign-in gives a new 128-bit key, the only one the session accepts")
  void sessionKey() {
    CurrentUser session = new CurrentUser();
    String first = session.signIn(someone(), SIGNED_IN);
    String second = session.signIn(someone(), SIGNED_IN);

    assertThat(Base64.getUrlDecoder().decode(second)).hasSize(16);
    assertThat(second).isNotEqualTo(first);
    assertThat(session.holdsKey(second)).isTrue();
    assertThat(session.holdsKey(first)).isFalse();
    assertThat(session.holdsKey(null)).isFalse();
    assertThat(new CurrentUser().holdsKey(second)).isFalse();
  }
}
