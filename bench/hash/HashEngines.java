package ca.qc.portail.password;

import ca.qc.portail.password.Argon2Engine.BouncyCastle;
import ca.qc.portail.password.Argon2Engine.Libsodium;
import ca.qc.portail.password.Argon2Engine.Native;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * One Argon2id hash at the portal's parameters by each engine of ejb-module's {@link Argon2Engine}
 * (its own classes, not copies): libsodium (lazysodium-java), libargon2 (argon2-jvm), Bouncy
 * Castle. One thread; each engine's output checked against Bouncy Castle's; ROUNDS rounds of HASHES
 * hashes per engine, the engines taking turns, after WARMUP hashes each. Prints milliseconds per
 * hash. In Argon2Engine's package, whose engines are package-private: bench/hash/run.sh compiles
 * it beside ejb-module's classes and runs it from the same class path.
 *
 * <pre>java -cp CLASSES:CLASSPATH ca.qc.portail.password.HashEngines [MEMORY_KIB ITERATIONS HASHES
 * ROUNDS WARMUP]</pre>
 */
public class HashEngines {

  private static final int LENGTH = 32;

  public static void main(String[] args) {
    int memoryKib = args.length > 0 ? Integer.parseInt(args[0]) : 7168;
    int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    int hashes = args.length > 2 ? Integer.parseInt(args[2]) : 40;
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 3;
    int warmup = args.length > 4 ? Integer.parseInt(args[4]) : 200;

    BouncyCastle java = new BouncyCastle();
    // Bouncy Castle behind libsodium is never asked: one lane, a 16-byte salt, 32 bytes.
    List<Argon2Engine> engines = List.of(Libsodium.load(java), Native.load(), java);

    byte[] password = "Demo-Portail-2026".getBytes(StandardCharsets.UTF_8);
    byte[] salt = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    byte[] expected = java.derive(password, salt, memoryKib, iterations, 1, LENGTH);
    for (Argon2Engine engine : engines) {
      byte[] derived = engine.derive(password, salt, memoryKib, iterations, 1, LENGTH);
      if (!Arrays.equals(derived, expected)) {
        throw new IllegalStateException(engine.name() + " disagrees with Bouncy Castle");
      }
    }
    // Which copies the JVM loaded: the system's, or those the jars bundle (unpacked under /tmp).
    try (Stream<String> maps = Files.lines(Path.of("/proc/self/maps"))) {
      maps.map(line -> line.replaceAll("^.* ", ""))
          .filter(path -> path.contains("sodium") || path.contains("argon2"))
          .distinct()
          .forEach(path -> System.out.println("native library: " + path));
    } catch (IOException | RuntimeException e) {
      System.out.println("native libraries: not read (" + e + ")");
    }
    System.out.printf(
        "argon2id m=%d KiB, t=%d, p=1, 32 bytes; one thread; %d warm-up hashes each, %d rounds of %d%n",
        memoryKib, iterations, warmup, rounds, hashes);
    for (Argon2Engine engine : engines) {
      for (int i = 0; i < warmup; i++) {
        engine.derive(password, salt, memoryKib, iterations, 1, LENGTH);
      }
    }
    for (int round = 1; round <= rounds; round++) {
      StringBuilder line = new StringBuilder("round " + round + ":");
      for (Argon2Engine engine : engines) {
        long start = System.nanoTime();
        for (int i = 0; i < hashes; i++) {
          engine.derive(password, salt, memoryKib, iterations, 1, LENGTH);
        }
        line.append(
            String.format(
                "  %s %.1f ms", engine.name(), (System.nanoTime() - start) / 1e6 / hashes));
      }
      System.out.println(line);
    }
  }
}
