package ca.qc.portail.authentication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The key that encrypts the authenticator secrets in the database (AES-256-GCM, the account's
 * identifier as associated data, so a secret copied to another row does not decrypt): 32 bytes in
 * Base64 from {@code mfa.totpKey} (env {@code MFA_TOTPKEY}) or, when that is not set, the file
 * {@code $DATA_DIR/totp-secrets.key}, created at first need with permissions 600. Every instance of
 * a cluster needs the same key.
 */
@ApplicationScoped
public class TotpKey {

  private static final Logger LOG = Logger.getLogger(TotpKey.class.getName());
  static final String FILE_NAME = "totp-secrets.key";
  private static final int KEY_BYTES = 32;
  private static final int NONCE_BYTES = 12;

  @Inject
  @ConfigProperty(name = "mfa.totpKey")
  Optional<String> configured;

  @Inject
  @ConfigProperty(name = "data.dir")
  Optional<String> dataDir;

  private final SecureRandom random = new SecureRandom();
  private volatile SecretKeySpec key;

  /** {@code secret} encrypted for {@code accountId}: nonce and ciphertext, in Base64. */
  public String encrypt(long accountId, String secret) {
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(128, nonce));
      cipher.updateAAD(associated(accountId));
      byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.US_ASCII));
      return Base64.getEncoder()
          .encodeToString(
              ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Authenticator secret not encrypted", e);
    }
  }

  /** The secret {@link #encrypt} sealed for {@code accountId}. */
  public String decrypt(long accountId, String stored) {
    byte[] all = Base64.getDecoder().decode(stored);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(128, all, 0, NONCE_BYTES));
      cipher.updateAAD(associated(accountId));
      return new String(
          cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.US_ASCII);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Authenticator secret unreadable with this key", e);
    }
  }

  private static byte[] associated(long accountId) {
    return ("user_account:" + accountId).getBytes(StandardCharsets.US_ASCII);
  }

  private SecretKeySpec key() {
    SecretKeySpec current = key;
    if (current == null) {
      synchronized (this) {
        if (key == null) {
          key =
              new SecretKeySpec(
                  configured
                      .filter(s -> !s.isBlank())
                      .map(TotpKey::decode)
                      .orElseGet(this::fromFile),
                  "AES");
        }
        current = key;
      }
    }
    return current;
  }

  private static byte[] decode(String base64) {
    byte[] bytes = Base64.getDecoder().decode(base64.strip());
    if (bytes.length != KEY_BYTES) {
      throw new IllegalStateException(
          "mfa.totpKey must be " + KEY_BYTES + " bytes in Base64, not " + bytes.length);
    }
    return bytes;
  }

  /**
   * Reads the key file or creates it (written aside with mode 600, then linked: never replaced).
   */
  private byte[] fromFile() {
    Path folder =
        dataDir
            .filter(s -> !s.isBlank())
            .map(Path::of)
            .orElseGet(() -> Path.of(System.getProperty("java.io.tmpdir"), "portail-data"));
    Path file = folder.resolve(FILE_NAME);
    try {
      if (!Files.exists(file)) {
        Files.createDirectories(folder);
        byte[] fresh = new byte[KEY_BYTES];
        random.nextBytes(fresh);
        Path aside =
            Files.createTempFile(
                folder,
                FILE_NAME,
                ".new",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(
            aside, Base64.getEncoder().encodeToString(fresh), StandardCharsets.US_ASCII);
        try {
          Files.createLink(file, aside);
          LOG.info(() -> "Authenticator secrets key created in " + file);
        } catch (FileAlreadyExistsException e) {
          // Created meanwhile by another instance: that one is the key.
        } finally {
          Files.deleteIfExists(aside);
        }
      }
      return decode(Files.readString(file, StandardCharsets.US_ASCII));
    } catch (IOException e) {
      throw new UncheckedIOException("Authenticator secrets key unreadable: " + file, e);
    }
  }
}
