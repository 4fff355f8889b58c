package ca.qc.portail.password;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class Argon2EngineTest {

  private static final Argon2Engine JAVA = new Argon2Engine.BouncyCastle();

  @Test
  @DisplayName("Issue 14: libargon2 loads on this platform and is the engine chosen")
  void libargon2IsChosenWhereItLoads() {
    assertThat(Argon2Engine.best()).isInstanceOf(Argon2Engine.Native.class);
    assertThat(Argon2Engine.best().name()).isEqualTo("libargon2");
  }

  @Test
  @DisplayName("R-P6: both engines give the reference implementation's Argon2id test vector")
  void bothEnginesGiveTheReferenceVector() {
    // phc-winner-argon2's test.c: Argon2id, version 1.3, t=2, m=2^16 KiB, p=1.
    byte[] password = "password".getBytes(StandardCharsets.US_ASCII);
    byte[] salt = "somesalt".getBytes(StandardCharsets.US_ASCII);
    String expected = "09316115d5cf24ed5a15a31a3ba326e5cf32edc24702987c02b6566f61913cf7";

    for (Argon2Engine engine : new Argon2Engine[] {Argon2Engine.best(), JAVA}) {
      assertThat(HexFormat.of().formatHex(engine.derive(password, salt, 65536, 2, 1, 32)))
          .as(engine.name())
          .isEqualTo(expected);
    }
  }

  @Test
  @DisplayName("R-P6: a hash stored by one engine is verified by the other, both ways")
  void storedHashesDoNotDependOnTheEngine() {
    PasswordHasher java = new PasswordHasher(7168, 5, 1, 1, JAVA);
    PasswordHasher c = new PasswordHasher(7168, 5, 1, 1, Argon2Engine.best());

    String byJava = java.hash("Demo-Portail-2026 é");
    String byC = c.hash("Demo-Portail-2026 é");

    assertThat(c.verify("Demo-Portail-2026 é", byJava)).isTrue();
    assertThat(java.verify("Demo-Portail-2026 é", byC)).isTrue();
    assertThat(c.verify("Demo-Portail-2026 e", byJava)).isFalse();
    assertThat(java.verify("Demo-Portail-2026 e", byC)).isFalse();
  }
}
