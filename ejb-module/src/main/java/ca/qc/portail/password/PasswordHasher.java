package ca.qc.portail.password;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Argon2id password hashing (R-P6) in the PHC string format {@code
 * $argon2id$v=19$m=7168,t=5,p=1$salt$hash}, so each stored hash carries its own parameters and can
 * be upgraded when they change.
 *
 * <p>The defaults are OWASP's minimum for Argon2id: 7 MiB of memory, 5 passes, 1 lane.
 *
 * <p>At most {@code concurrency} derivations run at once (by default one per processor), the others
 * wait their turn: each one holds its memory (7 MiB) for as long as it runs, so sixteen logins
 * hashing side by side on two processors held sixteen times that in the heap for eight times as
 * long, for no more logins per second (issue 14: the server's peak memory under login load).
 * Keycloak's Argon2 provider bounds its hashing the same way.
 *
 * <p>The derivation itself is libsodium's when it loads, else libargon2's, else Bouncy Castle's
 * ({@link Argon2Engine}); all give the same bytes, so stored hashes do not depend on it.
 */
public final class PasswordHasher {

  private static final Pattern PHC =
      Pattern.compile(
          "\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,3}),p=(\\d{1,2})\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
  private static final int SALT_BYTES = 16;
  private static final int HASH_BYTES = 32;
  private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getDecoder();

  private final int memoryKib;
  private final int iterations;
  private final int parallelism;
  private final SecureRandom random = new SecureRandom();
  private final String decoy;
  private final AtomicLong derivations = new AtomicLong();
  private final Semaphore running;
  private final AtomicInteger inProgress = new AtomicInteger();
  private final AtomicInteger mostAtOnce = new AtomicInteger();
  private final Argon2Engine engine;

  public PasswordHasher(int memoryKib, int iterations, int parallelism) {
    this(memoryKib, iterations, parallelism, Runtime.getRuntime().availableProcessors());
  }

  /** {@code concurrency}: how many derivations may run at once, the others waiting (≥ 1). */
  public PasswordHasher(int memoryKib, int iterations, int parallelism, int concurrency) {
    this(memoryKib, iterations, parallelism, concurrency, Argon2Engine.best());
  }

  /** As above, deriving with {@code engine}. */
  PasswordHasher(
      int memoryKib, int iterations, int parallelism, int concurrency, Argon2Engine engine) {
    if (concurrency < 1) {
      throw new IllegalArgumentException("At least one password derivation must be able to run");
    }
    this.running = new Semaphore(concurrency, true);
    if (memoryKib < 7168 || iterations < 1 || parallelism < 1) {
      throw new IllegalArgumentException(
          "Argon2id parameters below OWASP's minimum (m=7168 KiB, t=5, p=1 or stronger)");
    }
    if ((long) memoryKib * iterations < 7168L * 5) {
      throw new IllegalArgumentException(
          "Argon2id cost below OWASP's minimum (m=7168 KiB, t=5, p=1)");
    }
    this.memoryKib = memoryKib;
    this.iterations = iterations;
    this.parallelism = parallelism;
    this.engine = engine;
    this.decoy = hash("decoy-" + random.nextLong());
  }

  /**
   * Spends the time of one verification without any account to compare with, so an attempt on an
   * unknown login takes as long as one on a real account (R-L1).
   */
  public void verifyDecoy(String password) {
    verify(password == null ? "" : password, decoy);
  }

  public String hash(String password) {
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    byte[] hash = derive(password, salt, memoryKib, iterations, parallelism, HASH_BYTES);
    return "$argon2id$v=19$m=%d,t=%d,p=%d$%s$%s"
        .formatted(
            memoryKib, iterations, parallelism, B64.encodeToString(salt), B64.encodeToString(hash));
  }

  /**
   * Whether the password matches the stored hash; a stored value in an unknown format never
   * matches. No stored value (a person approved but not registered yet, R-A5) or one in an unknown
   * format costs one decoy verification all the same, so the time does not tell these accounts
   * apart (finding #6 of issue 12).
   */
  public boolean verify(String password, String stored) {
    Matcher m = stored == null ? null : PHC.matcher(stored);
    if (m == null || !m.matches()) {
      if (decoy != null) {
        verify(password == null ? "" : password, decoy);
      }
      return false;
    }
    byte[] salt = B64D.decode(m.group(4));
    byte[] expected = B64D.decode(m.group(5));
    byte[] actual =
        derive(
            password,
            salt,
            Integer.parseInt(m.group(1)),
            Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3)),
            expected.length);
    return MessageDigest.isEqual(expected, actual);
  }

  /** Whether a stored hash was made with other parameters than the current ones (R-P6). */
  public boolean needsRehash(String stored) {
    Matcher m = stored == null ? null : PHC.matcher(stored);
    return m == null
        || !m.matches()
        || Integer.parseInt(m.group(1)) != memoryKib
        || Integer.parseInt(m.group(2)) != iterations
        || Integer.parseInt(m.group(3)) != parallelism;
  }

  /** How many Argon2id derivations this hasher has made: what tests count instead of timing. */
  public long derivations() {
    return derivations.get();
  }

  /** The most derivations that have run at the same moment: what tests check the bound with. */
  public int mostAtOnce() {
    return mostAtOnce.get();
  }

  /**
   * Which implementation derives: {@code libsodium}, {@code libargon2} or {@code Bouncy Castle}.
   */
  public String engine() {
    return engine.name();
  }

  public String parameters() {
    return "argon2id m=%d KiB, t=%d, p=%d".formatted(memoryKib, iterations, parallelism);
  }

  private byte[] derive(
      String password, byte[] salt, int memoryKib, int iterations, int parallelism, int length) {
    derivations.incrementAndGet();
    running.acquireUninterruptibly();
    try {
      mostAtOnce.accumulateAndGet(inProgress.incrementAndGet(), Math::max);
      return engine.derive(
          password.getBytes(StandardCharsets.UTF_8),
          salt,
          memoryKib,
          iterations,
          parallelism,
          length);
    } finally {
      inProgress.decrementAndGet();
      running.release();
    }
  }
}
