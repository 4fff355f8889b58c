package ca.qc.portail.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The one SHA-256 of the product: what is stored in place of a secret that is random enough not to
 * need a slow hash (reset links, login-challenge references and codes, registration codes).
 */
public final class Digests {
  private Digests() {}

  /** SHA-256 of the UTF-8 bytes of {@code value}, in lower-case hexadecimal (64 characters). */
  public static String sha256Hex(String value) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
