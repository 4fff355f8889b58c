package ca.qc.portail.password;

import de.mkammerer.argon2.Argon2Advanced;
import de.mkammerer.argon2.Argon2Factory;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * One Argon2id derivation (RFC 9106, version 1.3): the raw output of {@code length} bytes.
 *
 * <p>{@link #best()} is the reference C implementation, libargon2, through argon2-jvm (JNA; the
 * library is bundled for the usual platforms) when it loads here and agrees with Bouncy Castle on a
 * probe, and Bouncy Castle's Java implementation otherwise. Why not Bouncy Castle always (issue 14,
 * bench/RESULTS.md): its hot loop is at the mercy of the JIT in a busy application server —
 * profiled under login load, a JVM three minutes old still ran half of it interpreted, at 66 ms of
 * CPU per hash instead of 25, while the compiler threads were busy with the web stack — and each
 * hash allocates its 7 MiB on the Java heap, which the collector then copies and promotes. The C
 * library costs the same 21–25 ms per hash in every JVM from the first login, and its memory is
 * allocated and wiped outside the heap.
 */
sealed interface Argon2Engine permits Argon2Engine.Native, Argon2Engine.BouncyCastle {

  Logger LOG = Logger.getLogger(Argon2Engine.class.getName());

  byte[] derive(
      byte[] password, byte[] salt, int memoryKib, int iterations, int parallelism, int length);

  /** What the server log and the tests call this engine. */
  String name();

  /**
   * libargon2 when it loads and agrees with Bouncy Castle on a probe; Bouncy Castle otherwise.
   * Probed once (per class loader): the answer is the platform's.
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
    try {
      Native c = new Native(Argon2Factory.createAdvanced(Argon2Factory.Argon2Types.ARGON2id));
      byte[] password = "probe".getBytes(StandardCharsets.US_ASCII);
      byte[] salt = "portail-partenaires".getBytes(StandardCharsets.US_ASCII);
      if (Arrays.equals(
          c.derive(password, salt, 64, 2, 1, 32), java.derive(password, salt, 64, 2, 1, 32))) {
        return c;
      }
      LOG.warning("libargon2 disagrees with Bouncy Castle on a probe: hashing in Java");
    } catch (LinkageError | RuntimeException e) {
      // No library for this platform, or a temporary directory it cannot be loaded from (JNA
      // unpacks it into java.io.tmpdir, or jna.tmpdir when set): the Java implementation serves.
      LOG.log(Level.WARNING, "libargon2 could not be loaded: hashing in Java ({0})", e.toString());
    }
    return java;
  }

  /** libargon2 through argon2-jvm. */
  record Native(Argon2Advanced argon2) implements Argon2Engine {
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
