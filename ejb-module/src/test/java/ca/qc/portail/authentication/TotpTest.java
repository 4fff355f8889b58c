package ca.qc.portail.authentication;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 12, deliver 2: TOTP as RFC 6238 defines it and authenticator apps expect it. */
class TotpTest {

  /** RFC 6238 appendix B's SHA-1 seed, "12345678901234567890". */
  private static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

  private static final Instant NOW = Instant.parse("2026-03-02T14:00:10Z");

  @ParameterizedTest(name = "T = {0} s → {1}")
  @CsvSource({
    "59, 94287082",
    "1111111109, 07081804",
    "1111111111, 14050471",
    "1234567890, 89005924",
    "2000000000, 69279037",
    "20000000000, 65353130"
  })
  @DisplayName("RFC 6238 appendix B: the SHA-1 test vectors (8 digits)")
  void rfcVectors(long seconds, String expected) {
    long step = Totp.stepOf(Instant.ofEpochSecond(seconds));
    assertThat(Totp.code(RFC_KEY, step, 8)).isEqualTo(expected);
  }

  @Test
  @DisplayName("6 digits are the last 6 of the same truncation (RFC 4226 appendix D, count 1)")
  void sixDigits() {
    assertThat(Totp.code(RFC_KEY, 1, 6)).isEqualTo("287082");
  }

  @Test
  @DisplayName("Base32 (RFC 4648) round trip, as authenticator apps read the secret")
  void base32() {
    assertThat(Totp.base32(RFC_KEY)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    assertThat(Totp.base32Decode("GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ")).isEqualTo(RFC_KEY);
    String secret = Totp.newSecret(new SecureRandom());
    assertThat(secret).matches("[A-Z2-7]{32}");
  }

  @Test
  @DisplayName("a code is accepted in its step and one step either side, never twice")
  void windowAndReplay() {
    String secret = Totp.base32(RFC_KEY);
    long step = Totp.stepOf(NOW);
    String code = Totp.codeAt(secret, NOW);

    assertThat(Totp.matchingStep(secret, code, NOW, 0)).isEqualTo(OptionalLong.of(step));
    assertThat(Totp.matchingStep(secret, code, NOW.plusSeconds(30), 0))
        .as("one step later: clock drift")
        .isEqualTo(OptionalLong.of(step));
    assertThat(Totp.matchingStep(secret, code, NOW.plusSeconds(90), 0)).as("too old").isEmpty();
    assertThat(Totp.matchingStep(secret, code, NOW, step)).as("replayed").isEmpty();
    assertThat(Totp.matchingStep(secret, "12345", NOW, 0)).isEmpty();
    assertThat(Totp.matchingStep(secret, null, NOW, 0)).isEmpty();
  }

  @Test
  @DisplayName("the otpauth address names the issuer and the account, SHA1, 6 digits, 30 s")
  void uri() {
    assertThat(Totp.uri("Portail partenaires", "nadia.lavoie@example.org", "ABCD"))
        .isEqualTo(
            "otpauth://totp/Portail%20partenaires:nadia.lavoie%40example.org?secret=ABCD"
                + "&issuer=Portail%20partenaires&algorithm=SHA1&digits=6&period=30");
    assertThat(Totp.grouped("ABCDEFGHIJ")).isEqualTo("ABCD EFGH IJ");
  }
}
