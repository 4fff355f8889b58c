package ca.qc.portail.authentication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12, deliver 2: authenticator secrets are stored only encrypted, bound to their account. */
class TotpKeyTest {

  private static TotpKey key(Optional<String> configured, Optional<String> dataDir) {
    TotpKey key = new TotpKey();
    key.configured = configured;
    key.dataDir = dataDir;
    return key;
  }

  @Test
  @DisplayName("a secret is encrypted (never stored as typed) and decrypts only for its account")
  void encryptedAndBound() {
    TotpKey key =
        key(Optional.of(Base64.getEncoder().encodeToString(new byte[32])), Optional.empty());
    String secret = "DEMOPORTAILPARTENAIRESAGENTSDEMO";

    String stored = key.encrypt(42, secret);

    assertThat(stored).doesNotContain(secret).isNotEqualTo(key.encrypt(42, secret));
    assertThat(key.decrypt(42, stored)).isEqualTo(secret);
    assertThatThrownBy(() -> key.decrypt(43, stored)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  @DisplayName("without mfa.totpKey, the key file is created once, readable by its owner only")
  void keyFile(@TempDir Path dataDir) throws Exception {
    TotpKey first = key(Optional.empty(), Optional.of(dataDir.toString()));
    String stored = first.encrypt(7, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");
    Path file = dataDir.resolve(TotpKey.FILE_NAME);

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    TotpKey second = key(Optional.empty(), Optional.of(dataDir.toString()));
    assertThat(second.decrypt(7, stored)).isEqualTo("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");
  }
}
