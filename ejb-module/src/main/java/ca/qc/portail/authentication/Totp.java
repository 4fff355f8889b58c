package ca.qc.portail.authentication;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords as RFC 6238 defines them and authenticator apps expect them:
 * HMAC-SHA-1, 30-second steps from the Unix epoch, 6 digits, the secret shared in Base32 (RFC 4648,
 * no padding). A code is accepted for the current step and one step either side (clock drift), and
 * only for a step after the last one accepted, so it cannot be replayed.
 */
public final class Totp {

  public static final int DIGITS = 6;
  public static final long STEP_SECONDS = 30;

  /** Steps accepted either side of the current one. */
  static final int DRIFT_STEPS = 1;

  private static final int SECRET_BYTES = 20;
  private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

  private Totp() {}

  /** A new random secret of 160 bits (RFC 4226's recommendation), in Base32. */
  public static String newSecret(SecureRandom random) {
    byte[] secret = new byte[SECRET_BYTES];
    random.nextBytes(secret);
    return base32(secret);
  }

  /** The time step of {@code at}. */
  public static long stepOf(Instant at) {
    return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
  }

  /** The {@code digits}-digit code of {@code step} for {@code key} (RFC 4226's truncation). */
  static String code(byte[] key, long step, int digits) {
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(key, "HmacSHA1"));
      byte[] hash = mac.doFinal(java.nio.ByteBuffer.allocate(8).putLong(step).array());
      int offset = hash[hash.length - 1] & 0x0f;
      int binary =
          ((hash[offset] & 0x7f) << 24)
              | ((hash[offset + 1] & 0xff) << 16)
              | ((hash[offset + 2] & 0xff) << 8)
              | (hash[offset + 3] & 0xff);
      int modulus = (int) Math.pow(10, digits);
      return String.format(Locale.ROOT, "%0" + digits + "d", binary % modulus);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA1 unavailable", e);
    }
  }

  /** The 6-digit code of {@code secret} (Base32) at {@code at}. */
  public static String codeAt(String secret, Instant at) {
    return code(base32Decode(secret), stepOf(at), DIGITS);
  }

  /**
   * The step {@code code} was made for, when it is one of the accepted steps around {@code now} and
   * after {@code lastAcceptedStep}; empty otherwise (wrong, too old, or already used).
   */
  public static OptionalLong matchingStep(
      String secret, String code, Instant now, long lastAcceptedStep) {
    if (code == null || !code.strip().matches("\\d{" + DIGITS + "}")) {
      return OptionalLong.empty();
    }
    byte[] key = base32Decode(secret);
    byte[] typed = code.strip().getBytes(StandardCharsets.US_ASCII);
    long current = stepOf(now);
    OptionalLong found = OptionalLong.empty();
    // Every candidate is computed and compared in constant time, whichever matches.
    for (long step = current - DRIFT_STEPS; step <= current + DRIFT_STEPS; step++) {
      byte[] expected = code(key, step, DIGITS).getBytes(StandardCharsets.US_ASCII);
      if (MessageDigest.isEqual(expected, typed) && step > lastAcceptedStep && found.isEmpty()) {
        found = OptionalLong.of(step);
      }
    }
    return found;
  }

  /**
   * The {@code otpauth://} address an authenticator app reads from the QR code (Key Uri Format):
   * the issuer and the account's name as its label, the secret and the parameters.
   */
  public static String uri(String issuer, String accountName, String secret) {
    String label = encode(issuer) + ":" + encode(accountName);
    return "otpauth://totp/"
        + label
        + "?secret="
        + secret
        + "&issuer="
        + encode(issuer)
        + "&algorithm=SHA1&digits="
        + DIGITS
        + "&period="
        + STEP_SECONDS;
  }

  /** The secret in groups of four characters, easier to type into an app by hand. */
  public static String grouped(String secret) {
    return secret.replaceAll("(.{4})(?!$)", "$1 ");
  }

  static String base32(byte[] bytes) {
    StringBuilder out = new StringBuilder();
    int buffer = 0;
    int bits = 0;
    for (byte b : bytes) {
      buffer = (buffer << 8) | (b & 0xff);
      bits += 8;
      while (bits >= 5) {
        out.append(ALPHABET.charAt((buffer >> (bits - 5)) & 31));
        bits -= 5;
      }
    }
    if (bits > 0) {
      out.append(ALPHABET.charAt((buffer << (5 - bits)) & 31));
    }
    return out.toString();
  }

  static byte[] base32Decode(String text) {
    String clean = text.replace(" ", "").replace("=", "").toUpperCase(Locale.ROOT);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int buffer = 0;
    int bits = 0;
    for (char c : clean.toCharArray()) {
      int value = ALPHABET.indexOf(c);
      if (value < 0) {
        throw new IllegalArgumentException("Not Base32");
      }
      buffer = (buffer << 5) | value;
      bits += 5;
      if (bits >= 8) {
        out.write((buffer >> (bits - 8)) & 0xff);
        bits -= 8;
      }
    }
    return out.toByteArray();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
