package ca.qc.portail.password;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class Argon2EngineTest {

  private static final Argon2Engine JAVA = new Argon2Engine.BouncyCastle();
  private static final Argon2Engine LIBARGON2 = Argon2Engine.Native.load();

  @Test
  @DisplayName("Issue 14: libsodium loads on this platform and is the engine chosen")
  void libsodiumIsChosenWhereItLoads() {
    assertThat(Argon2Engine.best()).isInstanceOf(Argon2Engine.Libsodium.class);
    assertThat(Argon2Engine.best().name()).isEqualTo("libsodium");
    assertThat(((Argon2Engine.Libsodium) Argon2Engine.best()).other().name())
        .as("what derives the parameters libsodium does not take")
        .isEqualTo("libargon2");
  }

  @Test
  @DisplayName("R-P6: every engine gives the reference implementation's Argon2id test vector")
  void everyEngineGivesTheReferenceVector() {
    // phc-winner-argon2's test.c: Argon2id, version 1.3, t=2, m=2^16 KiB, p=1 (an 8-byte salt,
    // which libsodium hands to libargon2).
    byte[] password = "password".getBytes(StandardCharsets.US_ASCII);
    byte[] salt = "somesalt".getBytes(StandardCharsets.US_ASCII);
    String expected = "09316115d5cf24ed5a15a31a3ba326e5cf32edc24702987c02b6566f61913cf7";

    for (Argon2Engine engine : new Argon2Engine[] {Argon2Engine.best(), LIBARGON2, JAVA}) {
      assertThat(HexFormat.of().formatHex(engine.derive(password, salt, 65536, 2, 1, 32)))
          .as(engine.name())
          .isEqualTo(expected);
    }
  }

  @Test
  @DisplayName("R-P6: libsodium derives the portal's parameters as the other engines do")
  void libsodiumAgreesOnThePortalsParameters() {
    byte[] password = "Demo-Portail-2026 é".getBytes(StandardCharsets.UTF_8);
    byte[] salt = HexFormat.of().parseHex("8f1e0c5a7b3d294e6a0b1c2d3e4f5061");
    byte[] java = JAVA.derive(password, salt, 7168, 5, 1, 32);

    assertThat(Argon2Engine.best().derive(password, salt, 7168, 5, 1, 32)).isEqualTo(java);
    assertThat(LIBARGON2.derive(password, salt, 7168, 5, 1, 32)).isEqualTo(java);
  }

  @Test
  @DisplayName(
      "R-P6: what libsodium cannot derive (two lanes, an 8-byte salt) goes to the next engine")
  void parametersLibsodiumDoesNotTakeGoToTheNextEngine() {
    // libsodium has one lane and reads 16 bytes of salt whatever it is given: a derivation of other
    // parameters is the next engine's, here Bouncy Castle's, byte for byte.
    Argon2Engine.Libsodium libsodium =
        new Argon2Engine.Libsodium(((Argon2Engine.Libsodium) Argon2Engine.best()).sodium(), JAVA);
    byte[] password = "password".getBytes(StandardCharsets.US_ASCII);
    byte[] sixteen = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    byte[] eight = "somesalt".getBytes(StandardCharsets.US_ASCII);

    assertThat(libsodium.derive(password, sixteen, 64, 2, 2, 32))
        .as("two lanes")
        .isEqualTo(JAVA.derive(password, sixteen, 64, 2, 2, 32))
        .isNotEqualTo(libsodium.derive(password, sixteen, 64, 2, 1, 32));
    assertThat(libsodium.derive(password, eight, 64, 2, 1, 32))
        .as("an 8-byte salt")
        .isEqualTo(JAVA.derive(password, eight, 64, 2, 1, 32));
  }

  @Test
  @DisplayName("R-P6: a hash stored by one engine is verified by the others, every way")
  void storedHashesDoNotDependOnTheEngine() {
    List<PasswordHasher> hashers =
        List.of(
            new PasswordHasher(7168, 5, 1, 1, JAVA),
            new PasswordHasher(7168, 5, 1, 1, LIBARGON2),
            new PasswordHasher(7168, 5, 1, 1, Argon2Engine.best()));
    for (PasswordHasher storing : hashers) {
      String stored = storing.hash("Demo-Portail-2026 é");
      for (PasswordHasher verifying : hashers) {
        String pair = storing.engine() + " → " + verifying.engine();
        assertThat(verifying.verify("Demo-Portail-2026 é", stored)).as(pair).isTrue();
        assertThat(verifying.verify("Demo-Portail-2026 e", stored)).as(pair).isFalse();
      }
    }
  }
}
