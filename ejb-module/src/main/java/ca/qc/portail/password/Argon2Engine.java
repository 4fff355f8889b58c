package ca.qc.portail.password;

import com.goterl.lazysodium.Sodium;
import com.goterl.lazysodium.SodiumJava;
import com.goterl.lazysodium.utils.LibraryLoader;
import com.sun.jna.NativeLong;
import de.mkammerer.argon2.Argon2Advanced;
import de.mkammerer.argon2.Argon2Factory;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * One Argon2id derivation (RFC 9106, version 1.3): the raw output of {@code length} bytes.
 *
 * <p>{@link #best()} is, of the implementations that load here and agree with Bouncy Castle on a
 * probe: libsodium (through lazysodium-java, JNA; the system's, or the one it bundles for the usual
 * platforms), whose Argon2 is vectorised (SSSE3, AVX2, AVX-512F, chosen by the processor at run
 * time); else the reference C implementation, libargon2 (through argon2-jvm), portable C; else
 * Bouncy Castle's Java implementation. All three give the same bytes for the same parameters, so
 * stored hashes do not depend on the engine. Why not Bouncy Castle always (issue 14,
 * bench/RESULTS.md): its hot loop is at the mercy of the JIT in a busy application server —
 * profiled under login load, a JVM three minutes old still ran half of it interpreted, at 66 ms of
 * CPU per hash instead of 25 — and each hash allocates its 7 MiB on the Java heap. libargon2 costs
 * 15–25 ms per hash at m=7168 KiB, t=5, p=1 from the first login; libsodium the same hash in 7–9 ms
 * on the machine libargon2 took 15 ms (2026-12-06): a login cost the server 40 % less there. Both
 * allocate and wipe their memory outside the heap. libsodium derives Argon2id with one lane and a
 * 16-byte salt only: other parameters go to the next engine ({@link Libsodium}).
 */
sealed interface Argon2Engine
    permits Argon2Engine.Libsodium, Argon2Engine.Native, Argon2Engine.BouncyCastle {

  Logger LOG = Logger.getLogger(Argon2Engine.class.getName());

  byte[] derive(
      byte[] password, byte[] salt, int memoryKib, int iterations, int parallelism, int length);

  /** What the server log and the tests call this engine. */
  String name();

  /**
   * libsodium, else libargon2, else Bouncy Castle: the first that loads and agrees with Bouncy
   * Castle on a probe. Probed once (per class loader): the answer is the platform's.
   */
  static Argon2Engine best() {
    return Probed.BEST;
  }

  /** The engine {@link #best()} chose, found when first asked. */
  final class Probed {
    static final Argon2Engine BEST = probe();

    private Probed() {}
  }

  private static Argon2Engine probe() {
    BouncyCastle java = new BouncyCastle();
    Argon2Engine portable = agreeing(java, "libargon2", Native::load).orElse(java);
    return agreeing(java, "libsodium", () -> Libsodium.load(portable)).orElse(portable);
  }

  /**
   * The engine {@code loader} gives when it loads and derives what {@code java} derives on a probe
   * of the parameters the portal uses (one lane, a 16-byte salt); empty, said in the log,
   * otherwise.
   */
  private static Optional<Argon2Engine> agreeing(
      BouncyCastle java, String name, Supplier<Argon2Engine> loader) {
    try {
      Argon2Engine engine = loader.get();
      byte[] password = "probe".getBytes(StandardCharsets.US_ASCII);
      byte[] salt = "portail-partner!".getBytes(StandardCharsets.US_ASCII);
      if (Arrays.equals(
          engine.derive(password, salt, 64, 2, 1, 32), java.derive(password, salt, 64, 2, 1, 32))) {
        return Optional.of(engine);
      }
      LOG.log(Level.WARNING, "{0} disagrees with Bouncy Castle on a probe: not used", name);
    } catch (LinkageError | RuntimeException e) {
      // No library for this platform, or a temporary directory it cannot be unpacked into and
      // loaded from (java.io.tmpdir; jna.tmpdir for libargon2): the next engine serves.
      LOG.log(Level.WARNING, "{0} could not be loaded ({1})", new Object[] {name, e.toString()});
    }
    return Optional.empty();
  }

  /**
   * libsodium through lazysodium-java: the system's when one is installed (a distribution's
   * package, kept up to date by its security updates: Debian's libsodium23), else the copy bundled
   * with lazysodium (1.0.18), unpacked into java.io.tmpdir. It derives with one lane and a 16-byte
   * salt, as every hash this portal writes; a stored hash of other parameters is derived by {@code
   * other}.
   */
  record Libsodium(Sodium sodium, Argon2Engine other) implements Argon2Engine {

    /** libsodium's salt length (crypto_pwhash_SALTBYTES). */
    static final int SALT_BYTES = 16;

    /** crypto_pwhash_ALG_ARGON2ID13. */
    private static final int ARGON2ID13 = 2;

    static Libsodium load(Argon2Engine other) {
      Sodium sodium = new SodiumJava(LibraryLoader.Mode.PREFER_SYSTEM);
      if (sodium.sodium_init() < 0) {
        throw new IllegalStateException("sodium_init failed");
      }
      return new Libsodium(sodium, other);
    }

    @Override
    public byte[] derive(
        byte[] password, byte[] salt, int memoryKib, int iterations, int parallelism, int length) {
      if (parallelism != 1 || salt.length != SALT_BYTES || length < 16) {
        return other.derive(password, salt, memoryKib, iterations, parallelism, length);
      }
      byte[] out = new byte[length];
      int status =
          sodium.crypto_pwhash(
              out,
              length,
              password,
              password.length,
              salt,
              iterations,
              new NativeLong(memoryKib * 1024L),
              ARGON2ID13);
      if (status != 0) {
        // Only when the parameters are out of libsodium's range or memory runs out.
        throw new IllegalStateException("libsodium could not derive the hash (" + status + ")");
      }
      return out;
    }

    @Override
    public String name() {
      return "libsodium";
    }
  }

  /** libargon2 through argon2-jvm. */
  record Native(Argon2Advanced argon2) implements Argon2Engine {

    static Native load() {
      return new Native(Argon2Factory.createAdvanced(Argon2Factory.Argon2Types.ARGON2id));
    }

    @Override
    public byte[] derive(
        byte[] password, byte[] salt, int memoryKib, int iterations, int parallelism, int length) {
      return argon2.pbkdf(iterations, memoryKib, parallelism, password, salt, length);
    }

    @Override
    public String name() {
      return "libargon2";
    }
  }

  /** Bouncy Castle's Java implementation. */
  record BouncyCastle() implements Argon2Engine {
    @Override
    public byte[] derive(
        byte[] password, byte[] salt, int memoryKib, int iterations, int parallelism, int length) {
      Argon2BytesGenerator generator = new Argon2BytesGenerator();
      generator.init(
          new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
              .withVersion(Argon2Parameters.ARGON2_VERSION_13)
              .withMemoryAsKB(memoryKib)
              .withIterations(iterations)
              .withParallelism(parallelism)
              .withSalt(salt)
              .build());
      byte[] out = new byte[length];
      generator.generateBytes(password, out);
      return out;
    }

    @Override
    public String name() {
      return "Bouncy Castle";
    }
  }
}
