package ca.qc.portail.exchange;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.subtle.AesGcmJce;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The master key that wraps every document's data key (R-E9): 32 bytes of AES-256-GCM key, given in
 * Base64 by the setting {@code documents.masterKey} (env {@code DOCUMENTS_MASTER_KEY}) or, when
 * that is not set (the embedded default), read from {@code $DATA_DIR/documents-master.key}, created
 * there at first need with permissions 600. Every instance of a cluster needs the same key: set the
 * setting, or put the data folder on the shared mount.
 */
@ApplicationScoped
public class MasterKey {

  private static final Logger LOG = Logger.getLogger(MasterKey.class.getName());
  static final String FILE_NAME = "documents-master.key";
  private static final int KEY_BYTES = 32;

  @Inject
  @ConfigProperty(name = "documents.masterKey")
  Optional<String> configured;

  /**
   * The same setting as the environment spells it ({@code documents.masterKey} maps to
   * DOCUMENTS_MASTERKEY).
   */
  @Inject
  @ConfigProperty(name = "DOCUMENTS_MASTER_KEY")
  Optional<String> fromEnvironment;

  @Inject
  @ConfigProperty(name = "data.dir")
  Optional<String> dataDir;

  private volatile Aead aead;

  /** The AEAD that wraps and unwraps data keys. */
  Aead aead() {
    Aead current = aead;
    if (current == null) {
      synchronized (this) {
        if (aead == null) {
          aead = load();
        }
        current = aead;
      }
    }
    return current;
  }

  /** Where the key file is (or would be) kept when the setting does not give the key. */
  public Path file() {
    return DocumentStore.dataFolder(dataDir).resolve(FILE_NAME);
  }

  private Aead load() {
    byte[] key =
        configured
            .or(() -> fromEnvironment == null ? Optional.empty() : fromEnvironment)
            .filter(s -> !s.isBlank())
            .map(MasterKey::decode)
            .orElseGet(this::fromFile);
    try {
      return new AesGcmJce(key);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Unusable documents master key", e);
    }
  }

  private static byte[] decode(String base64) {
    byte[] key = Base64.getDecoder().decode(base64.strip());
    if (key.length != KEY_BYTES) {
      throw new IllegalStateException(
          "documents.masterKey must be " + KEY_BYTES + " bytes in Base64, not " + key.length);
    }
    return key;
  }

  /**
   * Reads the key file, or creates it: written aside with permissions 600, then linked in place
   * (never replacing), so two instances starting together on a shared folder keep one key.
   */
  private byte[] fromFile() {
    Path file = file();
    try {
      if (!Files.exists(file)) {
        Files.createDirectories(file.getParent());
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        Path aside =
            Files.createTempFile(
                file.getParent(),
                FILE_NAME,
                ".new",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(
            aside, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
        try {
          // A hard link, unlike a rename, never replaces a key another instance just created.
          Files.createLink(file, aside);
          LOG.info(() -> "Documents master key created in " + file);
        } catch (FileAlreadyExistsException e) {
          // Created meanwhile by another instance: that one is the key.
        } finally {
          Files.deleteIfExists(aside);
        }
      }
      return decode(Files.readString(file, StandardCharsets.US_ASCII));
    } catch (IOException e) {
      throw new UncheckedIOException("Documents master key unreadable: " + file, e);
    }
  }
}
